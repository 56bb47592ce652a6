import IORedis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { SqlClient } from '../../db/connect';

/** One limit: `points` per `durationSeconds`; past it, refused for `blockSeconds` (if given). */
export interface LimitRule {
  /** Names the counters in the store; unique per limit. */
  name: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

/**
 * Where every limit's counters are kept, so that N server processes hold one limit: Redis when
 * there is Redis, else the database's `rate_limits` table (PostgreSQL, or PGlite on the embedded
 * default, through the same `query` shape). Created once per process (main/runtime.ts).
 */
export interface LimiterStore {
  kind: 'redis' | 'database';
  limiter(rule: LimitRule): RateLimiterAbstract;
  close(): Promise<void>;
}

export type LimiterTarget =
  { kind: 'redis'; url: string; prefix: string } | { kind: 'database'; client: SqlClient };

export function createLimiterStore(target: LimiterTarget): LimiterStore {
  return target.kind === 'redis' ? redisStore(target.url, target.prefix) : databaseStore(target.client);
}

/**
 * When the store cannot answer (Redis down, the database busy), each limit falls back to a
 * counter in this process's memory — rate-limiter-flexible's insurance limiter. Respondents'
 * answers are still taken (the product keeps every accepted response while Redis is down), and
 * sign-in is still throttled, per process, until the store is back.
 */
const insured = (rule: LimitRule) => ({
  keyPrefix: rule.name,
  points: rule.points,
  duration: rule.durationSeconds,
  blockDuration: rule.blockSeconds ?? 0,
  insuranceLimiter: new RateLimiterMemory({
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  }),
});

function redisStore(url: string, prefix: string): LimiterStore {
  // Fail fast when Redis is away (no offline queue, no retries per command): the insurance limiter
  // answers at once instead of every sign-in and answer waiting for a reconnect.
  const redis = new IORedis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    // Answers arriving together send their counts in one write to Redis, not one each.
    enableAutoPipelining: true,
  });
  redis.on('error', () => undefined); // the limits fall back to memory; /healthz reports Redis
  return {
    kind: 'redis',
    limiter: (rule) =>
      new RateLimiterRedis({
        ...insured(rule),
        // Under REDIS_PREFIX, like the queue's keys: one installation's (or test's) keys go together.
        keyPrefix: `${prefix}:limit:${rule.name}`,
        storeClient: redis,
        rejectIfRedisNotReady: true,
      }),
    close: async () => {
      redis.disconnect();
    },
  };
}

function databaseStore(client: SqlClient): LimiterStore {
  let sweeping = false;
  return {
    kind: 'database',
    limiter: (rule) => {
      const limiter = new RateLimiterPostgres({
        ...insured(rule),
        storeClient: client,
        storeType: 'client',
        tableName: 'rate_limits',
        // Migration 0020 made the table; the library's own CREATE TABLE would race at start-up.
        tableCreated: true,
        // Rows expired an hour ago go every 5 minutes; one limiter's sweep clears the whole table.
        clearExpiredByTimeout: !sweeping,
      });
      sweeping = true;
      return limiter;
    },
    close: async () => undefined,
  };
}
