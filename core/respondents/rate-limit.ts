/**
 * Token buckets keyed by link or personal token — never by IP address, since a whole class
 * answers from behind one school address. Time comes in as a parameter; the caller owns the clock.
 */
export interface BucketRule {
  /** How many requests may come at once. */
  burst: number;
  /** How many more are allowed per second after that. */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    /** Buckets kept at most; the least recently used goes first (a full bucket is the default). */
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one request from the key's bucket; false when it is empty. */
  take(key: string, nowMs: number): boolean {
    const bucket = this.buckets.get(key);
    const refilled = bucket
      ? Math.min(this.rule.burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.rule.perSecond)
      : this.rule.burst;
    if (bucket) this.buckets.delete(key);
    else if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    const allowed = refilled >= 1;
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: nowMs });
    return allowed;
  }
}
