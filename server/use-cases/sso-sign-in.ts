import { roleFromGroups, type GroupAssignment } from '../../core/staff/group-role-mapping';
import { readGroupsClaim } from '../../core/staff/groups-claim';
import {
  personOf,
  type SsoOutcome,
  type SsoPerson,
  type SsoRefusal,
  type SsoSignIn,
} from '../../core/staff/sso-person';
import { createOrWait } from './sso-new-user';
import type { Db, DbOrTx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  findUserByEmail,
  findUserByIdentity,
  linkIdentity,
  setIdentityRoleFrom,
  type RoleFrom,
  type SsoStaffUser,
} from '../../db/repositories/sso-identities';
import { listGroupMappings } from '../../db/repositories/sso-settings';
import { isUniqueViolation } from '../../db/unique-violation';
import { recordStaffLogin, updateStaffUser } from '../../db/repositories/staff';

/**
 * Signs in (or refuses) the person the IdP vouched for, in one transaction with its audit trail:
 * 1. the account linked to (issuer, sub), else the municipality's account with their e-mail,
 *    which is then linked (`sso_user_linked`) — never one of another municipality;
 * 2. role and scope from their groups when a group is mapped, refreshed every time; a user whose
 *    role came from groups and who is in no mapped group any more is refused;
 * 3. nobody known and no mapped group: noted as waiting for an administrator, and no user exists.
 * The caller starts the session for 'signed-in'.
 */
export async function signInWithSso(
  deps: { db: Db; now: () => Date },
  input: SsoSignIn,
): Promise<SsoOutcome> {
  try {
    return await signInOnce(deps, input);
  } catch (error) {
    // The same person signing in twice at once (two tabs): the other one linked or created them
    // first. Once more then finds them by (issuer, sub).
    if (isUniqueViolation(error)) return signInOnce(deps, input);
    throw error;
  }
}

async function signInOnce(deps: { db: Db; now: () => Date }, input: SsoSignIn): Promise<SsoOutcome> {
  const person = personOf(input.claims);
  const at = deps.now();
  const mappings = await listGroupMappings(deps.db, input.municipalityId);
  const assignment = roleFromGroups(readGroupsClaim(input.claims, input.groupsClaim), mappings);
  return deps.db.transaction(async (tx) => {
    const outcome = person.sub ? await resolve(tx, input, person, assignment, at) : refuse('no_subject');
    const base = {
      municipalityId: input.municipalityId,
      actor: person.email ?? person.sub,
      address: input.address,
    };
    if (outcome.kind === 'refused') {
      const detail = { method: 'sso', reason: outcome.reason, issuer: input.issuer, subject: person.sub };
      await recordAuditEvent(tx, { ...base, actorUserId: null, action: 'sign_in_failed', detail }, at);
      return outcome;
    }
    await recordStaffLogin(tx, outcome.userId, at);
    const event = {
      ...base,
      actorUserId: outcome.userId,
      action: 'sign_in' as const,
      subject: `user:${outcome.userId}`,
    };
    await recordAuditEvent(tx, { ...event, detail: { method: 'sso' } }, at);
    return outcome;
  });
}

const refuse = (reason: SsoRefusal): SsoOutcome => ({ kind: 'refused', reason });

async function resolve(
  tx: DbOrTx,
  input: SsoSignIn,
  person: SsoPerson,
  assignment: GroupAssignment | null,
  at: Date,
): Promise<SsoOutcome> {
  const identity = { issuer: input.issuer, subject: person.sub };
  const linked = await findUserByIdentity(tx, input.issuer, person.sub);
  let user: SsoStaffUser | undefined = linked;
  let roleFrom: RoleFrom | undefined = linked?.roleFrom;
  if (user && user.municipalityId !== input.municipalityId) return refuse('other_municipality');
  if (!user && person.email && person.emailMatches) {
    const byEmail = await findUserByEmail(tx, person.email);
    if (byEmail && byEmail.municipalityId !== input.municipalityId) return refuse('email_in_use_elsewhere');
    if (byEmail) {
      roleFrom = assignment ? 'groups' : 'malbar';
      await linkIdentity(tx, { userId: byEmail.id, ...identity, roleFrom, linkedAt: at });
      await recordAuditEvent(
        tx,
        {
          municipalityId: input.municipalityId,
          actorUserId: byEmail.id,
          actor: byEmail.email,
          action: 'sso_user_linked',
          subject: `user:${byEmail.id}`,
          detail: { issuer: input.issuer, subject: person.sub, matchedBy: 'email' },
        },
        at,
      );
      user = byEmail;
    }
  }
  if (!user) return createOrWait(tx, input, person, assignment, at);
  if (user.deactivatedAt) return refuse('deactivated');
  if (!assignment)
    return roleFrom === 'groups' ? refuse('no_mapped_group') : { kind: 'signed-in', userId: user.id };
  if (user.role !== assignment.role || user.scopeUnitId !== assignment.scopeUnitId) {
    await updateStaffUser(tx, user.id, { role: assignment.role, scopeUnitId: assignment.scopeUnitId });
    await recordAuditEvent(
      tx,
      {
        municipalityId: input.municipalityId,
        actorUserId: null,
        actor: 'system',
        action: 'user_changed',
        subject: `user:${user.id}`,
        detail: {
          by: 'sso_groups',
          group: assignment.groupKey,
          from: { role: user.role, scopeUnitId: user.scopeUnitId },
          to: { role: assignment.role, scopeUnitId: assignment.scopeUnitId },
        },
      },
      at,
    );
  }
  if (roleFrom !== 'groups') await setIdentityRoleFrom(tx, identity, 'groups');
  return { kind: 'signed-in', userId: user.id };
}
