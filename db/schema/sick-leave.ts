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
 * One upload of an HR/payroll export. The file itself is kept with it (PostgreSQL, not a local
 * disk: any worker process may run the import), until the import has been applied or has failed.
 * `errors` is the row-by-row report of a failed validation: [{ line, field, message }].
 */
export const sickLeaveImports = pgTable(
  'sick_leave_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    file: bytea('file'),
    status: text('status', { enum: ['queued', 'running', 'failed', 'applied'] }).notNull(),
    /** Rows read so far and rows in the file, for the progress bar. */
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total'),
    errors: jsonb('errors').notNull().default([]),
    /** What an applied import did: { records, replacedRecords, units, periods: [from, to] }. */
    summary: jsonb('summary'),
    createdBy: uuid('created_by').references(() => staffUsers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('sick_leave_imports_municipality').on(t.municipalityId, t.createdAt)],
);

/**
 * Sick leave of one unit in one period (a calendar month or quarter), as the payroll system
 * reports it. Day-works (dagsværk / dagsverk): planned = agreed working days adjusted for job share
 * (SSB's avtalte dagsverk, DST's possible day-works); sick = absence day-works for own illness.
 * The split columns are null when the export does not have them. `employees` (headcount) decides
 * whether the unit's figure may be shown. Importing a period again replaces its rows.
 */
export const sickLeaveRecords = pgTable(
  'sick_leave_records',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    periodKind: text('period_kind', { enum: ['month', 'quarter'] }).notNull(),
    /** The first day of the month or quarter. */
    periodStart: date('period_start').notNull(),
    plannedDays: doublePrecision('planned_days').notNull(),
    sickDays: doublePrecision('sick_days').notNull(),
    shortTermDays: doublePrecision('short_term_days'),
    longTermDays: doublePrecision('long_term_days'),
    selfCertifiedDays: doublePrecision('self_certified_days'),
    doctorCertifiedDays: doublePrecision('doctor_certified_days'),
    employees: integer('employees'),
    importId: uuid('import_id')
      .notNull()
      .references(() => sickLeaveImports.id),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.periodKind, t.periodStart] }),
    index('sick_leave_records_period').on(t.municipalityId, t.periodStart),
  ],
);
