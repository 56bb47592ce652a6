import { NotFound } from '../../core/errors';
import { WaitingUserAssignment } from '../../core/staff/sso-settings-input';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { deleteWaitingUser, findWaitingUser, linkIdentity } from '../../db/repositories/sso-identities';
import { createStaffUser, isStaffEmailTaken, type StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { assertAdministersSso, emailInUse, mappableScope, type SsoAdminDeps } from './sso-admin';
import { SSO_ONLY_PASSWORD } from '../../core/staff/sso-person';

/**
 * Gives someone who signed in through the IdP with no mapped group their role and scope: only now
 * does a staff user exist, signing in through the IdP only, its role kept by Målbar (the
 * identity's `roleFrom` is 'malbar') until a mapped group takes over. One transaction; a second
 * administrator assigning the same person at the same moment finds them gone (404).
 */
export async function assignWaitingUser(
  deps: SsoAdminDeps,
  staff: StaffUser,
  waitingId: string,
  input: unknown,
): Promise<{ id: string }> {
  assertAdministersSso(staff);
  const assignment = parseInput(WaitingUserAssignment, input, 'assignment');
  const waiting = await findWaitingUser(deps.db, waitingId);
  if (!waiting || waiting.municipalityId !== staff.municipalityId)
    throw new NotFound(`Nobody with id ${waitingId} waits for a role`);
  await mappableScope(deps.db, staff, assignment.role, assignment.scopeUnitId);
  const at = deps.now();
  return deps.db.transaction(async (tx) => {
    if (!(await deleteWaitingUser(tx, waitingId)))
      throw new NotFound(`Nobody with id ${waitingId} waits for a role`);
    if (await isStaffEmailTaken(tx, waiting.email)) throw emailInUse(waiting.email);
    const id = await createStaffUser(tx, {
      municipalityId: staff.municipalityId,
      email: waiting.email,
      name: waiting.name,
      role: assignment.role,
      scopeUnitId: assignment.scopeUnitId,
      passwordHash: SSO_ONLY_PASSWORD,
    });
    await linkIdentity(tx, {
      userId: id,
      issuer: waiting.issuer,
      subject: waiting.subject,
      roleFrom: 'malbar',
      linkedAt: at,
    });
    await recordAuditEvent(
      tx,
      {
        municipalityId: staff.municipalityId,
        actorUserId: staff.id,
        actor: staff.email,
        action: 'user_created',
        subject: `user:${id}`,
        detail: { by: 'admin', signIn: 'sso', role: assignment.role, scopeUnitId: assignment.scopeUnitId },
      },
      at,
    );
    return { id };
  });
}
