import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { Client } from 'pg';
import { SERVER_NODE_ARGS, WORKER_NODE_ARGS } from '../../main/node-args';
import { POSTGRES_ADMIN_URL, REDIS_URL } from '../support/services';
import { deleteRedisPrefix } from '../support/stores';

/*
 * No container engine runs on the development and CI machines (docker answers, but only as a
 * client), so this runs what docker-compose.yml and the Dockerfile would run, as they would run it:
 * the image's CMD for the server, the compose file's command for the worker, the compose
 * environment (with this machine's PostgreSQL and Redis, and a port each, since here the
 * "containers" share one host), and the compose healthcheck's own command, which must answer 0.
 */

const ROOT = path.join(__dirname, '../..');

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};
/** The Dockerfile's last CMD, as JSON (exec form). */
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const imageCommand = JSON.parse(
  /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').split('\nFROM ').at(-1)!)![1]!,
) as string[];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Runs a command as the container would (node is the image's `node`), until it exits. */
function run(command: string[], env: Record<string, string>) {
  const [program, ...args] = command;
  const child = spawn(program === 'node' ? process.execPath : program!, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(what: string, probe: () => Promise<boolean>, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !(await probe()); await new Promise((r) => setTimeout(r, 200)))
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
}

describe('docker-compose.yml and the Dockerfile, their commands run on this machine', () => {
  const dbName = `malbar_test_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  const running: ReturnType<typeof run>[] = [];
  const redisPrefix = `malbar-test-${randomBytes(4).toString('hex')}`;

  beforeAll(() => admin(`create database ${dbName}`));
  afterAll(async () => {
    for (const process of running) if (process.child.exitCode === null) process.child.kill('SIGKILL');
    await admin(`drop database if exists ${dbName} with (force)`);
    await deleteRedisPrefix(redisPrefix);
  });

  it('when the server (the image’s CMD) and a worker (the compose command) start with the compose environment, then each passes the compose healthcheck, and each stops cleanly on SIGTERM', async () => {
    const server = compose.services.server!;
    const worker = compose.services.worker!;
    expect(worker.command).toEqual(['node', ...WORKER_NODE_ARGS, '--import', 'tsx', 'main/worker.ts']);
    expect(packageJson.scripts.worker).toBe(`node ${WORKER_NODE_ARGS.join(' ')} --import tsx main/worker.ts`);
    expect(imageCommand).toEqual(['node', ...SERVER_NODE_ARGS, '--import', 'tsx', 'main/server.ts']);
    for (const [script, entry] of [
      ['server', 'main/server.ts'],
      ['start', 'main/start.ts'],
    ] as const)
      expect(packageJson.scripts[script]).toBe(
        `npm run build:web --silent && node ${SERVER_NODE_ARGS.join(' ')} --import tsx ${entry}`,
      );
    const composeEnv = server.environment!;
    // What the compose file sets is what the processes get, but this machine's services and ports.
    const base = {
      ...composeEnv,
      DATABASE_URL: POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`),
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      SESSION_SECRET: 'compose-commands-secret-0123456789-abcdef',
      PUBLIC_URL: 'http://127.0.0.1',
      HOST: '127.0.0.1',
    };
    expect(Object.keys(composeEnv).sort()).toEqual(
      ['DATABASE_URL', 'HOST', 'METRICS_PORT', 'PORT', 'PUBLIC_URL', 'REDIS_URL', 'SESSION_SECRET'].sort(),
    );
    const ports = {
      server: await freePort(),
      serverMetrics: await freePort(),
      workerMetrics: await freePort(),
    };
    running.push(
      run(imageCommand, { ...base, PORT: String(ports.server), METRICS_PORT: String(ports.serverMetrics) }),
    );
    running.push(run(worker.command!, { ...base, METRICS_PORT: String(ports.workerMetrics) }));

    // The compose healthcheck, with the port each "container" got here instead of 9464.
    const healthcheck = (metricsPort: number) =>
      server.healthcheck!.test.slice(1).map((part) => part.replace('9464', String(metricsPort)));
    expect(server.healthcheck!.test.join(' ')).toContain('9464/readyz');
    const healthy = async (metricsPort: number) => (await run(healthcheck(metricsPort), {}).exited) === 0;
    for (const [name, port] of [
      ['server', ports.serverMetrics],
      ['worker', ports.workerMetrics],
    ] as const)
      await until(`the ${name}'s healthcheck`, () => healthy(port)).catch((error: Error) => {
        throw new Error(`${error.message}\n${running.map((p) => p.output()).join('\n---\n')}`);
      });
    const alive = await fetch(`http://127.0.0.1:${ports.server}/healthz`);
    expect(alive.status).toBe(200);

    for (const process of running) process.child.kill('SIGTERM');
    const codes = await Promise.all(running.map((p) => p.exited));
    if (codes.some((code) => code !== 0))
      throw new Error(`exit codes ${codes.join(', ')}:\n${running.map((p) => p.output()).join('\n---\n')}`);
  }, 120_000);
});
