import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { recomputeRoundJob } from '../../jobs/contracts';
import { parseConfig } from '../../main/config';
import { startMalbar, type Malbar } from '../../main/runtime';
import { seedDemo } from '../seed-demo';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Demo Kommune as `npm start` seeds it, in a fresh PostgreSQL database that is dropped afterwards:
 * Målbar started in `role`, the demo seeded and every round recomputed, then `run` with it.
 */
export async function withDemoDatabase(
  name: string,
  role: 'all' | 'worker',
  run: (demo: { database: DatabaseHandle; malbar: Malbar; roundIds: Set<string> }) => Promise<void>,
): Promise<void> {
  const dbName = `malbar_bench_${name}_${randomBytes(3).toString('hex')}`;
  await admin(`create database ${dbName}`);
  const database = await connectDatabase({
    kind: 'postgres',
    url: ADMIN_URL.replace(/\/postgres$/, `/${dbName}`),
  });
  try {
    const config = parseConfig({
      PORT: '0',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      SWEEP_INTERVAL_MS: '600000',
    });
    const malbar = await startMalbar(config, role, { database });
    const demo = await seedDemo(database.db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: malbar.instruments,
      versionIds: malbar.versionIds,
    });
    const roundIds = new Set(demo.recompute.map((r) => r.roundId));
    for (const roundId of roundIds) await malbar.queue.enqueue(recomputeRoundJob, { roundId });
    await malbar.idle();
    await run({ database, malbar, roundIds });
    await malbar.stop();
  } finally {
    await database.close();
    await admin(`drop database ${dbName} with (force)`);
  }
}

async function admin(statement: string) {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
