import { countMunicipalities } from '../db/repositories/municipalities';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../scripts/seed-demo';
import { log } from './logger';
import { runProcess } from './run-process';
import { prepareDatabase } from './prepare-database';

/**
 * `npm run demo:seed`: Demo Kommune into the configured database (PostgreSQL or PGlite) when it
 * has no municipality yet. The responses' recompute markers are committed with them, so a running
 * worker (or the next `npm start`) computes the indicators.
 */
void runProcess(
  async (config) => {
    const { database, instruments, versionIds } = await prepareDatabase(config);
    if ((await countMunicipalities(database.db)) > 0) {
      log('The database already has a municipality: nothing seeded.');
    } else {
      const today = new Date().toISOString().slice(0, 10);
      const demo = await seedDemo(database.db, { today, instruments, versionIds });
      log(`Demo Kommune seeded: ${demo.responses} responses; a worker computes the indicators.`);
      for (const l of DEMO_LOGINS) log(`Staff login: ${l.email} / ${DEMO_PASSWORD}`);
    }
    await database.close();
    process.exit(0);
  },
  { servesHttp: false },
);
