import { randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { createBullmqQueue } from '../../jobs/bullmq-queue';
import { coalescingQueue } from '../../jobs/coalescing-queue';
import { QUEUE_NAME, recomputeRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { REDIS_URL } from '../support/services';

/*
 * A round's recompute waits 1.5 s in the queue so that it covers the responses of that time; a
 * round at its peak (more than 50 responses a second) waits 3 s, so each run covers more classes.
 * Checked on real BullMQ: the delay of the job that lands in Redis.
 */
describe('batch delay of a round’s recompute under light and heavy intake', () => {
  const prefix = `malbar-test-${randomBytes(6).toString('hex')}`;
  let queue: JobQueue;
  let inspect: Queue;
  let redis: IORedis;

  beforeAll(() => {
    queue = coalescingQueue(createBullmqQueue({ url: REDIS_URL, prefix }), 250, () => undefined);
    redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
    inspect = new Queue(QUEUE_NAME, { connection: redis, prefix });
  });
  afterAll(async () => {
    await queue.close();
    await inspect.obliterate({ force: true });
    await inspect.close();
    redis.disconnect();
  });

  const delayedJobOf = async (roundId: string) => {
    const jobs = await inspect.getDelayed();
    return jobs.find((job) => (job.data as { roundId: string }).roundId === roundId);
  };

  it('when a round gets one response now and then, then its recompute waits 1.5 s', async () => {
    const roundId = randomUUID();
    await queue.enqueue(recomputeRoundJob, { roundId });
    await new Promise((r) => setTimeout(r, 300));
    await queue.enqueue(recomputeRoundJob, { roundId });
    expect((await delayedJobOf(roundId))?.opts.delay).toBe(1500);
  });

  it('when a round gets hundreds of responses a second, then the recompute asked for after them waits 3 s', async () => {
    // A window of 5 s, so that every request of the burst falls inside it however slowly this
    // machine runs: the rate is counted from requests, not from how fast a timer fires.
    const heavy = coalescingQueue(createBullmqQueue({ url: REDIS_URL, prefix }), 5000, () => undefined);
    try {
      const roundId = randomUUID();
      await heavy.enqueue(recomputeRoundJob, { roundId }); // the first: nothing known yet
      await inspect.obliterate({ force: true }); // as if that job had run
      let asked = 0;
      for (const started = Date.now(); Date.now() - started < 600 || asked < 1000; asked++) {
        void heavy.enqueue(recomputeRoundJob, { roundId });
        if (asked % 50 === 0) await new Promise((r) => setImmediate(r));
      }
      // The trailing send of the window (5 s after the first), then the job in Redis.
      let job = await delayedJobOf(roundId);
      for (let i = 0; i < 150 && !job; i++) {
        await new Promise((r) => setTimeout(r, 100));
        job = await delayedJobOf(roundId);
      }
      expect({ asked: asked >= 1000, delay: job?.opts.delay }).toEqual({ asked: true, delay: 3000 });
    } finally {
      await heavy.close();
    }
  }, 120_000);
});
