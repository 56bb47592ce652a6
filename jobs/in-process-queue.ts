import type { z } from 'zod';
import type { JobDefinition, JobHandlers, JobQueue } from './define-job';

interface Slot {
  running: boolean;
  /** The latest data queued while a run was active; it runs right after (keepLastIfActive). */
  next: unknown | undefined;
}

export interface InProcessQueue extends JobQueue {
  /** Resolves when no job is running or waiting. */
  idle(): Promise<void>;
}

/**
 * The embedded default's queue: the same handlers as the BullMQ worker, run in this process,
 * with the same coalescing — a burst for one key becomes one run, plus one more if data arrived
 * while it ran.
 */
export function createInProcessQueue(
  handlers: JobHandlers,
  onError: (jobName: string, error: unknown) => void,
): InProcessQueue {
  const slots = new Map<string, Slot>();
  const running = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  async function drain(key: string, name: string, first: unknown): Promise<void> {
    const slot = slots.get(key)!;
    let data: unknown = first;
    while (data !== undefined) {
      slot.running = true;
      slot.next = undefined;
      const handler = handlers.get(name)!;
      await handler
        .handle(handler.definition.schema.parse(data), { reportProgress: async () => undefined })
        .catch((error: unknown) => onError(name, error));
      data = slot.next;
    }
    slots.delete(key);
  }

  const queue: InProcessQueue = {
    kind: 'in-process',
    async enqueue<S extends z.ZodType>(definition: JobDefinition<S>, data: z.infer<S>) {
      if (closed) throw new Error('queue is closed');
      if (!handlers.has(definition.name)) throw new Error(`no handler for job ${definition.name}`);
      const payload = definition.schema.parse(data);
      const key = definition.deduplicationKey(payload);
      const slot = slots.get(key);
      if (slot) {
        slot.next = payload;
        return;
      }
      slots.set(key, { running: false, next: undefined });
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => drain(key, definition.name, payload))
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
