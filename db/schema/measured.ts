import {
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';
import { staffUsers } from './staff';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A municipality's measured indicator (core/measured/measured-definition.ts), kept whole as JSON
 * and parsed on every read; the key is how values and goals name it.
 */
export const measuredDefinitions = pgTable(
  'measured_definitions',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    key: text('key').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.key] })],
);

/**
 * One upload of measured figures (any of the municipality's measured indicators). The file is kept
 * with it until the import has been applied or has failed, so any worker process may run it.
 * `errors` is the row report of a refused file: [{ line, field, message }].
 */
export const measuredImports = pgTable(
  'measured_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    file: bytea('file'),
    status: text('status', { enum: ['queued', 'running', 'failed', 'applied'] }).notNull(),
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total'),
    errors: jsonb('errors').notNull().default([]),
    /** What an applied import did: { values, replacedValues, indicators: [key…], units, periods }. */
    summary: jsonb('summary'),
    createdBy: uuid('created_by').references(() => staffUsers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('measured_imports_municipality').on(t.municipalityId, t.createdAt)],
);

/**
 * One unit's figure for one period of the indicator's grain: the sums it is computed from, never
 * the value (units and periods add up as sums). Importing or entering a period again replaces it.
 */
export const measuredValues = pgTable(
  'measured_values',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    indicatorKey: text('indicator_key').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The first day of the period (month, quarter, school year from August, calendar year). */
    periodStart: date('period_start').notNull(),
    numerator: doublePrecision('numerator').notNull(),
    denominator: doublePrecision('denominator'),
    persons: integer('persons'),
    source: text('source', { enum: ['import', 'hand'] }).notNull(),
    importId: uuid('import_id').references(() => measuredImports.id),
    enteredBy: uuid('entered_by').references(() => staffUsers.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.indicatorKey, t.unitId, t.periodStart] }),
    index('measured_values_indicator').on(t.municipalityId, t.indicatorKey, t.periodStart),
  ],
);
