import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';
import { staffUsers } from './staff';

/** A survey definition as it was when a round used it; rows are never changed once written. */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentKey: text('instrument_key').notNull(),
    version: integer('version').notNull(),
    survey: jsonb('survey').notNull(),
    indicators: jsonb('indicators').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The municipality that published its own instrument; null for the built-in library. */
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    /** Who published a municipality's own version; null for the built-in library. */
    publishedBy: uuid('published_by').references(() => staffUsers.id),
  },
  (t) => [unique('instrument_versions_key_version').on(t.instrumentKey, t.version)],
);

export const rounds = pgTable('rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  instrumentVersionId: uuid('instrument_version_id')
    .notNull()
    .references(() => instrumentVersions.id),
  title: jsonb('title').notNull(),
  opensOn: date('opens_on').notNull(),
  closesOn: date('closes_on').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * Only personal single-use links are answered: no open link or QR code is offered or accepted, so
   * nobody can add answers to a unit to lift it past the minimum and read its first answers by
   * subtraction (padding).
   */
  personalLinksOnly: boolean('personal_links_only').notNull().default(false),
  /** The release staff and citizens read (round_releases); none until the first is made. */
  latestReleaseId: uuid('latest_release_id'),
  /** When retention removed the answers' free text; the rest of the answers stay. */
  commentsDeletedOn: date('comments_deleted_on'),
  /**
   * When retention deleted the raw answers. The round's indicator values, releases, goal evaluations
   * and adopted reports stay; nothing may recompute or release it again (it would count no one).
   */
  answersDeletedOn: date('answers_deleted_on'),
});

/** An open link: one per round and unit, shared with everyone in the unit (or printed as a QR code). */
export const roundLinks = pgTable(
  'round_links',
  {
    code: text('code').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [unique('round_links_round_unit').on(t.roundId, t.unitId)],
);

/**
 * A response. Anonymous by construction: no IP address, user agent, token or time of day —
 * the submit date only. `submissionId` is a random id made by the browser so that a repeated
 * submit is recognised; it identifies the submission, not the person.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    submissionId: uuid('submission_id').unique(),
    answers: jsonb('answers').notNull(),
    /**
     * The response's scores under its round's instrument version (core/indicators/score-response.ts),
     * computed once at submit so that a recompute adds numbers instead of re-scoring every answer of
     * the class. Derived, never the record: the answers are. A full recompute adds up the stored
     * scores in SQL only where `scoredWith` is the current scoring's fingerprint, and scores the
     * answers again (storing the new scores) wherever it is not (docs/decisions/0019).
     */
    scores: jsonb('scores'),
    /** The scoring that made `scores` (core/indicators/scoring-fingerprint.ts); null: unknown, rescore. */
    scoredWith: text('scored_with'),
    submittedOn: date('submitted_on').notNull(),
  },
  (t) => [index('responses_round_unit_idx').on(t.roundId, t.unitId)],
);

/**
 * The durable "recompute pending" marker, written in the same statement as the response: one row
 * per response (or per unit of a batch of responses), only ever inserted by intake. A recompute
 * deletes exactly the markers it read, so a response committed meanwhile keeps its marker for the
 * next run. Insert-only on the intake side means intake never waits on a row a recompute holds.
 */
export const recomputeRequests = pgTable(
  'recompute_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recompute_requests_round_idx').on(t.roundId)],
);

/**
 * The population behind each unit's values in a round (its instrument's target group, rolled up),
 * kept once the round has closed: a recompute years later corrects with the class sizes of then.
 */
export const roundPopulations = pgTable(
  'round_populations',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    /** Null where it was not known then. */
    population: integer('population'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);
