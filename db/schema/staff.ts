import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt, as `scrypt$<salt>$<hash>` in base64. */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'consultant', 'leader', 'viewer'] }).notNull(),
  /** The user sees this unit and everything below it, nothing else. */
  scopeUnitId: uuid('scope_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set when the user last logged in; null until the first login. */
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  /**
   * Set when an administrator deactivates the user: the row stays (actions and goals name their
   * authors), but the user can no longer log in. Null while active.
   */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
});

/** A login session; `id` is an HMAC of the cookie's token, so a leaked table gives no cookies. */
export const staffSessions = pgTable('staff_sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => staffUsers.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
