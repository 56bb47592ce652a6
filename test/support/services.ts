import { execSync } from 'node:child_process';
import net from 'node:net';

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

const START_COMMANDS = {
  postgres: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | tail -n1) main start',
  redis:
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /tmp --logfile /tmp/malbar-test-redis.log',
};

/**
 * The tests need the real PostgreSQL and Redis. Start them when they are installed but stopped;
 * otherwise fail with a message that says what to do (never skip).
 */
export async function ensureService(name: 'postgres' | 'redis', port: number): Promise<void> {
  if (await reachable('127.0.0.1', port)) return;
  try {
    execSync(START_COMMANDS[name], { stdio: 'ignore', timeout: 30_000 });
  } catch {
    // reported below
  }
  for (let i = 0; i < 30; i++) {
    if (await reachable('127.0.0.1', port)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `${name} is not reachable on 127.0.0.1:${port} and could not be started. ` +
      `Install and start it (see .ci/run), or point TEST_${name.toUpperCase()}_URL at one.`,
  );
}
