import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { parseConfig } from '../../main/config';
import { createLogger, logTo } from '../../main/logger';
import { startMalbar } from '../../main/runtime';
import { aMunicipality } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson } from '../support/http';
import { POSTGRES_ADMIN_URL } from '../support/services';
import { STORES, type TestStore } from '../support/stores';

/*
 * Issue 23: JSON log lines with no personal data, a request id from the HTTP request to the job
 * it queued, Prometheus metrics that move with the answers, and the probes.
 */

// Markers no log line may hold: an answer, an e-mail address, a cookie, a bearer token, a personal code.
const ANSWER = 'MARKER-ANSWER-Min-lærer-er-sød';
const EMAIL = 'ida.marker@example.dk';
const COOKIE = 'MARKER-COOKIE-5f1e';
const BEARER = 'MARKER-BEARER-9c2d';
const PERSONAL_CODE = 'MRKR-T0KN-4XYZ';

/** Log lines written while a store runs, read from the stream its logger writes to. */
function capturedLog() {
  const chunks: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => chunks.push(line) },
  });
  const lines = () => chunks.join('').split('\n').filter(Boolean);
  return { logger, lines, text: () => chunks.join('') };
}

async function waitFor(condition: () => boolean, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
}

/** A parent-satisfaction round (its survey has a comment) on the daycare: the open link's code. */
async function aParentRound(store: TestStore) {
  const org = await aMunicipality(store.db).withClasses([6]).create();
  const round = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
    .forUnits([org.daycare])
    .create();
  return { roundId: round.roundId, code: round.codes.get(org.daycare.id)!, org };
}

const answer = (store: TestStore, code: string, answers: unknown, headers: Record<string, string> = {}) =>
  postJson(
    `${store.url}/api/s/${code}/responses`,
    { submissionId: randomUUID(), answers, locale: 'da' },
    headers,
  );

/** A sample's value in Prometheus' text format (0 when the series is not there yet). */
function sample(metrics: string, name: string, labels = ''): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

