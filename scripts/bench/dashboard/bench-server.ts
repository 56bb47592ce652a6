import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  startChild,
  stopChildren,
  waitForHealth,
  type BenchChild,
} from '../intake/child-processes';
import type { BenchUser } from './endpoints';
import { BENCH_LOGINS } from './generate-municipality';

export interface BenchServer {
  child: BenchChild;
  baseUrl: string;
  /** Session cookies, one per user. */
  cookies: Record<BenchUser, string>;
  /** Stops it; with --profile, answers the CPU profile of its main thread. */
  stop(): Promise<string | null>;
}

/**
 * `main/server.ts` in its own process, as production runs it, on the bench database; with no
 * REDIS_URL its jobs would run in-process (none are started by reading). Both users log in
 * through POST /login.
 */
export async function startBenchServer(options: {
  databaseUrl: string;
  pool: number;
  profileDir?: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = startChild('server', 'main/server.ts', {
    nodeArgs,
    env: {
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.pool),
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      REDIS_URL: '',
      DATA_DIR: path.join(os.tmpdir(), 'malbar-bench-dashboard'),
      SWEEP_INTERVAL_MS: '600000',
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChildren([child]);
    return options.profileDir ? mainThreadProfile(options.profileDir, child.pid) : null;
  };
  try {
    await waitForHealth(child, `${baseUrl}/healthz`);
    const cookies = {
      consultant: await logIn(baseUrl, BENCH_LOGINS.consultant),
      leader: await logIn(baseUrl, BENCH_LOGINS.leader),
    };
    return { child, baseUrl, cookies, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function logIn(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (res.status !== 200) throw new Error(`login of ${user.email} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/**
 * Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; tsx's module hooks run in
 * a thread of their own, so the server's requests are in thread 0's.
 */
function mainThreadProfile(dir: string, pid: number): string {
  const file = fs.readdirSync(dir).find((f) => new RegExp(`^CPU\\.\\d+\\.\\d+\\.${pid}\\.0\\.`).test(f));
  if (!file) throw new Error(`no CPU profile of process ${pid} in ${dir}`);
  return path.join(dir, file);
}
