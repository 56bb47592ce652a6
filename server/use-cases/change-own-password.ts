import { z } from 'zod';
import { ValidationFailed } from '../../core/errors';
import { MAX_PASSWORD_LENGTH } from '../../core/staff/password-strength';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipality } from '../../db/repositories/municipalities';
import {
  deleteUserSessions,
  findPasswordHash,
  setStaffPassword,
  type StaffUser,
} from '../../db/repositories/staff';
import { assertStrongPassword } from '../auth/new-password';
import { hashPassword, verifyPassword } from '../auth/password';
import { parseInput } from '../http/parse';

export const PasswordChange = z.object({
  currentPassword: z.string().min(1, 'write your current password').max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1, 'write the new password').max(MAX_PASSWORD_LENGTH),
});
export type PasswordChange = z.infer<typeof PasswordChange>;

export interface PasswordChangeDeps {
  db: Db;
  now: () => Date;
}

/**
 * A signed-in user chooses a new password, proving the current one (a session left open on a
 * shared computer must not be enough). Then, in one transaction: the new hash (ending a one-time
 * password), every other session of the user ended, and `password_changed` in the trail.
 */
export async function changeOwnPassword(
  deps: PasswordChangeDeps,
  staff: StaffUser,
  keepSessionId: string,
  input: unknown,
): Promise<void> {
  const change = parseInput(PasswordChange, input, 'password change');
  const stored = await findPasswordHash(deps.db, staff.id);
  if (!stored || !(await verifyPassword(change.currentPassword, stored)))
    throw new ValidationFailed('The current password is wrong', [
      { field: 'currentPassword', issue: 'is not your current password', code: 'not_current' },
    ]);
  if (change.newPassword === change.currentPassword)
    throw new ValidationFailed('The new password is the current one', [
      { field: 'newPassword', issue: 'is the same as the current password', code: 'same_as_current' },
    ]);
  const municipality = await findMunicipality(deps.db, staff.municipalityId);
  await assertStrongPassword(change.newPassword, { ...staff, municipalityName: municipality?.name });
  const passwordHash = await hashPassword(change.newPassword);
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    await setStaffPassword(tx, staff.id, { passwordHash, mustChange: false, at });
    await deleteUserSessions(tx, staff.id, keepSessionId);
    await recordAuditEvent(
      tx,
      {
        municipalityId: staff.municipalityId,
        actorUserId: staff.id,
        actor: staff.email,
        action: 'password_changed',
        subject: `user:${staff.id}`,
        detail: { oneTimePasswordReplaced: staff.mustChangePassword },
      },
      at,
    );
  });
}
