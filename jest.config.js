/** @type {import('jest').Config} */
// ES-module-only packages the product imports: Node 20 requires them, Jest needs them rewritten.
const ESM_PACKAGES = ['openid-client', 'oauth4webapi', 'jose', 'intl-messageformat', '@formatjs'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: '<rootDir>/test/support/esm-package-transform.js',
};
const common = {
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // A global option: Jest ignores it inside a project.
  // Generous: a test that passes in seconds alone may wait minutes for the CPU at load 8 on 2 cores.
  testTimeout: 180_000,
  // Test files wait on PostgreSQL, Redis, Chromium and the queue's timers much of the time: three
  // files at once keep two cores busy (two left them idle part of the run, and CI took 21 minutes).
  // A worker that has grown past the limit is replaced between files (the heap of one long-lived
  // process is what ran out before).
  maxWorkers: 3,
  workerIdleMemoryLimit: '1500MB',
  // A handle left open by a library (seen once on CI after every file had passed) must not hold
  // the run until CI's time limit; every test file closes its own servers and clients.
  forceExit: true,
  // On a clean clone (CI) the known long files start first, so that no worker runs alone at the end.
  testSequencer: '<rootDir>/test/support/slow-files-first.js',
  projects: [
    { ...common, displayName: 'core', testMatch: ['<rootDir>/test/core/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/browser/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
