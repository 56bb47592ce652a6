import { bigint, integer, pgTable, varchar } from 'drizzle-orm/pg-core';

/**
 * The counters of rate-limiter-flexible's RateLimiterPostgres (sign-in throttling, answer limits)
 * when there is no Redis: one table that every server process on the database shares. The columns
 * are the library's own (its CREATE TABLE, lib/RateLimiterPostgres.js); created here so that the
 * migrations own the schema and the limiter starts with `tableCreated: true`.
 */
export const rateLimits = pgTable('rate_limits', {
  /** `<limit>:<key>`, e.g. `sign-in-address:203.0.113.9`. */
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  /** Epoch milliseconds after which the row counts as gone. */
  expire: bigint('expire', { mode: 'number' }),
});
