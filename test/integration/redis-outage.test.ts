import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { indicatorValues, recomputeRequests, responses } from '../../db/schema';
import { parseConfig } from '../../main/config';
import { startMalbar, type Malbar } from '../../main/runtime';
import { pupilAnswers } from '../builders/answers';
import { aPupilClass } from '../builders/pupil-class';
import { getJson, submit } from '../support/http';
import { REDIS_URL } from '../support/services';
import { deleteRedisPrefix, STORES, type TestStore } from '../support/stores';

const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

describe('postgres + redis: a response is kept while Redis is down and counted when a queue is back', () => {
  let store: TestStore;
  let worker: Malbar | undefined;
  const workerPrefix = `malbar-test-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    // Nothing listens on this port: the server's queue is down from the start.
    store = await postgres.start({ REDIS_URL: 'redis://127.0.0.1:6390' });
  });
  afterAll(async () => {
    await worker?.stop();
    await store?.stop();
    await deleteRedisPrefix(workerPrefix);
  });

  it('when Redis is unreachable, then the response is stored with its recompute marker, health says degraded, and a worker started later computes it', async () => {
    const { unit: sixA, code, pupil } = await aPupilClass(store);

    const res = await submit(
      store.url,
      code,
      pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
    );
    expect(res.status).toBe(201);
    expect(await store.db.select().from(responses).where(eq(responses.unitId, sixA.id))).toHaveLength(1);
    expect(
      await store.db.select().from(recomputeRequests).where(eq(recomputeRequests.unitId, sixA.id)),
    ).toHaveLength(1);
    const health = await getJson(`${store.url}/readyz`);
    expect(health).toMatchObject({
      status: 200,
      body: { status: 'degraded', database: { ok: true }, queue: { kind: 'redis', ok: false } },
    });

    // The queue is back: a worker on the real Redis sweeps the marker into a job.
    const config = parseConfig({
      DATABASE_URL: (store.config.database as { url: string }).url,
      REDIS_URL,
      REDIS_PREFIX: workerPrefix,
      SWEEP_INTERVAL_MS: '200',
    });
    worker = await startMalbar(config, 'worker');
    for (let i = 0; i < 100; i++) {
      const markers = await store.db
        .select()
        .from(recomputeRequests)
        .where(eq(recomputeRequests.unitId, sixA.id));
      if (markers.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const values = await store.db.select().from(indicatorValues).where(eq(indicatorValues.unitId, sixA.id));
    expect(values.find((v) => v.indicatorKey === 'wellbeing' && v.breakdownKey === '')).toMatchObject({
      n: 1,
      suppressed: true,
    });
    expect(
      await store.db.select().from(recomputeRequests).where(eq(recomputeRequests.unitId, sixA.id)),
    ).toHaveLength(0);
  });
});
