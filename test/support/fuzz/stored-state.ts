import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';

/**
 * Tables that jobs and sessions write on their own time (a recompute queued by an earlier, accepted
 * request; a release; the session a request reads): they may change while a refused request runs.
 */
const WRITTEN_IN_THE_BACKGROUND = [
  'indicator_values',
  'round_populations',
  'goal_evaluations',
  'recompute_requests',
  'recompute_runs',
  'round_releases',
  'released_values',
  'released_goal_values',
  'staff_sessions',
  'sick_leave_imports',
  'sick_leave_records',
  // A release a job makes is on the trail, and a refused sign-in is recorded on purpose.
  'audit_events',
  // Counters that triggers move with the writes above (a release's round, an import's records); a
  // refused request's own write would show in its table.
  'result_input_versions',
  // A full recompute keeps a digest of the live rows; triggers delete it when a recompute writes them.
  'round_live_digests',
];

/** Columns that jobs write in rows requests also write: the round's latest release. */
const COLUMNS_WRITTEN_IN_THE_BACKGROUND: Record<string, string[]> = { rounds: ['latest_release_id'] };

/**
 * Reads a digest of every other table: per table the number of rows and the sum of their xmin
 * (the transaction that wrote each row version: an insert, update or delete moves it, a
 * rolled-back one does not); where a job writes a column, a hash of the rows without it. Equal
 * before and after a request means the request stored, changed and deleted nothing. One
 * statement, written once for the tables there are.
 */
export async function storedStateDigest(db: Db): Promise<() => Promise<string>> {
  const tables = (
    (await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)) as unknown as {
      rows: { name: string }[];
    }
  ).rows
    .map((r) => r.name)
    .filter((name) => !WRITTEN_IN_THE_BACKGROUND.includes(name));
  const digestOf = (table: string) => {
    const ignored = COLUMNS_WRITTEN_IN_THE_BACKGROUND[table];
    if (!ignored) return `(select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from "${table}")`;
    const without = ignored.map((c) => ` - '${c}'`).join('');
    return `(select coalesce(md5(string_agg(md5((to_jsonb(x)${without})::text), ',' order by x::text)), '') from "${table}" x)`;
  };
  const query = sql.raw(
    `select ${tables.map((t) => `'${t}=' || ${digestOf(t)}`).join(` || ' ' || `)} as state`,
  );
  return async () => {
    const result = (await db.execute(query)) as unknown as { rows: { state: string }[] };
    return result.rows[0]!.state;
  };
}

/** The tables whose digest differs: what a refused request changed. */
export function changedTables(before: string, after: string): string[] {
  const parts = (s: string) =>
    new Map(
      s
        .trim()
        .split(' ')
        .map((p) => p.split('=') as [string, string]),
    );
  const old = parts(before);
  return [...parts(after)].filter(([table, digest]) => old.get(table) !== digest).map(([table]) => table);
}
