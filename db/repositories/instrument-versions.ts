import { and, desc, eq } from 'drizzle-orm';
import { systemEvent } from '../../core/audit/staff-actor';
import { Conflict } from '../../core/errors';
import type { DbOrTx } from '../database';
import { instrumentVersions } from '../schema';
import { recordAuditEvent } from './audit-events';

export interface InstrumentVersion {
  id: string;
  instrumentKey: string;
  version: number;
  survey: unknown;
  indicators: unknown;
  contentHash: string;
}

export interface InstrumentVersionInput {
  instrumentKey: string;
  version: number;
  survey: unknown;
  indicators: unknown;
  contentHash: string;
}

/**
 * Registers a definition from survey-definitions/. A version once stored is immutable: rounds
 * and indicator values refer to it, so a changed file must come with a new version number.
 * A version stored now for the first time is published: the audit trail records it with the
 * insert (installation-wide, by 'system'); one stored before records nothing.
 */
export async function registerInstrumentVersion(
  db: DbOrTx,
  input: InstrumentVersionInput,
  at: Date,
): Promise<string> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(instrumentVersions)
      .values(input)
      .onConflictDoNothing()
      .returning({ id: instrumentVersions.id });
    if (inserted.length === 0) return;
    const { instrumentKey: key, version, contentHash: fingerprint } = input;
    const subject = `instrument:${key}/${version}`;
    await recordAuditEvent(
      tx,
      systemEvent(null, 'instrument_published', subject, { key, version, fingerprint }),
      at,
    );
  });
  const [stored] = await db
    .select({ id: instrumentVersions.id, contentHash: instrumentVersions.contentHash })
    .from(instrumentVersions)
    .where(
      and(
        eq(instrumentVersions.instrumentKey, input.instrumentKey),
        eq(instrumentVersions.version, input.version),
      ),
    );
  if (stored!.contentHash !== input.contentHash) {
    throw new Conflict(
      `survey-definitions/${input.instrumentKey}: version ${input.version} is already in use with other content; ` +
        'give the changed definition a new version number (a development database can simply be deleted)',
    );
  }
  return stored!.id;
}

export async function findInstrumentVersion(db: DbOrTx, id: string): Promise<InstrumentVersion | undefined> {
  const [row] = await db
    .select({
      id: instrumentVersions.id,
      instrumentKey: instrumentVersions.instrumentKey,
      version: instrumentVersions.version,
      survey: instrumentVersions.survey,
      indicators: instrumentVersions.indicators,
      contentHash: instrumentVersions.contentHash,
    })
    .from(instrumentVersions)
    .where(eq(instrumentVersions.id, id));
  return row;
}

/** The newest version of every instrument: what a new goal or round is defined on. */
export async function listLatestInstrumentVersions(
  db: DbOrTx,
): Promise<{ id: string; instrumentKey: string }[]> {
  const rows = await db
    .selectDistinctOn([instrumentVersions.instrumentKey], {
      id: instrumentVersions.id,
      instrumentKey: instrumentVersions.instrumentKey,
    })
    .from(instrumentVersions)
    .orderBy(instrumentVersions.instrumentKey, desc(instrumentVersions.version));
  return rows;
}
