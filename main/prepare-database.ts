import type { Config } from './config';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { createInstrumentCache, type InstrumentCache } from '../db/instrument-cache';
import { registerInstrumentVersion } from '../db/repositories/instrument-versions';
import { readSurveyDefinitions } from './read-survey-definitions';

export interface PreparedDatabase {
  database: DatabaseHandle;
  instruments: InstrumentCache;
  /** The stored instrument version id for each definition in survey-definitions/. */
  versionIds: Record<string, string>;
}

/**
 * Connect, migrate, and register the survey definitions (checked: a broken one stops start-up).
 * Its own module so that scripts which only need the database (benchmarks, the demo seed) do not
 * load the HTTP server, the PDF printer and the queue with it.
 */
export async function prepareDatabase(
  config: Readonly<Config>,
  overrides: { database?: DatabaseHandle; now?: () => Date } = {},
): Promise<PreparedDatabase> {
  const database = overrides.database ?? (await connectDatabase(config.database));
  await database.migrate();
  const versionIds: Record<string, string> = {};
  const now = overrides.now ?? (() => new Date());
  for (const definition of readSurveyDefinitions()) {
    versionIds[definition.instrumentKey] = await registerInstrumentVersion(database.db, definition, now());
  }
  return { database, instruments: createInstrumentCache(database.db), versionIds };
}
