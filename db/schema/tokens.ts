import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';
import { rounds } from './surveys';

/** PostgreSQL `bit varying`, carried as a string of 0s and 1s. */
const bitVarying = customType<{ data: string; driverData: string }>({
  dataType: () => 'bit varying',
});

/**
 * Personal single-use tokens are made in batches for a round and one unit (a class, a
 * department). Which tokens of a batch are spent is one bit string on the batch row, not a mark
 * on each token: a token row is never written after it is made, so neither its position on disk,
 * nor its transaction id, nor any timestamp says when it was spent relative to the others, and
 * nothing in the database orders spent tokens the way the responses table orders responses.
 */
export const tokenBatches = pgTable(
  'token_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    size: integer('size').notNull(),
    /** Bit i is 1 when the batch's token i has been spent. */
    spent: bitVarying('spent').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('token_batches_round_unit_idx').on(t.roundId, t.unitId)],
);

/**
 * A token, known by its SHA-256 only (the code itself is handed out once, in the batch's CSV).
 * Immutable: see tokenBatches for why spending never touches this row.
 */
export const roundTokens = pgTable(
  'round_tokens',
  {
    codeHash: text('code_hash').primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => tokenBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [index('round_tokens_batch_idx').on(t.batchId, t.position)],
);

/**
 * Unfinished answers of a personal link, so that a respondent can go on on another device.
 * Encrypted with a key derived from the token, which the database never holds: whoever reads the
 * database cannot read a draft. Removed in the statement that stores the response.
 */
export const tokenDrafts = pgTable('token_drafts', {
  codeHash: text('code_hash')
    .primaryKey()
    .references(() => roundTokens.codeHash, { onDelete: 'cascade' }),
  sealed: text('sealed').notNull(),
});

/**
 * An e-mail invitation for one token. The address is needed to remind those who have not
 * answered; it is deleted with the batch after the round (never joined to responses).
 */
export const tokenInvitations = pgTable(
  'token_invitations',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => tokenBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    email: text('email').notNull(),
    /** The sealed token code (AES-GCM with the installation's secret), to put the link in reminders. */
    sealedCode: text('sealed_code').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    /** The language the invitation and its reminders are written in (and the survey opens in). */
    lang: text('lang', { enum: ['da', 'nb', 'en'] })
      .notNull()
      .default('da'),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.position] }),
    check('token_invitations_lang_check', sql`${t.lang} in ('da', 'nb', 'en')`),
  ],
);
