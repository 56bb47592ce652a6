import { countMunicipalities, findMunicipalityBySlug } from '../db/repositories/municipalities';
import { listMunicipalityLinks } from '../db/repositories/rounds';
import { finishDemo, unfinishedDemo } from '../scripts/demo/finish-demo';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG, seedDemo } from '../scripts/seed-demo';
import type { Config } from './config';
import { log } from './logger';
import { runProcess } from './run-process';
import { startMalbar, type Malbar } from './runtime';

/**
 * `npm start`: server and worker in one process. On an empty database, Demo Kommune with its
 * published passwords, but only on the embedded default or when asked (DEMO=1): never silently on
 * a PostgreSQL database, which would start a real installation with a known administrator password.
 */
void runProcess(async (config) => {
  const malbar = await startMalbar(config, 'all');
  const empty = (await countMunicipalities(malbar.database.db)) === 0;
  const demo = config.demoSeed === 'on' || (config.demoSeed === 'auto' && malbar.database.kind === 'pglite');
  if (empty && !demo) printFirstAdministrator(config);
  const lastYear = new Date().getUTCFullYear() - 1;
  if (empty && demo) {
    log('Empty database: seeding Demo Kommune …');
    const seeded = await seedDemo(malbar.database.db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: malbar.instruments,
      versionIds: malbar.versionIds,
    });
    const roundIds = [...new Set(seeded.recompute.map((r) => r.roundId))];
    await finishDemo(
      demoRuntime(malbar),
      { roundIds, contractId: seeded.contract.contractId, consultantId: seeded.consultantId },
      lastYear,
    );
    log(
      `Demo Kommune is ready: ${seeded.responses} simulated responses, the ${lastYear} follow-up report adopted.`,
    );
  } else if (demo) {
    const unfinished = await unfinishedDemo(malbar.database.db, lastYear);
    if (unfinished) {
      log('Demo Kommune: finishing its setup (an earlier start stopped before it was done) …');
      await finishDemo(demoRuntime(malbar), unfinished, lastYear);
      log(`Demo Kommune is ready: the ${lastYear} follow-up report adopted.`);
    }
  }
  await printDemo(config, malbar);
  log(
    `Målbar is running: ${publicUrl(config, malbar)}/app (database: ${malbar.database.kind}, jobs: ${malbar.queue.kind})`,
  );
  return malbar;
});

const demoRuntime = (malbar: Malbar) => ({
  db: malbar.database.db,
  queue: malbar.queue,
  instruments: malbar.instruments,
  idle: () => malbar.idle(),
});

const publicUrl = (config: Readonly<Config>, malbar: Malbar) => config.publicUrl ?? malbar.url!;

/** An empty database that gets no demo: how to make the first administrator (or ask for the demo). */
function printFirstAdministrator(config: Readonly<Config>) {
  const lines = [
    '',
    'The database has no municipality yet. Create the first administrator:',
    '  npm run create-admin -- --email you@kommune.dk --municipality "Aarhus Kommune"',
    config.database.kind === 'pglite'
      ? '  (stop Målbar first: the embedded database takes one process at a time)'
      : '  (with the same DATABASE_URL; Målbar may keep running)',
    'or start with DEMO=1 for Demo Kommune, whose passwords are published: never on a real installation.',
  ];
  log(lines.join('\n'));
}

/** On every start while Demo Kommune exists: where to click, and how to log in. */
async function printDemo(config: Readonly<Config>, malbar: Malbar) {
  const demo = await findMunicipalityBySlug(malbar.database.db, DEMO_SLUG);
  if (!demo) return;
  const url = publicUrl(config, malbar);
  const links = await listMunicipalityLinks(malbar.database.db, demo.id);
  const lines = [
    '',
    `Dashboard:   ${url}/app`,
    ...DEMO_LOGINS.map((l) => `Staff login: ${l.email} / ${DEMO_PASSWORD}   (${l.name})`),
    'Respondent links:',
    ...links
      .map((l) => ({
        round: l.roundTitle.en,
        unit: l.parentName && /^\d/.test(l.unitName) ? `${l.parentName} ${l.unitName}` : l.unitName,
        code: l.code,
      }))
      .sort((a, b) => b.round.localeCompare(a.round) || a.unit.localeCompare(b.unit, 'da', { numeric: true }))
      .map((l) => `  ${l.round.padEnd(26)} ${l.unit.padEnd(28)} ${url}/s/${l.code}`),
  ];
  // One line (JSON keeps the breaks); readable in a terminal, where it is meant to be read.
  log(lines.join('\n'));
}
