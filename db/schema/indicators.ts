import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';
import { rounds } from './surveys';

/**
 * One indicator value per round, unit (its whole subtree) and breakdown cell ('' / '' = total).
 * A suppressed cell keeps n for internal use only; its value, k and interval are never stored.
 * The stat_* columns are the subtree's sufficient statistics (additive, so a parent is its
 * children added up, and rounds can be compared); they are internal and never leave the server.
 * `internal` rows exist only to be added up into a higher level (municipality-only breakdowns).
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    // The round's municipality and instrument version, copied for reads by them; no foreign keys
    // of their own (the round's key implies both): each key checked costs PostgreSQL a lookup per
    // row, and a national round writes thousands of rows at a time (docs/decisions/0019).
    municipalityId: uuid('municipality_id').notNull(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    indicatorKey: text('indicator_key').notNull(),
    breakdownKey: text('breakdown_key').notNull(),
    breakdownValue: text('breakdown_value').notNull(),
    n: integer('n').notNull(),
    k: integer('k'),
    value: doublePrecision('value'),
    ciLow: doublePrecision('ci_low'),
    ciHigh: doublePrecision('ci_high'),
    suppressed: boolean('suppressed').notNull(),
    internal: boolean('internal').notNull().default(false),
    /**
     * Hidden by the round's anonymity audit (tree complements and the linear-system attack) on top
     * of `suppressed` (the unit's own rules). Numbers stay stored; every read blanks them. Set anew
     * by each audit, so a cell hidden for a moment is shown again when it is safe.
     */
    auditHidden: boolean('audit_hidden').notNull().default(false),
    statK: integer('stat_k').notNull().default(0),
    statSum: doublePrecision('stat_sum').notNull().default(0),
    statSumSq: doublePrecision('stat_sum_sq').notNull().default(0),
    /** The population the interval was corrected for, if known. */
    population: integer('population'),
    /** The indicator definition's fingerprint (core/indicators/fingerprint-source.ts): values with equal ones are comparable. */
    definitionHash: text('definition_hash').notNull().default(''),
    instrumentVersionId: uuid('instrument_version_id').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.indicatorKey, t.breakdownKey, t.breakdownValue] })],
);

/** kvalitetskontrakt: a municipality's goals for a period. */
export const qualityContracts = pgTable('quality_contracts', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  title: text('title').notNull(),
  periodStart: date('period_start').notNull(),
  periodEnd: date('period_end').notNull(),
  /** When set, the contract and its adopted reports are on the municipality's public page. */
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** kvalitetsmål: indicator + scope (unit and breakdown filter) + rule + deadline. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => qualityContracts.id),
    serviceArea: text('service_area').notNull(),
    title: jsonb('title').notNull(),
    instrumentKey: text('instrument_key').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    scopeUnitId: uuid('scope_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    breakdownFilter: jsonb('breakdown_filter'),
    rule: jsonb('rule').notNull(),
    deadline: date('deadline').notNull(),
    position: integer('position').notNull().default(0),
    /** "Every unit below": the goal is judged for each unit of this kind in the scope (e.g. each school). */
    eachUnitKind: text('each_unit_kind', { enum: ['area', 'institution', 'group'] }),
    /** The ways to reach the goal are decided by each unit locally (no central actions). */
    actionsDecidedLocally: boolean('actions_decided_locally').notNull().default(false),
    /**
     * The period a sick-leave goal is measured over (calendar year, quarter, or the 12 months up to
     * each year's end); null for a survey goal, which is measured per round.
     */
    measurePeriod: text('measure_period', { enum: ['year', 'quarter', 'rolling12'] }),
  },
  (t) => [
    check(
      'sick_leave_goal_has_period',
      sql`(${t.instrumentKey} = 'sick-leave') = (${t.measurePeriod} is not null)`,
    ),
  ],
);

/** A goal's status for one round at one unit of its scope (the scope unit and every unit below). */
export const goalEvaluations = pgTable(
  'goal_evaluations',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status', { enum: ['met', 'not-met', 'uncertain', 'no-data', 'hidden'] }).notNull(),
    n: integer('n').notNull(),
    value: doublePrecision('value'),
    ciLow: doublePrecision('ci_low'),
    ciHigh: doublePrecision('ci_high'),
    /** Hidden by the round's anonymity audit; status and numbers stay stored, every read blanks them. */
    auditHidden: boolean('audit_hidden').notNull().default(false),
    /**
     * The goal's sufficient statistics (internal, never shown): a trend rule compares two rounds'
     * values with an interval for the change, which needs n, k, Σ and Σ² rather than the rounded value.
     */
    statK: integer('stat_k').notNull().default(0),
    statSum: doublePrecision('stat_sum').notNull().default(0),
    statSumSq: doublePrecision('stat_sum_sq').notNull().default(0),
    population: integer('population'),
    definitionHash: text('definition_hash').notNull().default(''),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.goalId, t.roundId, t.unitId] })],
);

/** A full recompute of a round asked for by staff (or at start), with its progress. */
export const recomputeRuns = pgTable('recompute_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  roundId: uuid('round_id')
    .notNull()
    .references(() => rounds.id),
  status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
    .notNull()
    .default('queued'),
  /** Responses read so far out of total; the write phase follows the last one. */
  processed: integer('processed').notNull().default(0),
  total: integer('total'),
  error: text('error'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/**
 * What a round's live state (its indicator_values and goal_evaluations) was when a full recompute
 * last wrote or confirmed it: a digest of every cell and goal value it computed. The next full
 * recompute that computes the same digest knows the stored rows are those numbers without reading
 * them back (docs/decisions/0023). Triggers on both tables delete the round's row whenever any of
 * its rows is inserted, updated or deleted, by whatever statement, so a row here is never stale.
 */
export const roundLiveDigests = pgTable('round_live_digests', {
  roundId: uuid('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  digest: text('digest').notNull(),
  /**
   * The release, and the instrument's goals then, that this live state was found equal to (no new
   * release needed), as `<release id> <goal ids, sorted>`; null: not checked since.
   */
  checkedAgainst: text('checked_against'),
});
