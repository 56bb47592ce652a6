import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { findContract } from '../../db/repositories/contracts';
import { recomputeRoundJob } from '../../jobs/contracts';
import { parseConfig } from '../../main/config';
import { startMalbar } from '../../main/runtime';
import { adoptDemoReport } from '../demo/demo-reports';
import { releaseDemoRounds } from '../demo/demo-releases';
import { DEMO_SLUG, seedDemo } from '../seed-demo';

/**
 * The public PDF of an adopted report under a burst: Demo Kommune as `npm start` seeds it (last
 * year's report adopted, the contract published), then rounds of N parallel GETs of that PDF with
 * no login, timed. Seeds a fresh PostgreSQL database and drops it after.
 * Usage: npm run bench:public-pdf [-- <parallel requests, default 30> <rounds, default 3>]
 */
async function main() {
  const parallel = Number(process.argv[2] ?? 30);
  const rounds = Number(process.argv[3] ?? 3);
  const dbName = `malbar_bench_public_pdf_${randomBytes(3).toString('hex')}`;
  const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  await admin(adminUrl, `create database ${dbName}`);
  const config = parseConfig({
    PORT: '0',
    DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${dbName}`),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    SWEEP_INTERVAL_MS: '600000',
  });
  const malbar = await startMalbar(config, 'all');
  try {
    const db = malbar.database.db;
    const demo = await seedDemo(db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: malbar.instruments,
      versionIds: malbar.versionIds,
    });
    const roundIds = new Set(demo.recompute.map((r) => r.roundId));
    for (const roundId of roundIds) await malbar.queue.enqueue(recomputeRoundJob, { roundId });
    await malbar.idle();
    await releaseDemoRounds(db, malbar.queue, roundIds, () => malbar.idle());
    const lastYear = new Date().getUTCFullYear() - 1;
    const contractId = demo.contract.contractId;
    await adoptDemoReport(
      db,
      { instruments: malbar.instruments, now: () => new Date() },
      contractId,
      lastYear,
      demo.consultantId,
    );
    if (!(await findContract(db, contractId))?.publishedAt)
      throw new Error('the demo contract is not published');
    const url = `${malbar.url}/p/${DEMO_SLUG}/contracts/${contractId}/reports/${lastYear}/pdf?lang=da`;
    console.log(`GET ${url}`);
    for (let round = 1; round <= rounds; round++) {
      const start = performance.now();
      const answers = await Promise.all(
        Array.from({ length: parallel }, async () => {
          const res = await fetch(url);
          return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
        }),
      );
      const ms = performance.now() - start;
      const statuses = new Map<number, number>();
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      const distinct = new Set(
        answers.filter((a) => a.status === 200).map((a) => a.bytes.toString('base64')),
      );
      console.log(
        `round ${round}: ${parallel} parallel requests in ${(ms / 1000).toFixed(2)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${distinct.size} distinct PDF(s)`,
      );
    }
  } finally {
    await malbar.stop();
    await admin(adminUrl, `drop database if exists ${dbName} with (force)`);
  }
}

async function admin(url: string, statement: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
