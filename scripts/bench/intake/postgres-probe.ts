import type { Client } from 'pg';

/** Cluster and bench-database counters; differences between two readings describe a phase. */
export interface PostgresCounters {
  commits: number;
  rowsInserted: number;
  walRecords: number;
  walBytes: number;
  walSyncs: number;
}

export async function readPostgresCounters(sql: Client, databaseName: string): Promise<PostgresCounters> {
  await sql.query('select pg_stat_clear_snapshot()');
  const db = await sql.query<{ xact_commit: string; tup_inserted: string }>(
    'select xact_commit, tup_inserted from pg_stat_database where datname = $1',
    [databaseName],
  );
  const wal = await sql.query<{ wal_records: string; wal_bytes: string; wal_sync: string }>(
    'select wal_records, wal_bytes, wal_sync from pg_stat_wal',
  );
  return {
    commits: Number(db.rows[0]!.xact_commit),
    rowsInserted: Number(db.rows[0]!.tup_inserted),
    walRecords: Number(wal.rows[0]!.wal_records),
    walBytes: Number(wal.rows[0]!.wal_bytes),
    walSyncs: Number(wal.rows[0]!.wal_sync),
  };
}

export function counterRates(before: PostgresCounters, after: PostgresCounters, seconds: number) {
  const commits = after.commits - before.commits;
  const walSyncs = after.walSyncs - before.walSyncs;
  return {
    commitsPerSecond: commits / seconds,
    rowsInsertedPerSecond: (after.rowsInserted - before.rowsInserted) / seconds,
    walKbPerSecond: (after.walBytes - before.walBytes) / 1024 / seconds,
    walSyncsPerSecond: walSyncs / seconds,
    // Group commit: how many commits one WAL flush carried (pg_stat_wal counts the whole cluster).
    commitsPerWalSync: walSyncs > 0 ? commits / walSyncs : NaN,
  };
}

/** What the bench database's backends were doing, sampled from pg_stat_activity. */
export interface ActivitySummary {
  samples: number;
  /** Average number of backends running a statement (not idle) at a sample. */
  averageActive: number;
  /** Average number of connections idle (waiting for their client) at a sample. */
  averageIdle: number;
  /** Share of active-backend samples per wait event ('CPU' when not waiting). */
  waits: Record<string, number>;
  /** The statements most often seen running, with their share of active-backend samples. */
  statements: { share: number; query: string }[];
}

const ACTIVITY = `
  select state, wait_event_type || ':' || wait_event wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) query
  from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`;

/** Samples pg_stat_activity every `intervalMs` until stop() is called. */
export function sampleActivity(sql: Client, databaseName: string, intervalMs = 50) {
  let samples = 0;
  let active = 0;
  let idle = 0;
  const waits = new Map<string, number>();
  const statements = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      // The bench's connection goes away when it is stopped mid-phase: sampling just ends.
      const rows = await sql
        .query<{ state: string | null; wait: string | null; query: string }>(ACTIVITY, [databaseName])
        .catch(() => null);
      if (!rows) break;
      samples++;
      for (const row of rows.rows) {
        if (row.state !== 'active') {
          if (row.state === 'idle') idle++;
          continue;
        }
        active++;
        const wait = row.wait ?? 'CPU';
        waits.set(wait, (waits.get(wait) ?? 0) + 1);
        statements.set(row.query, (statements.get(row.query) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop(): Promise<ActivitySummary> {
      running = false;
      await loop;
      const share = (n: number) => Math.round((n / Math.max(1, active)) * 1000) / 1000;
      return {
        samples,
        averageActive: active / Math.max(1, samples),
        averageIdle: idle / Math.max(1, samples),
        waits: Object.fromEntries([...waits].sort((a, b) => b[1] - a[1]).map(([w, n]) => [w, share(n)])),
        statements: [...statements]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([query, n]) => ({ share: share(n), query })),
      };
    },
  };
}
