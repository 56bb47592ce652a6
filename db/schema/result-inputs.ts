import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * One counter per table that the goal status and the reports are computed from (the tree, the
 * contracts and goals, rounds and their links, sick leave, measured figures, benchmarks, actions).
 * A statement-level trigger on each of those tables adds one to its counter in the writing
 * transaction (migration 0025), so a server process that keeps computed results may keep them for
 * exactly as long as the counters (and the rounds' releases) are unchanged, whoever wrote.
 */
export const resultInputVersions = pgTable('result_input_versions', {
  tableName: text('table_name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
