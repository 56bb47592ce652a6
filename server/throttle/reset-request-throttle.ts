import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { LimiterStore } from './limiter-store';

/**
 * How many "forgot password" mails Målbar sends. Anyone can ask for anyone's address, so without a
 * limit a stranger could fill a colleague's inbox, or the audit trail with requests:
 * - per account: 3 an hour — more than a person who lost the first two mails needs;
 * - per address: 20 an hour — a town hall behind one address, a stranger trying many e-mails.
 * Past a limit the request is dropped silently: the page says the same either way, so the limit
 * tells no one whether the account exists.
 */
export interface ResetRequestLimits {
  perAccountPerHour: number;
  perAddressPerHour: number;
}

export const RESET_REQUEST_LIMITS: ResetRequestLimits = { perAccountPerHour: 3, perAddressPerHour: 20 };

export interface ResetRequestThrottle {
  /** Counts the request; false when it is past a limit and no mail may go out. */
  allow(email: string, address: string): Promise<boolean>;
}

export function resetRequestThrottle(
  store: LimiterStore,
  limits: ResetRequestLimits = RESET_REQUEST_LIMITS,
): ResetRequestThrottle {
  const account = store.limiter({
    name: 'reset-account',
    points: limits.perAccountPerHour,
    durationSeconds: 3600,
  });
  const address = store.limiter({
    name: 'reset-address',
    points: limits.perAddressPerHour,
    durationSeconds: 3600,
  });
  return {
    async allow(email, from) {
      // Hashed like the sign-in keys: short, and naming no one in Redis.
      const key = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
      const outcomes = await Promise.allSettled([account.consume(key), address.consume(from)]);
      for (const outcome of outcomes)
        if (outcome.status === 'rejected' && !(outcome.reason instanceof RateLimiterRes))
          throw outcome.reason;
      return outcomes.every((o) => o.status === 'fulfilled');
    },
  };
}
