import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { createInstrumentCache } from '../../db/instrument-cache';
import { registerInstrumentVersion } from '../../db/repositories/instrument-versions';
import { readSurveyDefinitions } from '../../main/read-survey-definitions';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit } from '../support/http';
import { startProcess, type RunningProcess } from '../support/processes';
import { POSTGRES_ADMIN_URL, REDIS_URL } from '../support/services';

describe('separate processes: two servers and a worker on PostgreSQL and Redis', () => {
  const suffix = randomBytes(6).toString('hex');
  const dbName = `malbar_test_${suffix}`;
  const databaseUrl = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: `malbar-test-${suffix}`,
    SESSION_SECRET: 'separate-processes-secret-0123456789',
    PORT: '0',
    SWEEP_INTERVAL_MS: '500',
  };
  const processes: RunningProcess[] = [];
  let database: DatabaseHandle;

  beforeAll(async () => {
    await admin(`create database ${dbName}`);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await database?.close();
    await admin(`drop database if exists ${dbName} with (force)`);
    const redis = new IORedis(REDIS_URL);
    const keys = await redis.keys(`${env.REDIS_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('when a response reaches one server, then the worker computes it, releases it when asked, and the other server shows it; SIGTERM stops each cleanly', async () => {
    const listening = /listening on (http:\/\/[^\s]+)/;
    const serverA = await startProcess('server', env, listening);
    const serverB = await startProcess('server', env, listening);
    const worker = await startProcess('worker', env, /worker running/);
    processes.push(serverA, serverB, worker);

    database = await connectDatabase({ kind: 'postgres', url: databaseUrl });
    const versionIds: Record<string, string> = {};
    for (const d of readSurveyDefinitions())
      versionIds[d.instrumentKey] = await registerInstrumentVersion(database.db, d, new Date());
    const org = await aMunicipality(database.db).withClasses([6]).create();
    const sixA = org.classes.get(6)!;
    const round = await aRound(database.db, versionIds, 'pupil-wellbeing').forUnits([sixA]).create();
    const pupil = await createInstrumentCache(database.db).get(versionIds['pupil-wellbeing']!);

    const [urlA, urlB] = [serverA.match[1]!, serverB.match[1]!];
    // The first answer comes with a load balancer's request id: the worker's job line names it.
    const requestId = `lb-${suffix}`;
    const answers = pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false });
    const first = await postJson(
      `${urlA}/api/s/${round.codes.get(sixA.id)!}/responses`,
      { answers, locale: 'da' },
      { 'x-request-id': requestId },
    );
    expect(first.status).toBe(201);
    for (let i = 0; i < 4; i++) {
      const res = await submit(urlA, round.codes.get(sixA.id)!, answers);
      expect(res.status).toBe(201);
    }
    const consultant = await aStaffUser(database.db, org.root);
    // Quality staff publish the results on one server; the worker makes the release.
    const asked = await postJson(
      `${urlA}/api/rounds/${round.roundId}/releases`,
      {},
      { cookie: await logIn(urlA, consultant) },
    );
    expect(asked.status).toBe(202);
    const cookie = await logIn(urlB, consultant);
    let total: unknown;
    for (let attempt = 0; attempt < 100 && !(total as { n?: number })?.n; attempt++) {
      await new Promise((r) => setTimeout(r, 100));
      const unit = await getJson(`${urlB}/api/units/${sixA.id}/indicators`, { cookie });
      total = unit.body.rounds[0]?.indicators.find((i: { key: string }) => i.key === 'wellbeing')?.total;
    }
    expect(total).toMatchObject({ shown: true, n: 5, value: 1 });
    expect((await getJson(`${urlA}/readyz`)).body).toMatchObject({
      status: 'ready',
      database: { kind: 'postgres' },
      queue: { kind: 'redis' },
    });

    // The recompute the answers queued waits its batch delay, and may run after the release.
    const recomputeLine = expect.objectContaining({
      msg: 'job',
      job: 'indicators.recompute-round',
      roundId: round.roundId,
      requestId,
    });
    const workerLines = () =>
      worker
        .output()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (let i = 0; i < 300 && !workerLines().some((line) => recomputeLine.asymmetricMatch(line)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(workerLines()).toContainEqual(recomputeLine);

    expect(await serverA.stop()).toBe(0);
    expect(await worker.stop()).toBe(0);
    expect(await serverB.stop()).toBe(0);
  });
});

async function admin(sql: string) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}
