import { doublePrecision, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation';
import { staffUsers } from './staff';

/**
 * Key figures of other municipalities (KOSTRA, national statistics), imported by a municipality
 * for its own comparison groups: a Norwegian KOSTRA group, or a Danish user-defined peer set.
 * `indicator_key` names Målbar's indicator the figure compares with ('wellbeing', or
 * 'pupil-wellbeing/wellbeing' where two instruments share a key); `period` is a year.
 * A series is (source, comparison group, indicator, period): importing it again replaces it whole.
 * `compared_municipality` is the municipality as the file wrote it (name, official number or
 * both); `compared_key` is its normalised form (number without leading zeros, or lower-case name).
 */
export const benchmarkFigures = pgTable(
  'benchmark_figures',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    source: text('source').notNull(),
    comparisonGroup: text('comparison_group').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    period: integer('period').notNull(),
    comparedMunicipality: text('compared_municipality').notNull(),
    comparedKey: text('compared_key').notNull(),
    value: doublePrecision('value').notNull(),
    /** Which release of the source the value comes from, e.g. "published 2025-06-16". */
    vintage: text('vintage').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    importedBy: uuid('imported_by').references(() => staffUsers.id),
  },
  (t) => [
    primaryKey({
      name: 'benchmark_figures_pk',
      columns: [t.municipalityId, t.source, t.comparisonGroup, t.indicatorKey, t.period, t.comparedKey],
    }),
  ],
);
