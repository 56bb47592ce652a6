import { countMunicipalities } from '../db/repositories/municipalities';
import { recomputeUnitJob } from '../jobs/contracts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo, type DemoSummary } from '../scripts/seed-demo';
import { log } from './logger';
import { runProcess } from './run-process';
import { startMalbar, type Malbar } from './runtime';

/** `npm start`: server and worker in one process; on an empty database, Demo Kommune. */
void runProcess(async (config) => {
  const malbar = await startMalbar(config, 'all');
  const publicUrl = config.publicUrl ?? malbar.url!;
  if (config.demoSeed === 'auto' && (await countMunicipalities(malbar.database.db)) === 0) {
    log('Empty database: seeding Demo Kommune …');
    const demo = await seedDemo(malbar.database.db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: malbar.instruments,
      versionIds: malbar.versionIds,
    });
    for (const ref of demo.recompute) await malbar.queue.enqueue(recomputeUnitJob, ref);
    await malbar.idle();
    printDemo(publicUrl, demo);
  }
  log(
    `Målbar is running: ${publicUrl}/dashboard (database: ${malbar.database.kind}, jobs: ${malbar.queue.kind})`,
  );
  return malbar;
});

function printDemo(url: string, demo: DemoSummary) {
  const lines = [
    '',
    `Demo Kommune is ready: ${demo.responses} simulated responses.`,
    `Dashboard:   ${url}/dashboard`,
    ...DEMO_LOGINS.map((l) => `Staff login: ${l.email} / ${DEMO_PASSWORD}   (${l.name})`),
    'Respondent links:',
    ...demo.links.map((l) => `  ${l.round.padEnd(20)} ${l.unit.padEnd(28)} ${url}/s/${l.code}`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

export type { Malbar };
