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
