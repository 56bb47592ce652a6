import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import IORedis from 'ioredis';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { createInstrumentCache } from '../../db/instrument-cache';
import { registerInstrumentVersion } from '../../db/repositories/instrument-versions';
import { readSurveyDefinitions } from '../../main/read-survey-definitions';
import { mulberry32 } from '../../scripts/demo/mulberry32';
import { simulateRespondent } from '../../scripts/demo/simulate-answers';
import { aMunicipality } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { startProcess, type RunningProcess } from '../support/processes';
import { POSTGRES_ADMIN_URL, REDIS_URL } from '../support/services';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

/*
 * Real server processes (main/server.ts) on PostgreSQL and Redis. The outage goes through a TCP
 * proxy that the test cuts, so the machine's shared PostgreSQL keeps running for everyone else.
 */

type Outcome = { status: number; retryAfter: string | undefined } | { error: string };

/** One POST on a connection of its own (no keep-alive): refused, cut, or answered. */
function postOnce(url: string, body: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.once('end', () =>
          resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }),
        );
      },
    );
    req.once('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(JSON.stringify(body));
  });
}

/** A request whose body is half sent: in flight until `finish()`, which resolves to its status. */
async function halfSent(port: number, path: string, body: unknown) {
  const text = JSON.stringify(body);
  const socket = net.connect({ port, host: '127.0.0.1' });
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const half = Math.floor(text.length / 2);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text.slice(0, half)}`,
  );
  return {
    closed,
    async finish(): Promise<number | string> {
      // Not end(): a client that half-closes has its request dropped by Node's HTTP server.
      socket.write(text.slice(half));
      await closed;
      return Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? NaN) || `no answer: ${received || 'closed'}`;
    },
  };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> {
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
  }
}

describe('outages and restarts: real server processes on PostgreSQL and Redis', () => {
  const suffix = randomBytes(6).toString('hex');
  const dbName = `malbar_test_${suffix}`;
  const databaseUrl = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: `malbar-test-${suffix}`,
    SESSION_SECRET: 'outages-and-restarts-secret-0123456789',
    PORT: '0',
    SWEEP_INTERVAL_MS: '500',
  };
  const listening = /listening on (http:\/\/[^\s]+)/;
  const processes: RunningProcess[] = [];
  let database: DatabaseHandle;
  let proxy: TcpProxy | undefined;
  let parents: CheckedInstrument;
  let code: string;
  let roundId: string;
  const random = mulberry32(17);
  /** A parent's answers with a comment no log may ever hold. */
  const answers = (marker: string) => ({
    ...simulateRespondent(parents, 4, random),
    comment: `SECRET-ANSWER-${marker}`,
  });
  const storedIds = async (ids: string[]) => {
    const { rows } = (await database.db.execute(
      sql`select submission_id::text as id from responses where round_id = ${roundId}`,
    )) as unknown as { rows: { id: string }[] };
    const stored = new Set(rows.map((r) => r.id));
    return ids.filter((id) => stored.has(id));
  };

  beforeAll(async () => {
    await admin(`create database ${dbName}`);
    database = await connectDatabase({ kind: 'postgres', url: databaseUrl });
    await database.migrate();
    const versionIds: Record<string, string> = {};
    for (const d of readSurveyDefinitions())
      versionIds[d.instrumentKey] = await registerInstrumentVersion(database.db, d, new Date());
    const org = await aMunicipality(database.db).withClasses([3]).create();
    const round = await aRound(database.db, versionIds, 'parent-satisfaction')
      .forUnits([org.classes.get(3)!])
      .create();
    roundId = round.roundId;
    code = round.codes.get(org.classes.get(3)!.id)!;
    parents = await createInstrumentCache(database.db).get(versionIds['parent-satisfaction']!);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await proxy?.close();
    await database?.close();
    await admin(`drop database if exists ${dbName} with (force)`);
    const redis = new IORedis(REDIS_URL);
    const keys = await redis.keys(`${env.REDIS_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('when PostgreSQL is unreachable, then answers get 503 with Retry-After, the log gives the cause and a count but no answer, and answers are taken again once it is back', async () => {
    const postgres = new URL(POSTGRES_ADMIN_URL);
    proxy = await startTcpProxy({ host: postgres.hostname, port: Number(postgres.port || 5432) });
    const viaProxy = new URL(databaseUrl);
    viaProxy.port = String(proxy.port);
    const server = await startProcess('server', { ...env, DATABASE_URL: viaProxy.toString() }, listening);
    processes.push(server);
    const url = `${server.match[1]}/api/s/${code}/responses`;
    const before = await postOnce(url, {
      submissionId: randomUUID(),
      answers: answers('before'),
      locale: 'da',
    });
    expect(before).toMatchObject({ status: 201 });

    await proxy.cut();
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const during: Outcome[] = [];
    for (const [i, submissionId] of ids.entries())
      during.push(await postOnce(url, { submissionId, answers: answers(`down-${i}`), locale: 'da' }));

    expect(during).toEqual(Array(20).fill({ status: 503, retryAfter: '5' }));
    // One line at once, then one with how many more (after the 5 s window).
    const summary = await waitFor(
      'the count of refused answers in the log',
      async () =>
        /respondent requests get 503: (\d+) more in the last 5 s/.exec(server.output()) ?? undefined,
    );
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.includes('respondent requests get 503'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ECONNREFUSED|Connection terminated/);
    expect(1 + Number(summary[1])).toBe(20);
    const output = server.output();
    expect(output).not.toMatch(/SECRET-ANSWER|Failed query|params:/);
    for (const id of ids) expect(output).not.toContain(id);
    expect(output).not.toMatch(/Something went wrong|unhandled error/);

    await proxy.restore();
    const again = randomUUID();
    await waitFor('an answer to be taken again', async () => {
      const res = await postOnce(url, { submissionId: again, answers: answers('after'), locale: 'da' });
      return 'status' in res && res.status === 201;
    });
    expect(await storedIds([...ids, again])).toEqual([again]);
    expect(await server.stop()).toBe(0);
  });

  it('when a server gets SIGTERM with answers in flight, then it takes no new connection, answers every request it had with 201 and stores it, and cuts only what outlasts DRAIN_TIMEOUT_MS', async () => {
    const server = await startProcess('server', { ...env, DRAIN_TIMEOUT_MS: '6000' }, listening);
    processes.push(server);
    const base = server.match[1]!;
    const port = Number(new URL(base).port);
    const path = `/api/s/${code}/responses`;
    const inFlightIds = Array.from({ length: 20 }, () => randomUUID());
    const inFlight = await Promise.all(
      inFlightIds.map((submissionId, i) =>
        halfSent(port, path, { submissionId, answers: answers(`flight-${i}`), locale: 'da' }),
      ),
    );
    // Never finished: the drain must give up on it after DRAIN_TIMEOUT_MS.
    const stuck = await halfSent(port, path, { submissionId: randomUUID(), answers: answers('stuck') });
    // Answered after the connections above were made: the server has taken them in.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    // A steady stream of answers, each on a new connection, until the server refuses them.
    const streamed: { id: string; outcome: Outcome }[] = [];
    let stopStream = false;
    const stream = Promise.all(
      [1, 2, 3].map(async (worker) => {
        for (let i = 0; !stopStream && i < 30; i++) {
          const id = randomUUID();
          const outcome = await postOnce(`${base}${path}`, {
            submissionId: id,
            answers: answers(`s${worker}-${i}`),
          });
          streamed.push({ id, outcome });
          if ('error' in outcome && outcome.error === 'ECONNREFUSED') return;
        }
      }),
    );
    await waitFor('the stream to be answered', async () => streamed.length >= 3);
    const terminated = Date.now();
    const exited = server.stop();

    await waitFor('the server to refuse new connections', () => refusesConnections(port));
    const statuses = await Promise.all(inFlight.map((r) => r.finish()));
    stopStream = true;
    await stream;
    const exitCode = await exited;
    const drainMs = Date.now() - terminated;

    expect(statuses).toEqual(Array(20).fill(201));
    expect(exitCode).toBe(0);
    await stuck.closed; // cut, when the drain gave up on it
    expect(server.output()).toContain('Stopped waiting after 6000 ms: 1 request(s) in flight were cut');
    console.log(`SIGTERM to exit with one request stuck: ${drainMs} ms (DRAIN_TIMEOUT_MS 6000)`);

    const acknowledged = streamed.filter((s) => 'status' in s.outcome && s.outcome.status === 201);
    const refused = streamed.filter((s) => 'error' in s.outcome);
    expect(acknowledged.length + refused.length).toBe(streamed.length); // nothing but 201 or never taken
    expect(refused.map((s) => s.outcome)).toContainEqual({ error: 'ECONNREFUSED' });
    expect((await storedIds(inFlightIds)).sort()).toEqual([...inFlightIds].sort());
    const acknowledgedIds = acknowledged.map((s) => s.id);
    expect((await storedIds(acknowledgedIds)).sort()).toEqual(acknowledgedIds.sort());
    expect(await storedIds(refused.map((s) => s.id))).toEqual([]);
  });
});

async function admin(statement: string) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  await client.query(statement);
  await client.end();
}
