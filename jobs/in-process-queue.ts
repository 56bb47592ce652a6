import type { z } from 'zod';
import type { EnqueueOptions, JobDefinition, JobHandlers, JobQueue } from './define-job';
import { roundIdOf, runObserved, type JobObserver } from './job-observer';

interface Queued {
  data: unknown;
  requestId: string | undefined;
  queuedAt: number;
}

interface Slot {
  running: boolean;
  /** The latest data queued while a run was active; it runs right after (keepLastIfActive). */
  next: Queued | undefined;
}

export interface InProcessQueue extends JobQueue {
  /** Resolves when no job is running or waiting. */
  idle(): Promise<void>;
}

/**
 * The embedded default's queue: the same handlers as the BullMQ worker, run in this process,
 * with the same coalescing — a burst for one key becomes one run, plus one more if data arrived
 * while it ran. Each run is reported to `observer` (its job line and metrics); without one, a
 * failed run goes to `onError`, as does a scheduled job that could not be queued.
 */
export function createInProcessQueue(
  handlers: JobHandlers,
  onError: (jobName: string, error: unknown) => void,
  observer: JobObserver = {
    finished: (run, outcome, _ms, e) => outcome === 'failed' && onError(run.name, e),
  },
): InProcessQueue {
  const slots = new Map<string, Slot>();
  const running = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  async function drain(key: string, name: string): Promise<void> {
    const slot = slots.get(key)!;
    for (let queued = slot.next; queued !== undefined; queued = slot.next) {
      slot.running = true;
      slot.next = undefined;
      const handler = handlers.get(name)!;
      const data = handler.definition.schema.parse(queued.data);
      const run = {
        name,
        roundId: roundIdOf(data),
        requestId: queued.requestId,
        queuedAt: queued.queuedAt,
        attempt: 1,
      };
      await runObserved(observer, run, () =>
        handler.handle(data, { reportProgress: async () => undefined }),
      ).catch(() => undefined); // reported by the observer
    }
    slots.delete(key);
  }

  const queue: InProcessQueue = {
    kind: 'in-process',
    async enqueue<S extends z.ZodType>(
      definition: JobDefinition<S>,
      data: z.infer<S>,
      options: EnqueueOptions = {},
    ) {
      if (closed) throw new Error('queue is closed');
      if (!handlers.has(definition.name)) throw new Error(`no handler for job ${definition.name}`);
      const payload = definition.schema.parse(data);
      const key = definition.deduplicationKey(payload);
      const slot = slots.get(key);
      if (slot) {
        // As BullMQ: a job not yet started absorbs this one; a running one keeps the latest to run next.
        if (slot.running)
          slot.next = {
            data: payload,
            requestId: options.requestId,
            queuedAt: slot.next?.queuedAt ?? Date.now(),
          };
        return;
      }
      slots.set(key, {
        running: false,
        next: { data: payload, requestId: options.requestId, queuedAt: Date.now() },
      });
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => drain(key, definition.name))
        .finally(() => running.delete(run));
      running.add(run);
    },
    async schedule<S extends z.ZodType>(definition: JobDefinition<S>, data: z.infer<S>, everyMs: number) {
      await queue.enqueue(definition, data);
      // Coalesced like any job: a run still going when the next is due is followed by one more.
      const timer = setInterval(() => {
        queue.enqueue(definition, data).catch((error: unknown) => onError(definition.name, error));
      }, everyMs);
      timer.unref();
      timers.add(timer);
    },
    ping: async () => undefined,
    async stats() {
      let [waiting, active, oldest] = [0, 0, Infinity];
      for (const slot of slots.values()) {
        if (slot.running) active++;
        if (!slot.next) continue;
        waiting++;
        oldest = Math.min(oldest, slot.next.queuedAt);
      }
      const oldestWaitingSeconds = oldest === Infinity ? 0 : (Date.now() - oldest) / 1000;
      return { waiting, active, delayed: 0, failed: 0, oldestWaitingSeconds };
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    async close() {
      closed = true;
      for (const timer of timers) clearInterval(timer);
      while (running.size > 0) await Promise.all([...running]);
    },
  };
  return queue;
}
