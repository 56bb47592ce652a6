import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { systemEvent } from '../../core/audit/staff-actor';
import { Conflict } from '../../core/errors';
import type { DbOrTx } from '../database';
import { instrumentVersions, staffUsers } from '../schema';
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

/** The columns of an InstrumentVersion, selected alike wherever one is read. */
const versionColumns = {
  id: instrumentVersions.id,
  instrumentKey: instrumentVersions.instrumentKey,
  version: instrumentVersions.version,
  survey: instrumentVersions.survey,
  indicators: instrumentVersions.indicators,
  contentHash: instrumentVersions.contentHash,
};

export async function findInstrumentVersion(db: DbOrTx, id: string): Promise<InstrumentVersion | undefined> {
  const [row] = await db.select(versionColumns).from(instrumentVersions).where(eq(instrumentVersions.id, id));
  return row;
}

/** Built-in instruments (municipality_id null) and the municipality's own: what it may see and use. */
const visibleTo = (municipalityId: string) =>
  or(isNull(instrumentVersions.municipalityId), eq(instrumentVersions.municipalityId, municipalityId));

/**
 * The newest version of every instrument the municipality may use (the built-in library and its
 * own): what a new goal or round is defined on. Another municipality's instruments are not listed.
 */
export async function listLatestInstrumentVersions(
  db: DbOrTx,
  municipalityId: string,
): Promise<{ id: string; instrumentKey: string }[]> {
  const rows = await db
    .selectDistinctOn([instrumentVersions.instrumentKey], {
      id: instrumentVersions.id,
      instrumentKey: instrumentVersions.instrumentKey,
    })
    .from(instrumentVersions)
    .where(visibleTo(municipalityId))
    .orderBy(instrumentVersions.instrumentKey, desc(instrumentVersions.version));
  return rows;
}

/** One published version as the instruments page lists it. */
export interface PublishedInstrumentVersion {
  id: string;
  instrumentKey: string;
  version: number;
  contentHash: string;
  /** Null for the built-in library. */
  municipalityId: string | null;
  publishedAt: Date;
  /** indicators.json's instrument.name. */
  name: LocalizedText;
  /** The publishing staff member's name; null for the built-in library. */
  publishedBy: string | null;
}

/** Every version of every instrument the municipality may use, by key then version. */
export async function listInstrumentVersionsFor(
  db: DbOrTx,
  municipalityId: string,
): Promise<PublishedInstrumentVersion[]> {
  return db
    .select({
      id: instrumentVersions.id,
      instrumentKey: instrumentVersions.instrumentKey,
      version: instrumentVersions.version,
      contentHash: instrumentVersions.contentHash,
      municipalityId: instrumentVersions.municipalityId,
      publishedAt: instrumentVersions.createdAt,
      name: sql<LocalizedText>`${instrumentVersions.indicators}->'instrument'->'name'`,
      publishedBy: staffUsers.name,
    })
    .from(instrumentVersions)
    .leftJoin(staffUsers, eq(staffUsers.id, instrumentVersions.publishedBy))
    .where(visibleTo(municipalityId))
    .orderBy(asc(instrumentVersions.instrumentKey), asc(instrumentVersions.version));
}

/** A version the municipality may see, by key and version (the newest when version is omitted). */
export async function findVisibleInstrumentVersion(
  db: DbOrTx,
  municipalityId: string,
  ask: { instrumentKey: string; version?: number },
): Promise<(InstrumentVersion & { municipalityId: string | null }) | undefined> {
  const [row] = await db
    .select({ ...versionColumns, municipalityId: instrumentVersions.municipalityId })
    .from(instrumentVersions)
    .where(
      and(
        visibleTo(municipalityId),
        eq(instrumentVersions.instrumentKey, ask.instrumentKey),
        ask.version === undefined ? undefined : eq(instrumentVersions.version, ask.version),
      ),
    )
    .orderBy(desc(instrumentVersions.version))
    .limit(1);
  return row;
}

/** The owner of a key (null = built-in), or undefined when no version has the key yet. */
export async function findInstrumentKeyOwner(
  db: DbOrTx,
  instrumentKey: string,
): Promise<{ municipalityId: string | null } | undefined> {
  const [row] = await db
    .select({ municipalityId: instrumentVersions.municipalityId })
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentKey, instrumentKey))
    .limit(1);
  return row;
}

/**
 * Stores a municipality's own version; the caller has checked it and chosen the next version
 * number inside the same transaction. Audited like a built-in's, with the publishing staff member.
 */
export async function insertOwnInstrumentVersion(
  tx: DbOrTx,
  input: InstrumentVersionInput & { municipalityId: string; publishedBy: string },
): Promise<string> {
  const [row] = await tx.insert(instrumentVersions).values(input).returning({ id: instrumentVersions.id });
  return row!.id;
}
