import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_NODE_ARGS, WORKER_NODE_ARGS } from '../../../main/node-args';
import { deleteKeysUnder } from '../intake/redis-keys';
import http from 'node:http';
import path from 'node:path';
import type { Pool } from 'pg';
import { cpuSeconds, cpuSecondsByName, cpuSecondsSince, peakMemoryMb, percentile } from './stats';

export interface LinkFixture {
  code: string;
  roundId: string;
  unitId: string;
  answers: Record<string, unknown>;
}

const ROOT = path.resolve(__dirname, '../../..');

function startProcess(entry: string, env: Record<string, string>, nodeArgs: string[]): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    // The children are configured by `env` alone; PATH and the like pass through.
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[${path.basename(entry)}] ${d}`));
  return child;
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sustained intake against a separate server and worker (PostgreSQL + Redis), with probes: a
 * probe submits to a class nobody else answers and polls until that class's count has grown —
 * the time from submit to indicator. The load spreads over all other classes of every municipality.
 */
export async function measureLag(options: {
  databaseUrl: string;
  sql: Pool;
  load: LinkFixture[];
  probes: LinkFixture[];
  ratePerSecond: number;
  seconds: number;
  /** false: intake only, no worker and no probes (what the server alone can take). */
  withWorker?: boolean;
  nodeArgs?: string[];
}) {
  const nodeArgs = options.nodeArgs ?? [];
  const withWorker = options.withWorker ?? true;
  const port = 4600 + Math.floor(Math.random() * 300);
  const env = {
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `bench-${port}`,
    PORT: String(port),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    DEMO_SEED: 'off',
    WORKER_CONCURRENCY: '4',
    DATABASE_POOL_SIZE: '10',
  };
  const server = startProcess('main/server.ts', env, [...SERVER_NODE_ARGS, ...nodeArgs]);
  const worker = withWorker ? startProcess('main/worker.ts', env, [...WORKER_NODE_ARGS, ...nodeArgs]) : null;
  const base = `http://127.0.0.1:${port}`;
  // Like browsers behind a few proxies: a bounded set of kept-alive connections.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    await waitFor(`${base}/healthz`);
    const submit = (link: LinkFixture) =>
      new Promise<{ ok: boolean; ms: number }>((resolve, reject) => {
        const t0 = performance.now();
        const body = JSON.stringify({ answers: link.answers });
        const req = http.request(
          `${base}/api/s/${link.code}/responses`,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ ok: res.statusCode === 201, ms: performance.now() - t0 }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const countAt = async (p: LinkFixture) => {
      const r = await options.sql.query<{ n: number }>(
        `select n from indicator_values where round_id = $1 and unit_id = $2 and indicator_key = 'wellbeing' and breakdown_key = ''`,
        [p.roundId, p.unitId],
      );
      return r.rows[0] ? Number(r.rows[0].n) : 0;
    };
    const httpTimes: number[] = [];
    const lags: number[] = [];
    let failed = 0;
    let sent = 0;
    const cpuAtStart = {
      server: cpuSeconds(server.pid!),
      worker: worker ? cpuSeconds(worker.pid!) : 0,
      load: cpuSeconds(),
      postgres: cpuSecondsByName('postgres'),
      redis: cpuSecondsByName('redis-server'),
    };
    const started = performance.now();
    const elapsedMs = () => performance.now() - started;
    const load = async () => {
      const inFlight = new Set<Promise<void>>();
      const tickMs = 20;
      for (let tick = 1; elapsedMs() < options.seconds * 1000; tick++) {
        const dueBy = Math.floor((options.ratePerSecond * tick * tickMs) / 1000);
        while (sent < dueBy) {
          const link = options.load[sent++ % options.load.length]!;
          const p: Promise<void> = submit(link)
            .then((r) => (r.ok ? void httpTimes.push(r.ms) : void failed++))
            .catch(() => void failed++)
            .finally(() => inFlight.delete(p));
          inFlight.add(p);
        }
        await sleep(Math.max(0, tick * tickMs - elapsedMs()));
      }
      await Promise.all(inFlight);
    };
    // A probe every 250 ms, each to its own class, each waiting on its own.
    let probeFailures = 0;
    const probeOnce = async (fixture: LinkFixture) => {
      const before = await countAt(fixture);
      const t0 = performance.now();
      const accepted = await submit(fixture).catch(() => ({ ok: false }));
      if (!accepted.ok) return void probeFailures++;
      while ((await countAt(fixture)) <= before && performance.now() - t0 < 60_000) await sleep(50);
      lags.push(performance.now() - t0);
    };
    const probe = async () => {
      await sleep(3000); // steady state first
      const running: Promise<void>[] = [];
      for (let i = 0; elapsedMs() < (options.seconds - 1) * 1000 && i < options.probes.length; i++) {
        running.push(probeOnce(options.probes[i]!));
        await sleep(250);
      }
      await Promise.all(running);
    };
    await Promise.all(withWorker ? [load(), probe()] : [load()]);
    const seconds = elapsedMs() / 1000;
    const cpuShare = (now: number, before: number) => Math.round(((now - before) / seconds) * 100) / 100;
    const coresUsed = {
      server: cpuShare(cpuSeconds(server.pid!), cpuAtStart.server),
      worker: worker ? cpuShare(cpuSeconds(worker.pid!), cpuAtStart.worker) : 0,
      loadGenerator: cpuShare(cpuSeconds(), cpuAtStart.load),
      postgres: cpuShare(cpuSecondsSince(cpuAtStart.postgres, cpuSecondsByName('postgres')), 0),
      redis: cpuShare(cpuSecondsSince(cpuAtStart.redis, cpuSecondsByName('redis-server')), 0),
    };
    // The queue must drain too: wait until no recompute marker is left.
    const drainStart = performance.now();
    while (withWorker && (await options.sql.query('select 1 from recompute_requests limit 1')).rowCount! > 0)
      await sleep(100);
    return {
      sent,
      achievedPerSecond: httpTimes.length / seconds,
      failed,
      httpP50Ms: percentile(httpTimes, 0.5),
      httpP99Ms: percentile(httpTimes, 0.99),
      lagP50Ms: percentile(lags, 0.5),
      lagP95Ms: percentile(lags, 0.95),
      lagMaxMs: Math.max(...lags),
      probes: lags.length,
      probeFailures,
      drainMs: performance.now() - drainStart,
      coresUsed,
      workerPeakMb: worker ? peakMemoryMb(worker.pid!) : null,
      serverPeakMb: peakMemoryMb(server.pid!),
    };
  } finally {
    agent.destroy();
    const children = worker ? [server, worker] : [server];
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
    // The run's queue: nothing is left behind in Redis (the processes have stopped writing).
    await deleteKeysUnder(env.REDIS_URL, env.REDIS_PREFIX);
  }
}
