import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './organisation';

/** A learning network of municipalities on this installation (Kvalitetskommuneprogrammet). */
export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A municipality's membership of a network: invited by a member, a member from the moment its
 * administrator accepts (`since`), and 'left' (kept, with `left_at`) when it leaves or is removed.
 * Its rounds count in the network's figures while it is a member, and keep counting after it
 * leaves, so no change of membership changes a figure already shown (see core/networks).
 * One current network per municipality: with overlapping networks a member could subtract one
 * network's figure from another's and isolate a third municipality.
 */
export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    status: text('status', { enum: ['invited', 'member', 'left'] }).notNull(),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    index('network_members_network_idx').on(t.networkId),
    uniqueIndex('network_members_one_network_idx')
      .on(t.municipalityId)
      .where(sql`${t.status} <> 'left'`),
  ],
);
