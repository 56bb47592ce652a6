import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** A process of the measurement: a server, the worker or a ceiling server, with the name it is reported by. */
export interface BenchChild {
  name: string;
  process: ChildProcess;
  pid: number;
}

/** `node --import tsx <entry>` (what `tsx <entry>` runs, without tsx's own parent process in between). */
export function startChild(
  name: string,
  entry: string,
  options: { env?: Record<string, string>; args?: string[]; nodeArgs?: string[] } = {},
): BenchChild {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', path.join(ROOT, entry), ...(options.args ?? [])],
    {
      cwd: ROOT,
      // The children are configured by `env` alone; PATH and the like pass through.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(prefixLines(`[${name}] `, d.toString())));
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  return { name, process: child, pid: child.pid };
}

const prefixLines = (prefix: string, text: string) =>
  text
    .split('\n')
    .map((line, i, all) => (i === all.length - 1 && line === '' ? '' : `${prefix}${line}\n`))
    .join('');

/** Polls `url` until it answers 200; fails early if the child has exited. */
export async function waitForHealth(child: BenchChild, url: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.process.exitCode !== null)
      throw new Error(`${child.name} exited with code ${child.process.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} (${child.name}) did not come up within ${timeoutMs / 1000} s`);
}

/** SIGTERM (the processes stop gracefully), SIGKILL after 10 s. */
export async function stopChildren(children: BenchChild[]): Promise<void> {
  await Promise.all(
    children.map(async ({ process: child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** n different free ports. */
export async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}
