import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'express',
  'pg',
  'ioredis',
  'bullmq',
  '@electric-sql/pglite',
  'drizzle-orm',
  'drizzle-orm/*',
  'node:*',
  'fs',
  'path',
  'http',
  'crypto',
  'os',
  'child_process',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'test-output/',
      'db/migrations/',
      '*.js',
      '*.mjs',
      // CommonJS modules for Jest, loaded by Jest itself.
      'test/support/esm-package-transform.js',
      'test/support/slow-files-first.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in main/config.ts and pass it in.',
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ioModules, message: 'core/ is pure domain code: no I/O. Do it at the edges.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Pass time in as a parameter.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Pass randomness in.',
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['web/**/*.ts'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly' } },
  },
  {
    // Browser code shares only core/ (pure, bundles cleanly) with the server: wording and number
    // formats live in core/text, so nothing server-side is ever pulled into the browser bundle.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(server|db|worker|main|jobs)(/|$)',
              message:
                'web/ runs in the browser: import shared code from core/ (wording and formats: core/text).',
            },
          ],
        },
      ],
    },
  },
);
