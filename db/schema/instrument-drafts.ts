import { index, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation';
import { staffUsers } from './staff';

/**
 * An administrator's instrument that passed every check and waits to be previewed and published.
 * Only checked definitions are stored: a refused upload leaves no row.
 */
export const instrumentDrafts = pgTable(
  'instrument_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    survey: jsonb('survey').notNull(),
    indicators: jsonb('indicators').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('instrument_drafts_municipality').on(t.municipalityId, t.createdAt)],
);