for (const kind of STORES) {
  describe(`${kind.name}: logs`, () => {
    let store: TestStore;
    const log = capturedLog();
    beforeAll(async () => {
      store = await kind.start({}, { logger: log.logger });
    });
    afterAll(() => store?.stop());

    it('when a respondent answers with personal data in the comment, the URL and the headers, then every log line is JSON and none holds any of it', async () => {
      const { code } = await aParentRound(store);
      const secrets = { cookie: `malbar_session=${COOKIE}`, authorization: `Bearer ${BEARER}` };
      const taken = await answer(
        store,
        code,
        { overall_satisfaction: 4, comment: `${ANSWER} ${EMAIL}` },
        secrets,
      );
      expect(taken.status).toBe(201);
      const refused = await answer(store, code, { overall_satisfaction: 99, comment: ANSWER }, secrets);
      expect(refused.status).toBe(422);
      const malformed = await answer(store, code, { overall_satisfaction: 4, comment: `${ANSWER}\u0000` });
      expect(malformed.status).toBe(400);
      expect((await fetch(`${store.url}/t/${PERSONAL_CODE}`, { headers: secrets })).status).toBe(404);
      await store.settled();
      // The lines say what happened, by route pattern. A request's line is written when its
      // response has finished and a job's when its run ends, either maybe just after the client
      // or the markers see it: wait for them.
      const expected = expect.arrayContaining([
        expect.objectContaining({
          msg: 'request',
          method: 'POST',
          route: '/api/s/:code/responses',
          status: 201,
        }),
        expect.objectContaining({ msg: 'request', route: '/api/s/:code/responses', status: 422 }),
        expect.objectContaining({ msg: 'request', route: '/t/:code', status: 404 }),
        expect.objectContaining({ msg: 'job', job: 'indicators.recompute-round', outcome: 'completed' }),
      ]);
      const parsed = () => log.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
      await waitFor(() => expected.asymmetricMatch(parsed())).catch(() => undefined);
      const lines = parsed();
      expect(lines).toEqual(expected);
      for (const secret of [ANSWER, EMAIL, COOKIE, BEARER, PERSONAL_CODE, code])
        expect(log.text()).not.toContain(secret);
      for (const line of lines)
        expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String) });
    });

    it('when a request brings an X-Request-Id, then it comes back and the recompute job it queued logs it', async () => {
      const { code, roundId } = await aParentRound(store);
      const requestId = `lb-${randomUUID().slice(0, 8)}`;
      const res = await fetch(`${store.url}/api/s/${code}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: store.url, 'x-request-id': requestId },
        body: JSON.stringify({
          submissionId: randomUUID(),
          answers: { overall_satisfaction: 5 },
          locale: 'da',
        }),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      await store.settled();
      const parsed = () => log.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
      await waitFor(() => parsed().some((line) => line.msg === 'request' && line.requestId === requestId));
      expect(parsed()).toContainEqual(expect.objectContaining({ msg: 'request', requestId, status: 201 }));
      // The job's line is written when the run ends, which may be just after its markers are gone.
      await waitFor(() =>
        parsed().some(
          (line) =>
            line.msg === 'job' &&
            line.job === 'indicators.recompute-round' &&
            line.roundId === roundId &&
            line.requestId === requestId,
        ),
      );
    });

    it('when quality staff publish interim results with an X-Request-Id, then the release job logs it too', async () => {
      const { code, roundId, org } = await aParentRound(store);
      expect((await answer(store, code, { overall_satisfaction: 5 })).status).toBe(201);
      await store.settled();
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const requestId = `staff-${randomUUID().slice(0, 8)}`;
      const asked = await postJson(
        `${store.url}/api/rounds/${roundId}/releases`,
        {},
        { cookie, 'x-request-id': requestId },
      );
      expect(asked.status).toBe(202);
      await waitFor(() =>
        log
          .lines()
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .some(
            (line) => line.msg === 'job' && line.job === 'rounds.release' && line.requestId === requestId,
          ),
      );
    });

    it('when the X-Request-Id is not a short plain one, then a fresh id replaces it', async () => {
      const res = await fetch(`${store.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const mine = await fetch(`${store.url}/healthz`);
      expect(mine.headers.get('x-request-id')).not.toBe(res.headers.get('x-request-id'));
    });
  });

  describe(`${kind.name}: metrics`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await kind.start(
        { METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' },
        { logger: capturedLog().logger },
      );
    });
    afterAll(() => store?.stop());
    const scrape = async () => (await fetch(`${store.malbar.metricsUrl}/metrics`)).text();

    it('when answers arrive and are recomputed and released, then the counters and histograms move', async () => {
      const { code, roundId } = await aParentRound(store);
      const before = await scrape();
      expect((await answer(store, code, { overall_satisfaction: 4 })).status).toBe(201);
      expect((await answer(store, code, { overall_satisfaction: 99 })).status).toBe(422);
      await store.settled();
      await store.release(roundId, 'interim');
      const after = await scrape();

      expect(sample(after, 'malbar_answers_accepted_total')).toBe(
        sample(before, 'malbar_answers_accepted_total') + 1,
      );
      const refused = 'malbar_answers_refused_total';
      expect(sample(after, refused, 'reason="validation_failed"')).toBe(
        sample(before, refused, 'reason="validation_failed"') + 1,
      );
      const posted = 'method="POST",route="/api/s/:code/responses",status="201"';
      expect(sample(after, 'malbar_http_request_duration_seconds_count', posted)).toBeGreaterThan(
        sample(before, 'malbar_http_request_duration_seconds_count', posted),
      );
      const recompute = 'job="indicators.recompute-round",outcome="completed"';
      expect(sample(after, 'malbar_job_duration_seconds_count', recompute)).toBeGreaterThan(
        sample(before, 'malbar_job_duration_seconds_count', recompute),
      );
      expect(sample(after, 'malbar_submit_to_indicator_lag_seconds_count')).toBeGreaterThan(
        sample(before, 'malbar_submit_to_indicator_lag_seconds_count'),
      );
      expect(sample(after, 'malbar_anonymity_audit_duration_seconds_count')).toBeGreaterThan(
        sample(before, 'malbar_anonymity_audit_duration_seconds_count'),
      );
      for (const series of [
        'malbar_queue_jobs{state="waiting"}',
        'malbar_queue_oldest_waiting_seconds',
        'malbar_mail_sent_total',
        'malbar_mail_failed_total',
        '# TYPE malbar_import_rows_total counter',
        '# TYPE malbar_pdf_renders_total counter',
        'process_cpu_user_seconds_total',
        'nodejs_eventloop_lag_seconds',
      ])
        expect(after).toContain(series);
    });

    it('when /metrics is asked on the public port, then it is not there', async () => {
      expect((await fetch(`${store.url}/metrics`)).status).toBe(404);
    });
  });

  describe(`${kind.name}: probes`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await kind.start({}, { logger: capturedLog().logger });
    });
    afterAll(() => store?.stop());

    it('when everything is up, then /healthz answers without asking anything and /readyz says ready', async () => {
      expect(await (await fetch(`${store.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${store.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        database: { kind: store.malbar.database.kind, ok: true },
        queue: { kind: store.malbar.queue.kind, ok: true },
      });
    });

    it("when the database lacks this version's newest migration, then /readyz is 503 and says so", async () => {
      const newest = sql`(select max(created_at) from drizzle.__drizzle_migrations)`;
      const { rows } = (await store.db.execute(
        sql`delete from drizzle.__drizzle_migrations where created_at = ${newest} returning hash, created_at`,
      )) as unknown as { rows: { hash: string; created_at: string }[] };
      try {
        const res = await fetch(`${store.url}/readyz`);
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ status: 'not_ready', reason: 'database_not_migrated' });
        expect((await fetch(`${store.url}/healthz`)).status).toBe(200);
      } finally {
        const [row] = rows;
        await store.db.execute(
          sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${row!.hash}, ${row!.created_at})`,
        );
      }
      expect((await fetch(`${store.url}/readyz`)).status).toBe(200);
    });
  });
}

