import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../../core/staff/password-strength';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipality } from '../../db/repositories/municipalities';
import {
  createPasswordReset,
  findPasswordResetMail,
  usePasswordReset,
  type PasswordResetMail,
} from '../../db/repositories/password-resets';
import { deleteUserSessions, findStaffCredentials, setStaffPassword } from '../../db/repositories/staff';
import { sendPasswordResetJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { assertStrongPassword } from '../auth/new-password';
import { hashPassword } from '../auth/password';
import { isPasswordResetToken } from '../auth/password-reset-token';
import { parseInput } from '../http/parse';

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;

export const ResetRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('not an e-mail address').max(254)),
});

export const NewPasswordByLink = z.object({
  newPassword: z.string().min(1, 'write the new password').max(MAX_PASSWORD_LENGTH),
});

export interface PasswordResetDeps {
  db: Db;
  queue: JobQueue;
  sessionSecret: string;
  now: () => Date;
}

/**
 * "Forgot password": for an active account, a reset row (valid an hour) and its audit entry in one
 * transaction, then the mail job (with the id only). An unknown or deactivated e-mail gets nothing
 * but the audit entry. The route answers before calling this, so the answer and its timing are the
 * same whether or not the account exists.
 */
export async function requestPasswordReset(deps: PasswordResetDeps, input: unknown, address: string) {
  const { email } = parseInput(ResetRequest, input, 'reset request');
  const account = await findStaffCredentials(deps.db, email);
  const at = deps.now();
  const active = account && !account.deactivatedAt ? account : undefined;
  const resetId = await deps.db.transaction(async (tx) => {
    const id = active
      ? await createPasswordReset(tx, {
          userId: active.id,
          createdAt: at,
          expiresAt: new Date(at.getTime() + RESET_LINK_MINUTES * 60_000),
        })
      : undefined;
    await recordAuditEvent(
      tx,
      {
        municipalityId: account?.municipalityId ?? null,
        actorUserId: account?.id ?? null,
        actor: email,
        action: 'password_reset_requested',
        subject: account ? `user:${account.id}` : undefined,
        address,
        detail: { mailed: id !== undefined },
      },
      at,
    );
    return id;
  });
  if (resetId) await deps.queue.enqueue(sendPasswordResetJob, { resetId });
}

export type ResetLinkState =
  { ok: true; reset: PasswordResetMail } | { ok: false; why: 'invalid' | 'used' | 'expired' };

/** Whether a reset link can be used now: its token, then the row (used? expired? user still active?). */
export async function checkResetLink(
  deps: Pick<PasswordResetDeps, 'db' | 'sessionSecret' | 'now'>,
  resetId: string,
  token: string,
): Promise<ResetLinkState> {
  if (!isPasswordResetToken(deps.sessionSecret, resetId, token)) return { ok: false, why: 'invalid' };
  const reset = await findPasswordResetMail(deps.db, resetId);
  if (!reset || reset.deactivatedAt) return { ok: false, why: 'invalid' };
  if (reset.usedAt) return { ok: false, why: 'used' };
  if (reset.expiresAt <= deps.now()) return { ok: false, why: 'expired' };
  return { ok: true, reset };
}

/**
 * Sets the password chosen through a reset link (strength-checked) and, in one transaction,
 * marks the link used (refused if another request used it a moment ago), ends every session of
 * the user, clears a one-time password, and records `password_reset`.
 */
export async function resetPasswordWithLink(
  deps: Pick<PasswordResetDeps, 'db' | 'sessionSecret' | 'now'>,
  reset: PasswordResetMail,
  input: unknown,
  address: string,
): Promise<boolean> {
  const { newPassword } = parseInput(NewPasswordByLink, input, 'new password');
  const municipality = await findMunicipality(deps.db, reset.municipalityId);
  await assertStrongPassword(newPassword, { ...reset, municipalityName: municipality?.name });
  const passwordHash = await hashPassword(newPassword);
  const at = deps.now();
  return deps.db.transaction(async (tx) => {
    if (!(await usePasswordReset(tx, reset, at))) return false;
    await setStaffPassword(tx, reset.userId, { passwordHash, mustChange: false, at });
    await deleteUserSessions(tx, reset.userId);
    await recordAuditEvent(
      tx,
      {
        municipalityId: reset.municipalityId,
        actorUserId: reset.userId,
        actor: reset.email,
        action: 'password_reset',
        subject: `user:${reset.userId}`,
        address,
        detail: { method: 'link' },
      },
      at,
    );
    return true;
  });
}
