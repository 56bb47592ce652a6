import { defineConfig } from 'drizzle-kit';

// Only for `npx drizzle-kit generate`: migrations are generated SQL files, committed, append-only.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
