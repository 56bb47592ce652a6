import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyAttempts } from '../../core/errors';
import type { LimitRule, LimiterStore } from './limiter-store';

/**
 * How many failed sign-ins before Målbar stops checking passwords for a while. rate-limiter-
 * flexible's login protection: consecutive failures per account at an address, failures per account
 * from anywhere, failures per address per day.
 *
 * - Account at one address: 10 in a row → 15 minutes. Ten is more than anyone mistypes, and a
 *   guesser at one address gets 40 an hour instead of 12 a second. Keyed by e-mail and address, so
 *   an attacker blocks only themselves: the real administrator, elsewhere, still signs in.
 * - Account from anywhere: 50 in a day → 1 hour. Stops guessing from many addresses at once
 *   (≤ 50 an hour per account). The trade-off: such an attacker can keep that one account locked
 *   out by local password, an hour at a time; single sign-on is not throttled here.
 * - Address: 100 in a day → 1 hour. Higher, since a whole town hall signs in through one address
 *   (behind a load balancer only with TRUST_PROXY set); an hour, not a day, so that one bad morning
 *   costs the town hall an hour.
 */
export interface SignInLimits {
  accountAtAddress: { failures: number; blockSeconds: number };
  account: { failures: number; blockSeconds: number };
  address: { failures: number; blockSeconds: number };
}

export const SIGN_IN_LIMITS: SignInLimits = {
  accountAtAddress: { failures: 10, blockSeconds: 15 * 60 },
  account: { failures: 50, blockSeconds: 60 * 60 },
  address: { failures: 100, blockSeconds: 60 * 60 },
};

const DAY = 24 * 3600;

export type ThrottledLimit = keyof SignInLimits;

/** What a refusal says, for the caller's audit trail. */
export interface Throttled {
  limit: ThrottledLimit;
  retryAfterSeconds: number;
  /** True for the attempt that started the block (audit it once, not every refused attempt). */
  blockStarted: boolean;
}

/**
 * Reusable by every endpoint that checks a secret typed by someone unknown (sign-in, password
 * reset): `beforeAttempt` counts the attempt as a failure before the password is checked — so 16
 * parallel guesses cannot all slip past the limit — and throws TooManyAttempts (429, Retry-After)
 * when any limit is reached; `afterSuccess` takes the count back and ends the run of failures.
 */
export interface SignInThrottle {
  beforeAttempt(email: string, address: string, onThrottled?: (t: Throttled) => Promise<void>): Promise<void>;
  afterSuccess(email: string, address: string): Promise<void>;
}

export function signInThrottle(store: LimiterStore, limits: SignInLimits = SIGN_IN_LIMITS): SignInThrottle {
  const rule = (name: ThrottledLimit): LimitRule => ({
    name: `sign-in-${name}`,
    // The limiter refuses past `points`: so many failures, and the next attempt is refused.
    points: limits[name].failures,
    durationSeconds: DAY,
    blockSeconds: limits[name].blockSeconds,
  });
  const limiters: Record<ThrottledLimit, RateLimiterAbstract> = {
    accountAtAddress: store.limiter(rule('accountAtAddress')),
    account: store.limiter(rule('account')),
    address: store.limiter(rule('address')),
  };
  const keysOf = (email: string, address: string): Record<ThrottledLimit, string> => {
    // Hashed: a key stays short (the table's is 255 characters) and names no one in Redis.
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    return { accountAtAddress: `${account}_${address}`, account, address };
  };
  const names = Object.keys(limiters) as ThrottledLimit[];

  return {
    async beforeAttempt(email, address, onThrottled) {
      const keys = keysOf(email, address);
      const outcomes = await Promise.allSettled(names.map((n) => limiters[n].consume(keys[n])));
      const refused = names.flatMap((name, i) => {
        const outcome = outcomes[i]!;
        if (outcome.status === 'fulfilled') return [];
        if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
        return [{ name, res: outcome.reason }];
      });
      if (refused.length === 0) return;
      // A refused attempt counts for none of the limits it passed: it never reached the password.
      await Promise.all(
        names.filter((_, i) => outcomes[i]!.status === 'fulfilled').map((n) => limiters[n].reward(keys[n])),
      );
      const longest = refused.reduce((a, b) => (b.res.msBeforeNext > a.res.msBeforeNext ? b : a));
      const retryAfterSeconds = Math.max(1, Math.ceil(longest.res.msBeforeNext / 1000));
      const blockStarted = refused.some(({ name, res }) => res.consumedPoints === limiters[name].points + 1);
      await onThrottled?.({ limit: longest.name, retryAfterSeconds, blockStarted });
      throw new TooManyAttempts(retryAfterSeconds);
    },
    async afterSuccess(email, address) {
      const keys = keysOf(email, address);
      await Promise.all([
        limiters.accountAtAddress.delete(keys.accountAtAddress),
        limiters.account.reward(keys.account),
        limiters.address.reward(keys.address),
      ]);
    },
  };
}
