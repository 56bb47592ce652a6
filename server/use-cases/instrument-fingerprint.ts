import { createHash } from 'node:crypto';
import type { DbOrTx } from '../../db/database';
import { findVisibleInstrumentVersion } from '../../db/repositories/instrument-versions';

/**
 * The fingerprint of a version, as main/read-survey-definitions.ts makes it for the built-in
 * library. An own instrument's is taken of its content as stored (jsonb orders an object's keys its
 * own way), so a definition loaded from Målbar and sent back unchanged has the same fingerprint.
 */
export const fingerprintOf = (survey: unknown, indicators: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([survey, indicators]))
    .digest('hex');

/** indicators.json with the version the server gives it. */
export const withVersion = (indicators: unknown, version: number) => {
  const json = indicators as { instrument: object };
  return { ...json, instrument: { ...json.instrument, version } };
};

/** The newest version of the draft's key, and whether the draft's content is exactly that version's. */
export async function newestVersionOf(
  db: DbOrTx,
  municipalityId: string,
  draft: { survey: unknown; indicators: unknown },
): Promise<{ version: number; fingerprint: string; identical: boolean } | undefined> {
  const key = (draft.indicators as { instrument: { key: string } }).instrument.key;
  const latest = await findVisibleInstrumentVersion(db, municipalityId, { instrumentKey: key });
  if (!latest) return undefined;
  const same = fingerprintOf(draft.survey, withVersion(draft.indicators, latest.version));
  return { version: latest.version, fingerprint: latest.contentHash, identical: same === latest.contentHash };
}
