import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAME } from '../../jobs/contracts';
import { pupilAnswers } from '../builders/answers';
import { aPupilClass } from '../builders/pupil-class';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: a burst of responses for one class`, () => {
    it('when 30 pupils submit at once, then every answer is counted and far fewer recomputes run than responses', async () => {
      const store = await kind.start();
      try {
        const { org, unit: sixA, code, pupil, roundId } = await aPupilClass(store);
        // 20 happy and 10 unhappy pupils, all at once.
        const results = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            submit(
              store.url,
              code,
              pupilAnswers(pupil, { grade: 6, wellbeing: i < 20 ? 5 : 1, bullied: false }),
            ),
          ),
        );
        expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
        await store.settled();
        await store.release(roundId);

        const cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
        const unit = (await getJson(`${store.url}/api/units/${sixA.id}/indicators`, { cookie })).body;
        const wellbeing = unit.rounds[0].indicators.find((i: Json) => i.key === 'wellbeing');
        expect(wellbeing.total).toMatchObject({ shown: true, n: 30, value: expect.closeTo(20 / 30, 6) });

        if (store.config.queue.kind === 'redis') {
          const connection = new IORedis(store.config.queue.url, { maxRetriesPerRequest: null });
          const queue = new Queue(QUEUE_NAME, { connection, prefix: store.config.queue.prefix });
          const { completed } = await queue.getJobCounts('completed');
          await queue.close();
          connection.disconnect();
          expect(completed).toBeGreaterThanOrEqual(1);
          expect(completed).toBeLessThan(30);
        }
      } finally {
        await store.stop();
      }
    });
  });
}
