import { createHash } from 'node:crypto';
import { checkInstrument, type CheckedInstrument } from '../core/surveys/check-instrument';
import type { DbOrTx } from './database';
import { findInstrumentVersion, type InstrumentVersion } from './repositories/instrument-versions';

export interface LoadedInstrument extends CheckedInstrument {
  version: InstrumentVersion;
  /** Per indicator key, the definition fingerprint stored with each value (see core/indicators/fingerprint-source.ts). */
  definitionHashes: Map<string, string>;
}

export interface InstrumentCache {
  get(instrumentVersionId: string): Promise<LoadedInstrument>;
}

/**
 * Compiling a definition costs milliseconds; a stored version never changes, so each process
 * compiles it once and keeps it.
 */
export function createInstrumentCache(db: DbOrTx): InstrumentCache {
  const cache = new Map<string, Promise<LoadedInstrument>>();
  async function load(id: string): Promise<LoadedInstrument> {
    const version = await findInstrumentVersion(db, id);
    if (!version) throw new Error(`instrument version ${id} does not exist`);
    const source = `instrument ${version.instrumentKey} v${version.version}`;
    const checked = checkInstrument(version.survey, version.indicators, source);
    const definitionHashes = new Map(
      [...checked.fingerprintSources].map(([key, text]) => [
        key,
        createHash('sha256').update(text).digest('hex').slice(0, 16),
      ]),
    );
    return { version, ...checked, definitionHashes };
  }
  return {
    get(id) {
      let entry = cache.get(id);
      if (!entry) {
        entry = load(id);
        entry.catch(() => cache.delete(id));
        cache.set(id, entry);
      }
      return entry;
    },
  };
}
