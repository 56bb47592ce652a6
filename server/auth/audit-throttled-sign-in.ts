import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findStaffCredentials } from '../../db/repositories/staff';
import type { Throttled } from '../throttle/sign-in-throttle';

/**
 * `sign_in_throttled` in the audit trail, once per block (the attempt that started it), not for
 * every refused attempt: a guesser who keeps trying must not be able to flood an append-only table.
 * The account's municipality when the e-mail is one of ours, so its administrators see it.
 */
export function auditThrottledSignIn(
  deps: { db: Db; now: () => Date },
  email: string,
  address: string,
): (throttled: Throttled) => Promise<void> {
  return async ({ limit, retryAfterSeconds, blockStarted }) => {
    if (!blockStarted) return;
    const user = await findStaffCredentials(deps.db, email);
    await recordAuditEvent(
      deps.db,
      {
        municipalityId: user?.municipalityId ?? null,
        actorUserId: user?.id ?? null,
        actor: email,
        action: 'sign_in_throttled',
        address,
        detail: { limit, blockedSeconds: retryAfterSeconds },
      },
      deps.now(),
    );
  };
}
