import http from 'node:http';
import { coresUsed, readCpu } from '../intake/cpu-accounting';
import { percentile } from '../national/stats';
import type { Endpoint } from './endpoints';

export interface Latencies {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export interface EndpointResult {
  endpoint: Endpoint;
  sequential: Latencies;
  concurrent: (Latencies & { concurrency: number }) | null;
  /** Body size of the last answer. */
  bytes: number;
  /** CPU per sequential request: the server process, and the bench database's PostgreSQL backends. */
  serverCpuMs: number;
  postgresCpuMs: number;
  /** Cores busy with anything else during the sequential run (other people's work: noise). */
  otherCores: number;
  /** The sequential run on the monotonic clock (µs), to cut the server's CPU profile. */
  window: { startUs: number; endUs: number };
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Warm-up, then `requests` requests one after the other (each timed from sending to the last byte),
 * then optionally the same number with `concurrency` in flight. Any answer other than 200 fails.
 */
export async function measureEndpoint(
  target: {
    baseUrl: string;
    cookie: string;
    serverPid: number;
    databaseName: string;
    /** Moves a counter of what results are computed from, as any write does (endpoint.afterAChange). */
    change: () => Promise<void>;
  },
  endpoint: Endpoint,
  settings: { warmup: number; requests: number; concurrency: number },
): Promise<EndpointResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(1, settings.concurrency) });
  const get = async () => {
    if (endpoint.afterAChange) await target.change();
    return timedGet(`${target.baseUrl}${endpoint.path}`, target.cookie, agent);
  };
  try {
    for (let i = 0; i < settings.warmup; i++) await get();
    const processes = [{ name: 'server', pid: target.serverPid }];
    const before = readCpu(processes, target.databaseName);
    const startUs = monotonicUs();
    const sequential = await run(settings.requests, 1, get);
    const window = { startUs, endUs: monotonicUs() };
    const seconds = (window.endUs - window.startUs) / 1e6;
    const cpu = cpuPerRequest(coresUsed(before, readCpu(processes, target.databaseName), seconds), {
      seconds,
      requests: settings.requests,
    });
    const concurrent =
      settings.concurrency > 0
        ? { ...(await run(settings.requests, settings.concurrency, get)), concurrency: settings.concurrency }
        : null;
    const { bytes } = await get();
    return { endpoint, sequential, concurrent, bytes, ...cpu, window };
  } finally {
    agent.destroy();
  }
}

/** The server's and the bench database's CPU per request, and everyone else's cores meanwhile. */
function cpuPerRequest(
  cores: Record<string, number>,
  { seconds, requests }: { seconds: number; requests: number },
) {
  const [server, postgres, bench] = [
    cores['server'] ?? 0,
    cores['postgres (bench db backends)'] ?? 0,
    cores['bench (autocannon)'] ?? 0,
  ];
  const perRequestMs = (c: number) => (c * seconds * 1000) / requests;
  return {
    serverCpuMs: perRequestMs(server),
    postgresCpuMs: perRequestMs(postgres),
    otherCores: (cores['machine: busy (all processes)'] ?? 0) - server - postgres - bench,
  };
}

async function run(
  requests: number,
  inFlight: number,
  get: () => Promise<{ ms: number; bytes: number }>,
): Promise<Latencies> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < requests) times.push((await get()).ms);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    n: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    max: Math.max(...times),
    perSecond: times.length / seconds,
  };
}

function timedGet(url: string, cookie: string, agent: http.Agent): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { agent, headers: { cookie, accept: 'application/json' } }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (res.statusCode !== 200) chunks.push(chunk);
      });
      res.on('end', () => {
        const ms = performance.now() - t0;
        if (res.statusCode === 200) return resolve({ ms, bytes });
        reject(new Error(`GET ${url}: ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 300)}`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
