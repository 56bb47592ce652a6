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
  const linked = await findUserByIdentity(tx, input.issuer, person.sub);
  if (linked && linked.municipalityId !== input.municipalityId) return refuse('other_municipality');
  let found: { user: SsoStaffUser; roleFrom: RoleFrom } | undefined = linked && {
    user: linked,
    roleFrom: linked.roleFrom,
  };
  if (!found && person.email && person.emailMatches) {
    const byEmail = await findUserByEmail(tx, person.email);
    if (byEmail && byEmail.municipalityId !== input.municipalityId) return refuse('email_in_use_elsewhere');
    if (byEmail) found = await linkByEmail(tx, input, person, byEmail, assignment ? 'groups' : 'malbar', at);
  }
  if (!found) return createOrWait(tx, input, person, assignment, at);
  const { user, roleFrom } = found;
  if (user.deactivatedAt) return refuse('deactivated');
  if (!assignment)
    return roleFrom === 'groups' ? refuse('no_mapped_group') : { kind: 'signed-in', userId: user.id };
  await applyAssignment(tx, input, user, assignment, at);
  if (roleFrom !== 'groups')
    await setIdentityRoleFrom(tx, { issuer: input.issuer, subject: person.sub }, 'groups');
  return { kind: 'signed-in', userId: user.id };
}

/** The first sign-in of a Målbar user through the IdP: found by e-mail, linked by (issuer, sub). */
async function linkByEmail(
  tx: DbOrTx,
  input: SsoSignIn,
  person: SsoPerson,
  user: SsoStaffUser,
  roleFrom: RoleFrom,
  at: Date,
): Promise<{ user: SsoStaffUser; roleFrom: RoleFrom }> {
  await linkIdentity(tx, {
    userId: user.id,
    issuer: input.issuer,
    subject: person.sub,
    roleFrom,
    linkedAt: at,
  });
  await recordAuditEvent(
    tx,
    {
      municipalityId: input.municipalityId,
      actorUserId: user.id,
      actor: user.email,
      action: 'sso_user_linked',
      subject: `user:${user.id}`,
      detail: { issuer: input.issuer, subject: person.sub, matchedBy: 'email' },
    },
    at,
  );
  return { user, roleFrom };
}

/** The role and scope the groups give, written (and audited) only when they changed. */
async function applyAssignment(
  tx: DbOrTx,
  input: SsoSignIn,
  user: SsoStaffUser,
  assignment: GroupAssignment,
  at: Date,
): Promise<void> {
  if (user.role === assignment.role && user.scopeUnitId === assignment.scopeUnitId) return;
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
