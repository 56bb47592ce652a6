import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { goals, qualityContracts } from './indicators';
import { municipalities } from './organisation';
import { staffUsers } from './staff';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A service area of a contract (school, daycare, elderly care, …) with its overall aim in words.
 * Goals name their area by `key`; name and aim are written by the municipality in its language.
 */
export const contractServiceAreas = pgTable(
  'contract_service_areas',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => qualityContracts.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    aim: text('aim').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.key] })],
);

/**
 * opfølgningsredegørelse: a contract's yearly follow-up report. A draft is read live; adopting it
 * stores what it showed as `snapshot` with the SHA-256 of its canonical JSON, and a trigger
 * (migration 0009) refuses every later change to an adopted report.
 */
export const followUpReports = pgTable(
  'follow_up_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => qualityContracts.id),
    year: integer('year').notNull(),
    status: text('status', { enum: ['draft', 'adopted'] })
      .notNull()
      .default('draft'),
    /** The MED committee's statement (staff representatives), in their own words. */
    medStatement: text('med_statement').notNull().default(''),
    snapshot: jsonb('snapshot'),
    contentHash: text('content_hash'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedBy: uuid('adopted_by').references(() => staffUsers.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('follow_up_reports_contract_year').on(t.contractId, t.year),
    check(
      'adopted_has_snapshot',
      sql`${t.status} = 'draft' or (${t.snapshot} is not null and ${t.contentHash} is not null)`,
    ),
  ],
);

/** The process evaluation staff write for one goal in one report: how the work went, what changes. */
export const reportGoalEvaluations = pgTable(
  'report_goal_evaluations',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => followUpReports.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    processEvaluation: text('process_evaluation').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.goalId] }),
    index('report_goal_evaluations_goal').on(t.goalId),
  ],
);

/**
 * The PDF of an adopted report in one language, printed once. An adopted report never changes
 * (ADR 0005), so its PDF does not either: the public link serves these bytes, with their SHA-256
 * as ETag, instead of starting Chromium for every citizen who opens it.
 */
export const adoptedReportPdfs = pgTable(
  'adopted_report_pdfs',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => followUpReports.id),
    locale: text('locale', { enum: ['da', 'nb', 'en'] }).notNull(),
    pdf: bytea('pdf').notNull(),
    sha256: text('sha256').notNull(),
    printedAt: timestamp('printed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.locale] })],
);
