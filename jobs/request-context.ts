import { AsyncLocalStorage } from 'node:async_hooks';
import type { JobQueue } from './define-job';

/**
 * The request a staff member's action runs in, so that the jobs it queues (a release, an import,
 * invitations, a full recompute, a reset mail) carry its request id into the worker's log line
 * without every use case passing it on. Not used on the respondents' answer path: that passes its
 * id explicitly and pays for no async context (docs/decisions/0021).
 */
const requestContext = new AsyncLocalStorage<{ requestId: string | undefined }>();

export function runInRequestContext<T>(requestId: string | undefined, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/** The queue, with each job it is given tagged with the current request's id (unless it has one). */
export function queueInRequestContext(queue: JobQueue): JobQueue {
  const tagged: JobQueue = {
    kind: queue.kind,
    enqueue: (definition, data, options) =>
      queue.enqueue(definition, data, {
        ...options,
        requestId: options?.requestId ?? requestContext.getStore()?.requestId,
      }),
    schedule: (definition, data, everyMs) => queue.schedule(definition, data, everyMs),
    ping: () => queue.ping(),
    stats: () => queue.stats(),
    close: () => queue.close(),
  };
  if (queue.bullQueues) tagged.bullQueues = () => queue.bullQueues!();
  return tagged;
}
