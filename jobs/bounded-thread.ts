import { parentPort, Worker } from 'node:worker_threads';

/** What a thread may cost before it is stopped. */
export interface ThreadBounds {
  /** Its JavaScript heap; past it the thread dies, not the process. */
  heapMb: number;
  /** How long one answer may take. */
  answerWithinMs: number;
}

/** A thread stopped for going past its bounds: too much memory, or no answer in time. */
export class ThreadOverrun extends Error {
  constructor(readonly bound: 'memory' | 'time') {
    super(bound === 'memory' ? 'the thread ran out of memory' : 'the thread took too long');
    this.name = 'ThreadOverrun';
  }
}

export interface BoundedThread {
  /** Sends one message and waits for the thread's one answer. */
  ask<T>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}

// A thread has none of the process's loaders (ts-jest's in tests): it registers tsx itself and runs
// the TypeScript source, under `npm start` and in tests alike.
const TSX = require.resolve('tsx/cjs/api');

/**
 * Runs heavy work (parsing an uploaded file) in a worker thread of its own, for two reasons: the
 * process's event loop keeps answering meanwhile, which matters most in the embedded default where
 * jobs run in the server's process; and the work's memory is bounded and handed back when the
 * thread ends, so a hostile file can at worst kill its thread. `file` calls `answerRequests`.
 */
export function startBoundedThread(file: string, bounds: ThreadBounds): BoundedThread {
  const worker = new Worker(`require(${JSON.stringify(TSX)}).register(); require(${JSON.stringify(file)});`, {
    eval: true,
    // V8 takes --max-old-space-size (NODE_OPTIONS) for every isolate of the process, over this
    // limit: set there, it is the thread's heap too (README: "the thread then gets that heap").
    resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb },
  });
  let pending: { resolve(value: unknown): void; reject(error: unknown): void } | null = null;
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
    pending?.reject(failure);
    pending = null;
  };
  worker.on('message', (answer: unknown) => {
    pending?.resolve(answer);
    pending = null;
  });
  worker.on('error', (error: Error & { code?: string }) =>
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ThreadOverrun('memory') : error),
  );
  worker.on('exit', () => fail(new Error('the thread stopped before it answered')));
  return {
    ask<T>(message: unknown): Promise<T> {
      if (failure) return Promise.reject(failure);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          fail(new ThreadOverrun('time'));
          void worker.terminate();
        }, bounds.answerWithinMs);
        const settle = (then: () => void) => {
          clearTimeout(timer);
          then();
        };
        pending = {
          resolve: (value) => settle(() => resolve(value as T)),
          reject: (error) => settle(() => reject(error)),
        };
        worker.postMessage(message);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** Asks one thread one question and stops it. */
export async function askBoundedThread<T>(file: string, message: unknown, bounds: ThreadBounds): Promise<T> {
  const thread = startBoundedThread(file, bounds);
  try {
    return await thread.ask<T>(message);
  } finally {
    await thread.stop();
  }
}

/** The thread's side: answers each message the parent sends with what `answer` returns. */
export function answerRequests<M>(answer: (message: M) => Promise<unknown> | unknown): void {
  if (!parentPort) throw new Error('answerRequests runs in a worker thread');
  const port = parentPort;
  port.on('message', (message: M) => {
    void Promise.resolve(answer(message)).then((reply) => port.postMessage(reply));
  });
}