describe('postgres + redis: readiness when a service is gone', () => {
  const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

  it('when the database is dropped under a running server, then /readyz is 503 (unreachable) and /healthz still 200', async () => {
    const store = await postgres.start({}, { logger: capturedLog().logger });
    try {
      const name = new URL((store.config.database as { url: string }).url).pathname.slice(1);
      await adminQuery(`drop database ${name} with (force)`);
      const res = await fetch(`${store.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'not_ready',
        reason: 'database_unreachable',
        database: { kind: 'postgres', ok: false },
      });
      expect((await fetch(`${store.url}/healthz`)).status).toBe(200);
    } finally {
      await store.stop();
    }
  });

  it('when a worker cannot reach Redis, then its /readyz on the metrics port is 503 (a server would stay ready, degraded)', async () => {
    const store = await postgres.start(
      { REDIS_URL: 'redis://127.0.0.1:6390' },
      { logger: capturedLog().logger },
    );
    const worker = await startMalbar(
      parseConfig({
        DATABASE_URL: (store.config.database as { url: string }).url,
        REDIS_URL: 'redis://127.0.0.1:6390',
        METRICS_PORT: '0',
        METRICS_HOST: '127.0.0.1',
      }),
      'worker',
      { logger: capturedLog().logger },
    );
    try {
      const server = await fetch(`${store.url}/readyz`);
      expect(server.status).toBe(200);
      expect(await server.json()).toMatchObject({ status: 'degraded', queue: { kind: 'redis', ok: false } });
      const res = await fetch(`${worker.metricsUrl}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'not_ready', reason: 'queue_unreachable' });
      expect((await fetch(`${worker.metricsUrl}/healthz`)).status).toBe(200);
    } finally {
      await worker.stop();
      await store.stop();
    }
  });
});

async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe('the logger itself', () => {
  it("when an error carries a failed query's parameters, or a caller passes personal fields, then the line holds neither", () => {
    const log = capturedLog();
    const query = 'insert into responses (answers) values ($1)';
    const failed = Object.assign(new Error(`Failed query: ${query}\nparams: ${ANSWER}`), {
      query,
      params: [ANSWER],
    });
    logTo(log.logger, 'unhandled error', failed);
    log.logger.info({ email: EMAIL, answers: { comment: ANSWER }, cookie: COOKIE, route: '/x' }, 'careless');
    const [error, careless] = log.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(error).toMatchObject({ level: 'error', err: expect.stringContaining('(parameters not logged)') });
    expect(careless).toMatchObject({
      email: '[not logged]',
      answers: '[not logged]',
      cookie: '[not logged]',
      route: '/x',
    });
    for (const secret of [ANSWER, EMAIL, COOKIE]) expect(log.text()).not.toContain(secret);
  });
});
