import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { createInstrumentCache } from '../../db/instrument-cache';
import { registerInstrumentVersion } from '../../db/repositories/instrument-versions';
import { auditEvents } from '../../db/schema';
import { readSurveyDefinitions } from '../../main/read-survey-definitions';
import { SIGN_IN_LIMITS } from '../../server/throttle/sign-in-throttle';
import { ANSWER_LIMITS } from '../../server/throttle/answer-limits';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson } from '../support/http';
import { startProcess, type RunningProcess } from '../support/processes';
import { POSTGRES_ADMIN_URL, REDIS_URL } from '../support/services';

/**
 * Two `npm run server` processes on one database: the limits hold in total, not per process.
 * With Redis the counters are in Redis; without it, in PostgreSQL's rate_limits table.
 */
const SETUPS = [
  { name: 'postgres + redis', redis: true },
  { name: 'postgres without redis', redis: false },
];

for (const setup of SETUPS) {
  describe(`${setup.name}: limits across two server processes`, () => {
    const suffix = randomBytes(6).toString('hex');
    const dbName = `malbar_test_${suffix}`;
    const databaseUrl = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
    const prefix = `malbar-test-${suffix}`;
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      ...(setup.redis ? { REDIS_URL, REDIS_PREFIX: prefix } : {}),
      SESSION_SECRET: 'throttling-processes-secret-0123456789',
      PORT: '0',
      SWEEP_INTERVAL_MS: '500',
    };
    const processes: RunningProcess[] = [];
    let database: DatabaseHandle;
    let urls: [string, string];

    beforeAll(async () => {
      await admin(`create database ${dbName}`);
      const listening = /listening on (http:\/\/[^\s]+)/;
      // One after the other: both migrate the same new database at start.
      const serverA = await startProcess('server', env, listening);
      processes.push(serverA);
      const serverB = await startProcess('server', env, listening);
      processes.push(serverB);
      urls = [serverA.match[1]!, serverB.match[1]!];
      database = await connectDatabase({ kind: 'postgres', url: databaseUrl });
    });

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await database?.close();
      await admin(`drop database if exists ${dbName} with (force)`);
      if (setup.redis) {
        const redis = new IORedis(REDIS_URL);
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
      }
    });

    it('when wrong passwords are spread over both servers, then after the limit in total the right password is refused on either', async () => {
      const org = await aMunicipality(database.db).create();
      const admin = await aStaffUser(database.db, org.root, 'admin');
      const limit = SIGN_IN_LIMITS.accountAtAddress.failures;
      // Half on each: neither server alone reaches the limit. A made-up X-Forwarded-For changes
      // nothing: without TRUST_PROXY the servers go by the connection's address.
      for (let i = 0; i < limit; i++) {
        const res = await postJson(
          `${urls[i % 2]!}/login`,
          { ...admin, password: 'wrong guess' },
          { 'x-forwarded-for': `198.51.100.${i}` },
        );
        expect(res.status).toBe(401);
      }
      for (const url of urls) {
        const refused = await postJson(`${url}/login`, admin);
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('too_many_attempts');
      }
      const audited = await database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'sign_in_throttled'), eq(auditEvents.actor, admin.email)));
      expect(audited).toHaveLength(1);
    });

    it('when answers through one personal link are spread over both servers, then its allowance holds in total', async () => {
      const versionIds: Record<string, string> = {};
      for (const d of readSurveyDefinitions())
        versionIds[d.instrumentKey] = await registerInstrumentVersion(database.db, d, new Date());
      const org = await aMunicipality(database.db).withClasses([6]).create();
      const sixA = org.classes.get(6)!;
      const round = await aRound(database.db, versionIds, 'pupil-wellbeing').forUnits([sixA]).create();
      const pupil = await createInstrumentCache(database.db).get(versionIds['pupil-wellbeing']!);
      const consultant = await logIn(urls[0], await aStaffUser(database.db, org.root, 'consultant'));
      const [code] = await personalLinkCodes(urls[0], consultant, round.roundId, sixA.id, 1);
      const answer = (url: string) =>
        postJson(`${url}/api/t/${code}/responses`, {
          submissionId: randomUUID(),
          answers: pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
          locale: 'da',
        });

      // The allowance is a burst of 10: one answer is taken, the repeats are told it is used (410).
      const statuses: number[] = [];
      for (let i = 0; i < ANSWER_LIMITS.tokenSubmit.burst; i++)
        statuses.push((await answer(urls[i % 2]!)).status);
      expect(statuses[0]).toBe(201);
      expect(statuses.slice(1).every((s) => s === 410)).toBe(true);
      for (const url of urls) {
        const refused = await answer(url);
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('too_many_requests');
      }
    });
  });
}

async function admin(sql: string) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}
