import path from 'node:path';

/** The versioned SQL migrations (drizzle-kit generate), applied at start by every process. */
export const migrationsFolder = path.join(__dirname, 'migrations');
