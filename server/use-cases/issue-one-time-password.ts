import { Forbidden } from '../../core/errors';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { deleteUserSessions, setStaffPassword, type StaffUser } from '../../db/repositories/staff';
import { newOneTimePassword } from '../auth/one-time-password';
import { loadStaffUser, type StaffAdminDeps } from './staff-admin';

/**
 * An administrator resets a user's password to a new one-time password (shown once), which the
 * user must change at their next sign-in. In one transaction: the hash, every session of the user
 * ended, `password_reset` in the trail. Administrators change their own password on their account
 * page instead (knowing the current one).
 */
export async function issueOneTimePassword(
  deps: StaffAdminDeps,
  staff: StaffUser,
  userId: string,
): Promise<{ oneTimePassword: string }> {
  const target = await loadStaffUser(deps.db, staff, userId);
  if (target.id === staff.id)
    throw new Forbidden('Change your own password on your account page: /app/account');
  const { oneTimePassword, passwordHash } = await newOneTimePassword();
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    await setStaffPassword(tx, target.id, { passwordHash, mustChange: true, at });
    await deleteUserSessions(tx, target.id);
    await recordAuditEvent(
      tx,
      {
        municipalityId: staff.municipalityId,
        actorUserId: staff.id,
        actor: staff.email,
        action: 'password_reset',
        subject: `user:${target.id}`,
        detail: { method: 'one_time_password' },
      },
      at,
    );
  });
  return { oneTimePassword };
}
