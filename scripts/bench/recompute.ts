import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connectDatabase } from '../../db/connect';
import { parseConfig } from '../../main/config';
import { startMalbar } from '../../main/runtime';
import { requestRecompute } from '../../db/repositories/responses';
import { recomputeRound } from '../../worker/processors/recompute-round';
import { seedDemo } from '../seed-demo';
import { benchWorkerDeps } from './worker-deps';

/**
 * Time to recompute one class and its ancestors (class, school, area, municipality, with the
 * goals there) over the demo municipality's pupil round, on PGlite and on PostgreSQL.
 * Usage: npm run bench:recompute [-- runs]
 */
async function bench(store: 'pglite' | 'postgres', runs: number) {
  const dbName = `malbar_bench_${randomBytes(4).toString('hex')}`;
  const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (store === 'postgres') await admin(adminUrl, `create database ${dbName}`);
  const database =
    store === 'pglite'
      ? await connectDatabase({ kind: 'pglite' })
      : await connectDatabase({ kind: 'postgres', url: adminUrl.replace(/\/postgres$/, `/${dbName}`) });
  const config = parseConfig({
    PORT: '0',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    SWEEP_INTERVAL_MS: '600000',
  });
  const malbar = await startMalbar(config, 'worker', { database });
  const demo = await seedDemo(database.db, {
    today: new Date().toISOString().slice(0, 10),
    instruments: malbar.instruments,
    versionIds: malbar.versionIds,
  });
  const classes = demo.recompute.slice(0, 30);
  const times: number[] = [];
  const deps = await benchWorkerDeps(database.db, malbar.instruments);
  for (let i = 0; i < runs; i++) {
    const ref = classes[i % classes.length]!;
    // What one new response leaves behind: a marker on its class.
    await requestRecompute(database.db, { ...ref, municipalityId: demo.municipality.id });
    const start = process.hrtime.bigint();
    await recomputeRound(deps, { roundId: ref.roundId });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await malbar.stop();
  await database.close();
  if (store === 'postgres') await admin(adminUrl, `drop database ${dbName} with (force)`);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  console.log(
    `${store.padEnd(8)} demo municipality (${demo.responses} responses) · ${runs} recomputes of a class + 3 ancestors: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
  );
}

async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const runs = Number(process.argv[2] ?? 60);
bench('pglite', runs)
  .then(() => bench('postgres', runs))
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
