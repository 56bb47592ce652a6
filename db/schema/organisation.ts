import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/** One installation serves several municipalities; every other row belongs to one of them. */
export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  country: text('country', { enum: ['dk', 'no'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * Storage limitation (GDPR art. 5(1)(e), core/retention/answer-retention.ts): a closed round's raw
   * answers are deleted this many years after the year's follow-up report is adopted (at the latest
   * one year more after the round closed); its free-text comments this many months after it closed.
   */
  answersKeptYears: integer('answers_kept_years').notNull().default(3),
  commentsKeptMonths: integer('comments_kept_months').notNull().default(12),
});

/**
 * The organisation tree: municipality → area → institution → group (e.g. a class).
 * `path` is the materialised chain of ids ('/<root>/<area>/<unit>/') so a subtree is one
 * prefix match on an index, on PostgreSQL and PGlite alike.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    path: text('path').notNull(),
    kind: text('kind', { enum: ['municipality', 'area', 'institution', 'group'] }).notNull(),
    sector: text('sector'),
    name: text('name').notNull(),
    /**
     * The municipality's own key for the unit (e.g. its institution number), unique within the
     * municipality: a CSV import matches rows to units by it. Null for units created without one.
     */
    code: text('code'),
    grade: integer('grade'),
    /**
     * The people the unit serves (pupils of a class, users of a care unit), when known: the
     * population of pupil and user surveys, correcting their intervals.
     */
    population: integer('population'),
    /** The families of the unit's children or pupils, when known: the population of parent surveys. */
    families: integer('families'),
    /**
     * The unit's employees, when known: the population of employee surveys where no sick-leave
     * import gives its headcount.
     */
    employees: integer('employees'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_units_municipality_path_idx').on(t.municipalityId, t.path),
    index('org_units_path_pattern_idx').using('btree', sql`${t.path} text_pattern_ops`),
    uniqueIndex('org_units_municipality_code_idx').on(t.municipalityId, t.code),
  ],
);
