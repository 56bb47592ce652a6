import type { NewResponse, PersonalLinksOnlyRefusal } from '../../db/repositories/responses';

type Stored = { id: string; created: boolean } | PersonalLinksOnlyRefusal;
type Pending = {
  response: NewResponse & { submissionId: string };
  resolve(s: Stored): void;
  reject(e: unknown): void;
};

export interface ResponseBatcherOptions {
  /** Stores a list in one statement; one result per input, in order. */
  storeMany(list: Pending['response'][]): Promise<Stored[]>;
  /** Stores one alone: when a batch fails, each of its responses is tried by itself. */
  storeOne(response: Pending['response']): Promise<Stored>;
  /** Statements in flight at once (each on its own connection). */
  concurrency: number;
  maxBatch: number;
}

/**
 * Group commit for intake. Responses that arrive in the same turn of the event loop, or while
 * earlier batches are being written, go in one INSERT and one commit. Under light load that is a
 * batch of one (no added latency); under a national round's peak, dozens share a commit. A
 * respondent gets their answer only after their batch has committed, so nothing acknowledged is lost.
 */
export class ResponseBatcher {
  private readonly waiting: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly options: ResponseBatcherOptions) {}

  store(response: Pending['response']): Promise<Stored> {
    return new Promise<Stored>((resolve, reject) => {
      this.waiting.push({ response, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Resolves once every response handed in so far is written (or has failed): on shutdown, after
   * HTTP has drained and before the pool closes, so that no write is cut off half-way.
   */
  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.inFlight === 0 && !this.scheduled;
  }

  /**
   * Writes after the current turn of the event loop, so that requests read from the network in
   * the same turn (a class pressing "send" together) share one batch even when a connection is free.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.concurrency && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.flush();
      });
    }
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const stored = await this.options.storeMany(batch.map((p) => p.response));
      batch.forEach((p, i) => p.resolve(stored[i]!));
    } catch {
      // One response that cannot be stored (say, its unit was just deleted) must not fail the others.
      await Promise.all(batch.map((p) => this.options.storeOne(p.response).then(p.resolve, p.reject)));
    }
  }
}
