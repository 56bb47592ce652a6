import type { z } from 'zod';
import type { EnqueueOptions, JobDefinition, JobQueue } from './define-job';

/**
 * Wraps a queue so that jobs with the same deduplication key are sent at most once per window,
 * with a trailing send after the last one: 30 pupils of a class submitting within a second cost
 * two queue calls, not thirty, and the last response is still followed by a job. Safe because a
 * job carries ids only and reads the durable recompute markers when it runs; if this process dies
 * with a send pending, the worker's sweeper finds the markers.
 */
export function coalescingQueue(
  queue: JobQueue,
  windowMs: number,
  onError: (error: unknown) => void,
): JobQueue {
  const lastSent = new Map<string, number>();
  const pending = new Map<string, { timer: NodeJS.Timeout; run: () => Promise<void> }>();
  // Requests per key since its last send: their rate tells the queue how busy the key is.
  const asked = new Map<string, number>();

  function send<S extends z.ZodType>(
    definition: JobDefinition<S>,
    data: z.infer<S>,
    key: string,
    requestId: string | undefined,
  ) {
    const now = Date.now();
    const since = lastSent.get(key);
    const count = asked.get(key) ?? 0;
    // Over at least one window, so a single request after a quiet spell does not look like a burst.
    const requestsPerSecond = since === undefined ? 0 : (count * 1000) / Math.max(now - since, windowMs);
    lastSent.set(key, now);
    asked.set(key, 0);
    return queue.enqueue(definition, data, { requestsPerSecond, requestId });
  }

  return {
    kind: queue.kind,
    // A trailing send carries the id of the request that scheduled it, one of those it covers.
    async enqueue<S extends z.ZodType>(
      definition: JobDefinition<S>,
      data: z.infer<S>,
      { requestId }: EnqueueOptions = {},
    ) {
      const key = `${definition.name}:${definition.deduplicationKey(data)}`;
      asked.set(key, (asked.get(key) ?? 0) + 1);
      if (pending.has(key)) return; // a trailing send is already scheduled
      const waited = Date.now() - (lastSent.get(key) ?? 0);
      if (waited >= windowMs) return send(definition, data, key, requestId);
      const run = () => {
        pending.delete(key);
        return send(definition, data, key, requestId).catch(onError);
      };
      pending.set(key, { timer: setTimeout(() => void run(), windowMs - waited), run });
      if (lastSent.size > 10_000) pruneOlderThan(lastSent, asked, windowMs);
    },
    schedule: (definition, data, everyMs) => queue.schedule(definition, data, everyMs),
    ping: () => queue.ping(),
    stats: () => queue.stats(),
    bullQueues: queue.bullQueues?.bind(queue),
    async close() {
      const flushes = [...pending.values()].map(({ timer, run }) => {
        clearTimeout(timer);
        return run();
      });
      await Promise.all(flushes);
      await queue.close();
    },
  };
}

function pruneOlderThan(lastSent: Map<string, number>, asked: Map<string, number>, windowMs: number) {
  const cutoff = Date.now() - windowMs;
  for (const [key, at] of lastSent) {
    if (at < cutoff) {
      lastSent.delete(key);
      asked.delete(key);
    }
  }
}
