import type { GroupAssignment } from '../../core/staff/group-role-mapping';
import {
  SSO_ONLY_PASSWORD,
  type SsoOutcome,
  type SsoPerson,
  type SsoSignIn,
} from '../../core/staff/sso-person';
import type { DbOrTx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  deleteWaitingUserByIdentity,
  findUserByEmail,
  findUserByIdentity,
  linkIdentity,
  upsertWaitingUser,
} from '../../db/repositories/sso-identities';
import { createStaffUser } from '../../db/repositories/staff';

/**
 * Someone the IdP vouched for whom Målbar does not know: with a mapped group, a staff user with
 * that role and scope (and no password); without one, a note that they wait for an administrator
 * — and no staff user, so nothing they could reach.
 */
export async function createOrWait(
  tx: DbOrTx,
  input: SsoSignIn,
  person: SsoPerson,
  assignment: GroupAssignment | null,
  at: Date,
): Promise<SsoOutcome> {
  if (!person.email) return { kind: 'refused', reason: 'no_email' };
  const taken = await findUserByEmail(tx, person.email);
  if (taken) {
    // The same person signing in from another tab made this user a moment ago (after this sign-in
    // looked them up): it is theirs, linked by (issuer, sub), with the role their groups gave.
    const linked = await findUserByIdentity(tx, input.issuer, person.sub);
    if (linked?.id === taken.id) return { kind: 'signed-in', userId: taken.id };
    // An unverified address that someone else already has: neither link nor take it.
    return { kind: 'refused', reason: 'email_in_use_elsewhere' };
  }
  const identity = { issuer: input.issuer, subject: person.sub };
  if (!assignment) {
    const waiting = {
      municipalityId: input.municipalityId,
      ...identity,
      email: person.email,
      name: person.name,
    };
    await upsertWaitingUser(tx, { ...waiting, lastSeenAt: at });
    return { kind: 'refused', reason: 'waiting_for_role' };
  }
  const userId = await createStaffUser(tx, {
    municipalityId: input.municipalityId,
    email: person.email,
    name: person.name,
    role: assignment.role,
    scopeUnitId: assignment.scopeUnitId,
    passwordHash: SSO_ONLY_PASSWORD,
  });
  await linkIdentity(tx, { userId, ...identity, roleFrom: 'groups', linkedAt: at });
  await deleteWaitingUserByIdentity(tx, identity.issuer, identity.subject);
  await recordAuditEvent(
    tx,
    {
      municipalityId: input.municipalityId,
      actorUserId: null,
      actor: 'system',
      action: 'user_created',
      subject: `user:${userId}`,
      detail: {
        by: 'sso_groups',
        group: assignment.groupKey,
        role: assignment.role,
        scopeUnitId: assignment.scopeUnitId,
      },
    },
    at,
  );
  return { kind: 'signed-in', userId };
}
