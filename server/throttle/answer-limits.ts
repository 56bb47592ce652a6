import { BurstyRateLimiter, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequests } from '../../core/errors';
import type { LimiterStore } from './limiter-store';

/** A token bucket's allowance: `burst` at once, then `perSecond`. */
export interface AnswerAllowance {
  burst: number;
  perSecond: number;
}

/**
 * Abuse limits per link and per personal token, never per IP address: a whole class shares one.
 * A class link takes a class answering at once and a steady stream after; a token is one person.
 */
export const ANSWER_LIMITS = {
  linkSubmit: { burst: 120, perSecond: 2 },
  tokenSubmit: { burst: 10, perSecond: 0.1 },
  tokenDraft: { burst: 60, perSecond: 1 },
} satisfies Record<string, AnswerAllowance>;

export type AnswerLimitKind = keyof typeof ANSWER_LIMITS;

export interface AnswerLimits {
  /** Counts one request against the key's allowance; throws TooManyRequests (429) past it. */
  take(kind: AnswerLimitKind, key: string): Promise<void>;
}

/**
 * The allowances as rate-limiter-flexible's BurstyRateLimiter in the shared store, so N servers
 * hold one limit: a steady limiter (`perSecond`, over a whole second or more: 0.1/s is 1 per 10 s)
 * and a burst limiter that takes the rest of `burst` and refills in `burst / perSecond` seconds,
 * like the token bucket it replaces (120 at once, then 2 a second).
 */
export function answerLimits(
  store: LimiterStore,
  allowances: Partial<Record<AnswerLimitKind, AnswerAllowance>> = {},
): AnswerLimits {
  const rules = { ...ANSWER_LIMITS, ...allowances };
  const limiters = Object.fromEntries(
    Object.entries(rules).map(([kind, { burst, perSecond }]) => {
      const steadySeconds = Math.max(1, Math.ceil(1 / perSecond));
      const steadyPoints = Math.max(1, Math.floor(perSecond * steadySeconds));
      const steady = store.limiter({ name: kind, points: steadyPoints, durationSeconds: steadySeconds });
      const extra = store.limiter({
        name: `${kind}-burst`,
        points: burst - steadyPoints,
        durationSeconds: Math.ceil(burst / perSecond),
      });
      return [kind, new BurstyRateLimiter(steady, extra)];
    }),
  ) as Record<AnswerLimitKind, BurstyRateLimiter>;

  return {
    async take(kind, key) {
      try {
        await limiters[kind].consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        // As before the shared store: the time one more answer takes to be allowed on average.
        throw new TooManyRequests(Math.ceil(1 / rules[kind].perSecond));
      }
    },
  };
}
