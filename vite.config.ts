// The root tsconfig resolves like Node 10, which cannot see Vite's `exports`; 'import' mode can.
import type { UserConfig } from 'vite' with { 'resolution-mode': 'import' };

/**
 * The staff dashboard app (web/app): Preact + TypeScript, built to dist/app and served by Express
 * at /app (server/routes/dashboard-app.ts). No dev server is needed: `npm run build:web` builds it.
 */
const config: UserConfig = {
  root: 'web/app',
  base: '/app/',
  // Preact's automatic JSX runtime, without the preset's dev-only plugins (HMR, devtools).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/app',
    emptyOutDir: true,
    // Staff browsers are evergreen; this keeps the bundle free of legacy transforms.
    target: 'es2022',
  },
  logLevel: 'warn',
};

export default config;
