import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Client, Pool } from 'pg';
import * as schema from './schema';
import type { Db } from './database';
import type { DatabaseHandle, DatabaseTarget } from './database-handle';
import { migrationsFolder } from './migrations-folder';

export type { DatabaseHandle, DatabaseTarget, SqlClient } from './database-handle';

// Any constant works; it only has to be the same in every Målbar process.
const MIGRATION_LOCK_KEY = 72_610_001;

export async function connectDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return connectPostgres(target.url, target.poolSize);
  // Loaded only for the embedded database: PGlite's module is about 50 MB of a process's memory,
  // which a server or worker on PostgreSQL never needs.
  const { connectPglite } = await import('./connect-pglite');
  return connectPglite(target);
}

function connectPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgresLocked(url),
    ping: async () => {
      await pool.query('select 1');
    },
    sqlClient: {
      query: async (q) => {
        const result = await pool.query(q.text, q.values);
        return { rows: result.rows, rowCount: result.rowCount ?? 0 };
      },
    },
    close: () => pool.end(),
  };
}

/** Serialise migrations across processes with an advisory lock held on one dedicated connection. */
async function migratePostgresLocked(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
