import { staffEvent } from '../../core/audit/staff-actor';
import { Conflict, NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { checkInstrument } from '../../core/surveys/check-instrument';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  findInstrumentKeyOwner,
  findVisibleInstrumentVersion,
  insertOwnInstrumentVersion,
  listInstrumentVersionsFor,
} from '../../db/repositories/instrument-versions';
import type { InstrumentDraft } from '../../db/repositories/instrument-drafts';
import type { StaffUser } from '../../db/repositories/staff';
import { isUniqueViolation } from '../../db/unique-violation';
import { fingerprintOf, newestVersionOf, withVersion } from './instrument-fingerprint';
import { assertKeepsInstruments, loadInstrumentDraft } from './own-instrument-drafts';

export interface PublishedVersion {
  key: string;
  version: number;
  fingerprint: string;
  /** False when the newest version already had this content: nothing new was published. */
  created: boolean;
}

/**
 * Publishes a checked draft as the next version of its key, in one transaction with its audit
 * event. A new version is a new row: rounds refer to the version they were opened on, so a running
 * round keeps its questions. Content identical to the newest version publishes nothing and
 * answers with that version. Two publishes of one key at once: the loser's insert breaks the
 * unique (key, version) and it runs again, finding the winner's version.
 */
export async function publishInstrumentDraft(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  draftId: string,
): Promise<PublishedVersion> {
  const draft = await loadInstrumentDraft(deps.db, staff, draftId);
  try {
    return await publishOnce(deps, staff, draft);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return publishOnce(deps, staff, draft);
  }
}

async function publishOnce(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  draft: InstrumentDraft,
): Promise<PublishedVersion> {
  const key = (draft.indicators as { instrument: { key: string } }).instrument.key;
  return deps.db.transaction(async (tx) => {
    const owner = await findInstrumentKeyOwner(tx, key);
    if (owner && owner.municipalityId !== staff.municipalityId)
      throw new Conflict(`The key ${key} belongs to another instrument`, [
        { field: 'indicators.instrument.key', issue: 'in use by another instrument' },
      ]);
    const latest = await newestVersionOf(tx, staff.municipalityId, draft);
    if (latest?.identical)
      return { key, version: latest.version, fingerprint: latest.fingerprint, created: false };
    const version = (latest?.version ?? 0) + 1;
    const indicators = withVersion(draft.indicators, version);
    checkInstrument(draft.survey, indicators, `instrument ${key}`); // still holds with its number
    const fingerprint = fingerprintOf(draft.survey, indicators);
    const row = { instrumentKey: key, version, survey: draft.survey, indicators, contentHash: fingerprint };
    await insertOwnInstrumentVersion(tx, {
      ...row,
      municipalityId: staff.municipalityId,
      publishedBy: staff.id,
    });
    const event = staffEvent(staff, 'instrument_published', `instrument:${key}/${version}`, {
      key,
      version,
      fingerprint,
    });
    await recordAuditEvent(tx, event, deps.now());
    return { key, version, fingerprint, created: true };
  });
}

export interface InstrumentListing {
  key: string;
  builtIn: boolean;
  name: LocalizedText;
  versions: { version: number; fingerprint: string; publishedAt: string; publishedBy: string | null }[];
}

/** The instruments the municipality may use (built-in and its own), each with every version. */
export async function listInstruments(db: Db, staff: StaffUser): Promise<InstrumentListing[]> {
  assertKeepsInstruments(staff);
  const byKey = new Map<string, InstrumentListing>();
  for (const v of await listInstrumentVersionsFor(db, staff.municipalityId)) {
    const listing = byKey.get(v.instrumentKey) ?? {
      key: v.instrumentKey,
      builtIn: v.municipalityId === null,
      name: v.name,
      versions: [],
    };
    listing.name = v.name; // the newest version's name
    listing.versions.push({
      version: v.version,
      fingerprint: v.contentHash,
      publishedAt: v.publishedAt.toISOString(),
      publishedBy: v.publishedBy,
    });
    byKey.set(v.instrumentKey, listing);
  }
  return [...byKey.values()];
}

/** A built-in or own instrument's survey.json and indicators.json, to start a new one from. */
export async function instrumentDefinition(
  db: Db,
  staff: StaffUser,
  ask: { instrumentKey: string; version?: number },
) {
  assertKeepsInstruments(staff);
  const found = await findVisibleInstrumentVersion(db, staff.municipalityId, ask);
  if (!found) throw new NotFound(`There is no instrument ${ask.instrumentKey} here`);
  const { instrumentKey: key, version, survey, indicators, contentHash: fingerprint } = found;
  return { key, version, fingerprint, builtIn: found.municipalityId === null, survey, indicators };
}
