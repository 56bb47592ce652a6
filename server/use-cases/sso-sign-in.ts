import { roleFromGroups, type GroupAssignment } from '../../core/staff/group-role-mapping';
import { readGroupsClaim } from '../../core/staff/groups-claim';
import type { Db, DbOrTx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  deleteWaitingUserByIdentity,
  findUserByEmail,
  findUserByIdentity,
  linkIdentity,
  setIdentityRoleFrom,
  upsertWaitingUser,
  type RoleFrom,
  type SsoStaffUser,
} from '../../db/repositories/sso-identities';
import { listGroupMappings } from '../../db/repositories/sso-settings';
import { createStaffUser, recordStaffLogin, updateStaffUser } from '../../db/repositories/staff';

/** Why a sign-in through the IdP was refused; the page and the audit trail both name it. */
export type SsoRefusal =
  | 'no_subject'
  | 'no_email'
  | 'email_in_use_elsewhere'
  | 'other_municipality'
  | 'deactivated'
  | 'no_mapped_group'
  | 'waiting_for_role';

export type SsoOutcome = { kind: 'signed-in'; userId: string } | { kind: 'refused'; reason: SsoRefusal };

/** An SSO-only user has no password: verifyPassword refuses anything that is not `scrypt$…`. */
export const SSO_ONLY_PASSWORD = 'sso-only';

export interface SsoSignIn {
  municipalityId: string;
  issuer: string;
  groupsClaim: string;
  claims: Record<string, unknown>;
  address?: string;
}

interface Person {
  sub: string;
  email: string | undefined;
  /** Whether the e-mail may find an existing account: not when the IdP says it is unverified. */
  emailMatches: boolean;
  name: string;
}

function personOf(claims: Record<string, unknown>): Person {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const email = text(claims.email).toLowerCase() || text(claims.preferred_username).toLowerCase();
  const validEmail = /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254 ? email : undefined;
  const name = (text(claims.name) || validEmail || text(claims.sub)).slice(0, 200);
  return { sub: text(claims.sub), email: validEmail, emailMatches: claims.email_verified !== false, name };
}

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
  person: Person,
  assignment: GroupAssignment | null,
  at: Date,
): Promise<SsoOutcome> {
  const identity = { issuer: input.issuer, subject: person.sub };
  let user: SsoStaffUser | undefined = await findUserByIdentity(tx, input.issuer, person.sub);
  let roleFrom: RoleFrom | undefined = (user as { roleFrom?: RoleFrom } | undefined)?.roleFrom;
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

async function createOrWait(
  tx: DbOrTx,
  input: SsoSignIn,
  person: Person,
  assignment: GroupAssignment | null,
  at: Date,
): Promise<SsoOutcome> {
  if (!person.email) return refuse('no_email');
  // An unverified address that someone else already has: neither link nor take it.
  if (await findUserByEmail(tx, person.email)) return refuse('email_in_use_elsewhere');
  const identity = { issuer: input.issuer, subject: person.sub };
  if (!assignment) {
    const waiting = {
      municipalityId: input.municipalityId,
      ...identity,
      email: person.email,
      name: person.name,
    };
    await upsertWaitingUser(tx, { ...waiting, lastSeenAt: at });
    return refuse('waiting_for_role');
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
