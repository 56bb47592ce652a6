import { staffEvent } from '../../core/audit/staff-actor';
import { userChangeDetail } from '../../core/audit/user-change-detail';
import { Conflict, Forbidden, NotFound, ValidationFailed, type FieldIssue } from '../../core/errors';
import { orderTree, type TreeRow } from '../../core/org/org-tree';
import type { OrgUnit } from '../../core/org/org-unit';
import {
  administersUsers,
  checkOwnChange,
  checkRoleScope,
  NewStaffUser,
  StaffUserChange,
} from '../../core/staff/staff-input';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipalityRoot, findUnit, listSubtree } from '../../db/repositories/org-units';
import {
  createStaffUser,
  deleteUserSessions,
  findStaffUser,
  isStaffEmailTaken,
  listStaffUsers,
  updateStaffUser,
  type StaffListing,
  type StaffUser,
} from '../../db/repositories/staff';
import { isUniqueViolation } from '../../db/unique-violation';
import { findMunicipality } from '../../db/repositories/municipalities';
import { assertStrongPassword } from '../auth/new-password';
import { newOneTimePassword } from '../auth/one-time-password';
import { hashPassword } from '../auth/password';
import { parseInput } from '../http/parse';

export interface StaffAdminDeps {
  db: Db;
  now: () => Date;
}

function assertAdministersUsers(staff: StaffUser): void {
  if (!administersUsers(staff))
    throw new Forbidden('Only administrators of the whole municipality manage its users');
}

/** The municipality's users, and its tree to choose scopes from. */
export async function loadStaffAdmin(
  db: Db,
  staff: StaffUser,
): Promise<{ users: StaffListing[]; units: TreeRow[] }> {
  assertAdministersUsers(staff);
  const root = (await findMunicipalityRoot(db, staff.municipalityId))!;
  return {
    users: await listStaffUsers(db, staff.municipalityId),
    units: orderTree(root, await listSubtree(db, root)),
  };
}

/** One user of the administrator's municipality; 404 for any other (never saying they exist). */
export async function loadStaffUser(db: Db, staff: StaffUser, userId: string): Promise<StaffListing> {
  assertAdministersUsers(staff);
  const user = await findStaffUser(db, userId);
  if (!user || user.municipalityId !== staff.municipalityId) throw new NotFound(`There is no user ${userId}`);
  return user;
}

/** The chosen scope unit, or the municipality when none is chosen. */
async function scopeUnitFor(db: Db, staff: StaffUser, unitId: string | undefined): Promise<OrgUnit> {
  if (unitId === undefined) return (await findMunicipalityRoot(db, staff.municipalityId))!;
  const unit = await findUnit(db, unitId);
  if (!unit || unit.municipalityId !== staff.municipalityId)
    throw invalid([{ field: 'scopeUnitId', issue: 'no such unit in this municipality' }]);
  return unit;
}

const invalid = (issues: FieldIssue[]) => new ValidationFailed('The user is not valid', issues);

const emailInUse = (email: string) =>
  new Conflict(`The e-mail address ${email} is already in use`, [
    { field: 'email', issue: 'already in use by another user' },
  ]);

/**
 * Creates a staff user. A typed password must be strong (server/auth/new-password.ts). Without one
 * a one-time password is generated; it is returned once, to be passed on, only its hash is stored,
 * and the user must change it at first sign-in.
 */
export async function createStaffUserFor(
  db: Db,
  staff: StaffUser,
  input: unknown,
  at: Date,
): Promise<{ id: string; oneTimePassword: string | null }> {
  assertAdministersUsers(staff);
  const user = parseInput(NewStaffUser, input, 'user');
  const scope = await scopeUnitFor(db, staff, user.scopeUnitId);
  const issues = checkRoleScope(user.role, scope);
  if (issues.length) throw invalid(issues);
  if (await isStaffEmailTaken(db, user.email)) throw emailInUse(user.email);
  if (user.password) {
    const municipality = await findMunicipality(db, staff.municipalityId);
    await assertStrongPassword(user.password, { ...user, municipalityName: municipality?.name }, 'password');
  }
  const generated = user.password ? null : await newOneTimePassword();
  const oneTimePassword = generated?.oneTimePassword ?? null;
  const passwordHash = generated?.passwordHash ?? (await hashPassword(user.password!));
  try {
    const id = await db.transaction(async (tx) => {
      const created = await createStaffUser(tx, {
        municipalityId: staff.municipalityId,
        email: user.email,
        name: user.name,
        role: user.role,
        scopeUnitId: scope.id,
        passwordHash,
        // A generated password was seen by the administrator: the user must choose their own.
        mustChangePassword: oneTimePassword !== null,
      });
      const detail = {
        email: user.email,
        name: user.name,
        role: user.role,
        scopeUnitId: scope.id,
        scope: scope.name,
      };
      await recordAuditEvent(tx, staffEvent(staff, 'user_created', `user:${created}`, detail), at);
      return created;
    });
    return { id, oneTimePassword };
  } catch (error) {
    // Another administrator took the address a moment ago.
    if (isUniqueViolation(error)) throw emailInUse(user.email);
    throw error;
  }
}

/**
 * Changes a user's name, role or scope, or deactivates (reactivates) them. A change takes effect
 * on the user's next request; deactivating also ends their sessions.
 */
export async function changeStaffUser(
  deps: StaffAdminDeps,
  staff: StaffUser,
  userId: string,
  input: unknown,
): Promise<StaffListing> {
  const target = await loadStaffUser(deps.db, staff, userId);
  const change = parseInput(StaffUserChange, input, 'change');
  const issues = target.id === staff.id ? checkOwnChange(change) : [];
  const scope =
    change.scopeUnitId === undefined
      ? (await findUnit(deps.db, target.scopeUnitId))!
      : await scopeUnitFor(deps.db, staff, change.scopeUnitId);
  issues.push(...checkRoleScope(change.role ?? target.role, scope));
  if (issues.length) throw invalid(issues);
  const deactivatedAt =
    change.active === undefined ? undefined : change.active ? null : (target.deactivatedAt ?? deps.now());
  await deps.db.transaction(async (tx) => {
    await updateStaffUser(tx, userId, {
      name: change.name,
      role: change.role,
      scopeUnitId: change.scopeUnitId,
      deactivatedAt,
    });
    if (change.active === false) await deleteUserSessions(tx, userId);
    const detail = userChangeDetail(target, (await findStaffUser(tx, userId))!);
    if (detail) {
      const event = staffEvent(staff, 'user_changed', `user:${userId}`, { email: target.email, ...detail });
      await recordAuditEvent(tx, event, deps.now());
    }
  });
  return (await findStaffUser(deps.db, userId))!;
}
