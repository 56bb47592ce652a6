import { recordAuditEvent } from '../../db/repositories/audit-events';
import type { Db } from '../../db/database';
import { findStaffCredentials, recordStaffLogin, type StaffUser } from '../../db/repositories/staff';
import { verifyPasswordOrDummy } from '../auth/password';
import { passwordSignInAllowed } from './sso-login-choices';

export interface SignInDeps {
  db: Db;
  now: () => Date;
}

/** `passwords_off`: the password was right, but the municipality signs in through its IdP only. */
export type SignInRefusal = 'unknown_email' | 'deactivated' | 'wrong_password' | 'passwords_off';

export type SignInResult = { ok: true; user: StaffUser } | { ok: false; reason: SignInRefusal };

/**
 * Checks an e-mail and password. Every path does the same scrypt work (an unknown or deactivated
 * account is checked against a dummy hash) and the same writes (one audit row), so neither the
 * answer nor its timing tells whether an account exists. Records `sign_in` or `sign_in_failed`;
 * the caller starts the session. Throttling wraps this call: before it (is the address or account
 * blocked?) and after it (count a refusal).
 */
export async function signInWithPassword(
  deps: SignInDeps,
  email: string,
  password: string,
  address: string,
): Promise<SignInResult> {
  const account = await findStaffCredentials(deps.db, email);
  const active = account && !account.deactivatedAt ? account : undefined;
  const matches = await verifyPasswordOrDummy(password, active?.passwordHash);
  const at = deps.now();
  // Asked only once the password is found right: the answer tells a guesser nothing.
  const passwordsOff = matches && active && !(await passwordSignInAllowed(deps.db, active.municipalityId));
  if (!active || !matches || passwordsOff) {
    const reason: SignInRefusal = !account
      ? 'unknown_email'
      : !active
        ? 'deactivated'
        : !matches
          ? 'wrong_password'
          : 'passwords_off';
    await recordAuditEvent(
      deps.db,
      {
        municipalityId: account?.municipalityId ?? null,
        actorUserId: account?.id ?? null,
        actor: email.toLowerCase(),
        action: 'sign_in_failed',
        address,
        detail: { method: 'password', reason },
      },
      at,
    );
    return { ok: false, reason };
  }
  const { passwordHash: _hash, deactivatedAt: _deactivated, ...user } = active;
  await deps.db.transaction(async (tx) => {
    await recordStaffLogin(tx, user.id, at);
    await recordAuditEvent(
      tx,
      {
        municipalityId: user.municipalityId,
        actorUserId: user.id,
        actor: user.email,
        action: 'sign_in',
        address,
        detail: { method: 'password', ...(user.mustChangePassword ? { oneTimePassword: true } : {}) },
      },
      at,
    );
  });
  return { ok: true, user };
}
