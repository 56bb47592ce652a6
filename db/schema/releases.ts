import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities } from './organisation';
import { rounds } from './surveys';

/**
 * A release of a round's results (docs/decisions/0011): what staff, exports, reports and the
 * public page read. Values computed as answers arrive are never read directly; a release copies
 * them after auditing them together with every earlier release of the round, so that what changed
 * between two releases is never a group below the minimum. Interim releases are asked for by
 * quality staff; the final one is made when the round closes. Rows are never changed.
 */
export const roundReleases = pgTable(
  'round_releases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    /** 1, 2, … within the round. */
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['interim', 'final'] }).notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Responses per unit (the unit's own, not its subtree) when released. Staff see answer counts
     * live, so any reader may have noted them at this moment: later audits assume they did.
     */
    responseCounts: jsonb('response_counts').notNull(),
    /** What the audit hid beyond the units' own rules, for the rounds page and the benchmarks. */
    hiddenCells: integer('hidden_cells').notNull().default(0),
    hiddenRespondents: integer('hidden_respondents').notNull().default(0),
  },
  (t) => [unique('round_releases_round_seq').on(t.roundId, t.seq)],
);

/**
 * One published cell of a release. `data_*` are the cell's statistics at this release (internal:
 * later releases are audited against them). What readers see is either this release's numbers
 * (`shown_fresh`), the numbers an earlier release published (`published_in_seq` < the release's
 * seq: fewer than the minimum answered here since, or the audit hid the cell now), or nothing
 * (`published_in_seq` null: hidden).
 */
export const releasedValues = pgTable(
  'released_values',
  {
    // No foreign key (unlike the goal values, a few hundred a release): thousands of rows are
    // written with their release, in its transaction, by one INSERT … SELECT, and releases are never
    // deleted; checking each row's key was half of that INSERT's time at national scale.
    releaseId: uuid('release_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    roundId: uuid('round_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    breakdownKey: text('breakdown_key').notNull(),
    breakdownValue: text('breakdown_value').notNull(),
    dataN: integer('data_n').notNull(),
    dataK: integer('data_k').notNull(),
    dataSum: doublePrecision('data_sum').notNull(),
    dataSumSq: doublePrecision('data_sum_sq').notNull(),
    shownFresh: boolean('shown_fresh').notNull(),
    publishedInSeq: integer('published_in_seq'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    n: integer('n'),
    value: doublePrecision('value'),
    ciLow: doublePrecision('ci_low'),
    ciHigh: doublePrecision('ci_high'),
    statK: integer('stat_k'),
    statSum: doublePrecision('stat_sum'),
    statSumSq: doublePrecision('stat_sum_sq'),
    population: integer('population'),
    definitionHash: text('definition_hash').notNull().default(''),
    instrumentVersionId: uuid('instrument_version_id').notNull(),
  },
  // Only the release is a foreign key: a release writes a whole round's cells at once, and each
  // checked key would cost that insert; the release row itself refers to its round.
  (t) => [primaryKey({ columns: [t.releaseId, t.unitId, t.indicatorKey, t.breakdownKey, t.breakdownValue] })],
);

/** A goal's value at one unit in a release: like released_values, with the status it was judged. */
export const releasedGoalValues = pgTable(
  'released_goal_values',
  {
    releaseId: uuid('release_id')
      .notNull()
      .references(() => roundReleases.id),
    municipalityId: uuid('municipality_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    roundId: uuid('round_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    dataN: integer('data_n').notNull(),
    dataK: integer('data_k').notNull(),
    dataSum: doublePrecision('data_sum').notNull(),
    dataSumSq: doublePrecision('data_sum_sq').notNull(),
    shownFresh: boolean('shown_fresh').notNull(),
    publishedInSeq: integer('published_in_seq'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    status: text('status', { enum: ['met', 'not-met', 'uncertain', 'no-data', 'hidden'] }).notNull(),
    n: integer('n'),
    value: doublePrecision('value'),
    ciLow: doublePrecision('ci_low'),
    ciHigh: doublePrecision('ci_high'),
    statK: integer('stat_k'),
    statSum: doublePrecision('stat_sum'),
    statSumSq: doublePrecision('stat_sum_sq'),
    population: integer('population'),
    definitionHash: text('definition_hash').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.goalId, t.unitId] })],
);
