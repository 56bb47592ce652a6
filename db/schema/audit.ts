import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation';

/**
 * What a data protection officer asks about: who signed in (or failed to), who exported or adopted
 * what, who changed users, imported data, opened or closed rounds, published instruments.
 * Append-only: a trigger (migration 0019) refuses UPDATE, TRUNCATE and DELETE, except the
 * retention purge, which deletes only rows older than the configured period.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Null for events before anyone is known (a failed sign-in with an unknown e-mail). */
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    /** No foreign key: the trail outlives what it names. */
    actorUserId: uuid('actor_user_id'),
    /** Who, as they were then: the e-mail typed or the user's e-mail ('system' for jobs). */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    /** What the action was about, e.g. `user:<id>`, `round:<id>`, `report:<contract>/<year>`. */
    subject: text('subject'),
    /** Staff's network address for sign-in events; never for respondents. */
    address: text('address'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_events_municipality_at_idx').on(t.municipalityId, t.at)],
);
