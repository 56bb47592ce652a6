import path from 'node:path';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Client, Pool } from 'pg';
import { lockPgliteDir } from './pglite-lock';
import * as schema from './schema';
import type { Db } from './database';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Applies pending migrations; safe when several processes start at once. */
  migrate(): Promise<void>;
  /** A cheap round trip for health checks. */
  ping(): Promise<void>;
  /** Plain parameterised SQL, for a library that brings its own (rate-limiter-flexible). */
  sqlClient: SqlClient;
  close(): Promise<void>;
}

/**
 * The `query({ text, values })` shape of node-postgres' Pool, which RateLimiterPostgres calls. PGlite
 * answers the same through this adapter, so one limiter code path serves both stores.
 */
export interface SqlClient {
  query(q: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }>;
}

const migrationsFolder = path.join(__dirname, 'migrations');
// Any constant works; it only has to be the same in every Målbar process.
const MIGRATION_LOCK_KEY = 72_610_001;

export async function connectDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgres' ? connectPostgres(target.url, target.poolSize) : connectPglite(target);
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

async function connectPglite(target: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const unlock = target.dataDir ? lockPgliteDir(target.dataDir) : () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
  } catch (error) {
    unlock();
    throw error;
  }
  const pgliteDb = drizzlePglite(client, { schema });
  return {
    db: pgliteDb as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    sqlClient: {
      query: async (q) => {
        const result = await client.query(q.text, q.values);
        // PGlite counts changed rows in affectedRows and returned ones in rows; pg has one rowCount.
        return { rows: result.rows, rowCount: result.rows.length || (result.affectedRows ?? 0) };
      },
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
