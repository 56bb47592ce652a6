import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Job } from 'bullmq';
import type { AnonymityRules } from '../../core/anonymity/anonymity-rules';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import type { Db } from '../../db/database';
import { countRecomputeRequests } from '../../db/repositories/recompute-requests';
import { releaseRoundJob } from '../../jobs/contracts';
import { parseConfig, type Config } from '../../main/config';
import { startMalbar, type Malbar, type RuntimeOverrides } from '../../main/runtime';
import type { SignInLimits } from '../../server/throttle/sign-in-throttle';
import { deleteKeysUnder } from '../../scripts/bench/intake/redis-keys';
import { POSTGRES_ADMIN_URL, REDIS_URL } from './services';

export interface TestStore {
  malbar: Malbar;
  db: Db;
  url: string;
  config: Readonly<Config>;
  /** Waits until every recompute asked for has run (the durable markers are gone). */
  settled(timeoutMs?: number): Promise<void>;
  /**
   * Asks for a release of the round through the queue (as quality staff's button does) and waits
   * until it has run: readers then see the round's values as of now, audited.
   */
  release(roundId: string, kind?: 'interim' | 'final', timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** What a test may set besides the environment: the clock, and (to show an attack) the protections. */
export interface StoreOptions {
  now?: () => Date;
  anonymity?: AnonymityRules;
  /** Small sign-in limits, so that a test reaches a block in a few requests. */
  signInLimits?: SignInLimits;
  answerAllowances?: RuntimeOverrides['answerAllowances'];
  /** Where the log lines go (a stream the test reads); else the process's stdout. */
  logger?: RuntimeOverrides['logger'];
}

export interface StoreKind {
  name: string;
  start(env?: Record<string, string>, options?: StoreOptions): Promise<TestStore>;
}

const SECRET = 'test-secret-test-secret-test-secret';

/** Every component test runs on both: PostgreSQL + BullMQ on Redis, and PGlite + in-process jobs. */
export const STORES: StoreKind[] = [
  { name: 'postgres + redis', start: startOnPostgres },
  { name: 'pglite + in-process', start: startOnPglite },
];

async function startOnPostgres(
  env: Record<string, string> = {},
  options: StoreOptions = {},
): Promise<TestStore> {
  const suffix = randomBytes(6).toString('hex');
  const dbName = `malbar_test_${suffix}`;
  await adminQuery(`create database ${dbName}`);
  const databaseUrl = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const prefix = `malbar-test-${suffix}`;
  const config = parseConfig({
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    SESSION_SECRET: SECRET,
    SWEEP_INTERVAL_MS: '500',
    ...env,
  });
  const malbar = await startMalbar(config, 'all', options);
  return wrap(malbar, config, async () => {
    await malbar.stop();
    await adminQuery(`drop database if exists ${dbName} with (force)`);
    await deleteRedisPrefix(prefix);
  });
}

async function startOnPglite(
  env: Record<string, string> = {},
  options: StoreOptions = {},
): Promise<TestStore> {
  const config = parseConfig({ PORT: '0', SESSION_SECRET: SECRET, SWEEP_INTERVAL_MS: '500', ...env });
  const database: DatabaseHandle = await connectDatabase({ kind: 'pglite', loadDataDir: pgliteImage() });
  const malbar = await startMalbar(config, 'all', { ...options, database });
  return wrap(malbar, config, async () => {
    await malbar.stop();
    await database.close();
  });
}

function wrap(malbar: Malbar, config: Readonly<Config>, stop: () => Promise<void>): TestStore {
  return {
    malbar,
    db: malbar.database.db,
    url: malbar.url!,
    config,
    async settled(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await malbar.idle();
        if ((await countRecomputeRequests(malbar.database.db)) === 0) return;
        if (Date.now() > deadline) throw new Error('recomputes did not finish in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async release(roundId, kind, timeoutMs = 60_000) {
      // A release holds what was asked before it: recomputes (their markers) and full recomputes.
      await this.settled(timeoutMs);
      await fullRecomputesDone(malbar.database.db, timeoutMs);
      await malbar.queue.enqueue(releaseRoundJob, kind ? { roundId, kind } : { roundId });
      const sent = Date.now();
      for (;;) {
        await malbar.idle();
        if (!(await releasePending(malbar, roundId, sent))) return;
        if (Date.now() > sent + timeoutMs) throw new Error('the release did not finish in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop,
  };
}

/** Waits until no full recompute is queued or running (settled() sees only the markers). */
async function fullRecomputesDone(db: Db, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const { rows } = (await db.execute(
      sql`select count(*)::int as n from recompute_runs where status in ('queued', 'running')`,
    )) as unknown as { rows: { n: number }[] };
    if (rows[0]!.n === 0) return;
    if (Date.now() > deadline) throw new Error('full recomputes did not finish in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Coalescing holds a repeated ask up to this long before it reaches Redis (main/runtime.ts). */
const ENQUEUE_WINDOW_MS = 300;

/** Whether a release of the round is still to run through Redis; one that failed throws. */
async function releasePending(malbar: Malbar, roundId: string, sent: number): Promise<boolean> {
  const queues = malbar.queue.bullQueues?.() ?? [];
  if (queues.length === 0) return false; // in-process: idle() waited for it
  if (Date.now() - sent < ENQUEUE_WINDOW_MS) return true;
  const ours = (job: Job | undefined): job is Job =>
    job?.name === releaseRoundJob.name && (job.data as { roundId: string }).roundId === roundId;
  for (const queue of queues) {
    const waiting = await queue.getJobs(['waiting', 'active', 'prioritized', 'delayed']);
    if (waiting.some(ours)) return true;
    const failed = (await queue.getJobs(['failed'])).filter(ours).find((j) => (j.finishedOn ?? 0) >= sent);
    if (failed) throw new Error(`the release failed: ${failed.failedReason}`);
  }
  return false;
}

function pgliteImage(): Blob {
  const file = process.env.MALBAR_PGLITE_IMAGE;
  if (!file) throw new Error('MALBAR_PGLITE_IMAGE is not set: run the tests through jest (global setup)');
  return new Blob([fs.readFileSync(file)]);
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Removes every key under a test's Redis prefix (also for a worker a test starts with a prefix of its own). */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  await deleteKeysUnder(REDIS_URL, prefix);
}
