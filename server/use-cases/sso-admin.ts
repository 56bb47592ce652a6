import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { orderTree, type TreeRow } from '../../core/org/org-tree';
import type { OrgUnit } from '../../core/org/org-unit';
import { administersUsers, checkRoleScope } from '../../core/staff/staff-input';
import { GroupMappingInput, SsoSettingsInput } from '../../core/staff/sso-settings-input';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMunicipalityRoot, findUnit, listSubtree } from '../../db/repositories/org-units';
import { listWaitingUsers, type WaitingUser } from '../../db/repositories/sso-identities';
import {
  deleteGroupMapping,
  findSsoSettings,
  listGroupMappings,
  saveGroupMapping,
  saveSsoSettings,
  type StoredGroupMapping,
} from '../../db/repositories/sso-settings';
import type { StaffUser } from '../../db/repositories/staff';
import { sealText } from '../auth/sealed-text';
import { parseInput } from '../http/parse';

export interface SsoAdminDeps {
  db: Db;
  sessionSecret: string;
  now: () => Date;
}

/** The settings as administrators see them: never the secret, only whether one is stored. */
export interface SsoSettingsView {
  issuer: string;
  clientId: string;
  hasClientSecret: true;
  groupsClaim: string;
  extraScopes: string;
  passwordsAllowed: boolean;
  updatedAt: Date;
}

export interface SsoAdminView {
  settings: SsoSettingsView | null;
  mappings: StoredGroupMapping[];
  waiting: WaitingUser[];
  units: TreeRow[];
}

export function assertAdministersSso(staff: StaffUser): void {
  if (!administersUsers(staff))
    throw new Forbidden('Only administrators of the whole municipality manage sign-in');
}

export async function loadSsoAdmin(db: Db, staff: StaffUser): Promise<SsoAdminView> {
  assertAdministersSso(staff);
  const stored = await findSsoSettings(db, staff.municipalityId);
  const root = (await findMunicipalityRoot(db, staff.municipalityId))!;
  return {
    settings: stored
      ? {
          issuer: stored.issuer,
          clientId: stored.clientId,
          hasClientSecret: true,
          groupsClaim: stored.groupsClaim,
          extraScopes: stored.extraScopes,
          passwordsAllowed: stored.passwordsAllowed,
          updatedAt: stored.updatedAt,
        }
      : null,
    mappings: await listGroupMappings(db, staff.municipalityId),
    waiting: await listWaitingUsers(db, staff.municipalityId),
    units: orderTree(root, await listSubtree(db, root)),
  };
}

const auditOf = (staff: StaffUser, detail: Record<string, unknown>) => ({
  municipalityId: staff.municipalityId,
  actorUserId: staff.id,
  actor: staff.email,
  action: 'sso_settings_changed' as const,
  subject: `municipality:${staff.municipalityId}`,
  detail,
});

/** Saves the IdP settings; a change without a secret keeps the stored one. */
export async function saveSsoSettingsFor(
  deps: SsoAdminDeps,
  staff: StaffUser,
  input: unknown,
): Promise<void> {
  assertAdministersSso(staff);
  const settings = parseInput(SsoSettingsInput, input, 'sign-in settings');
  const stored = await findSsoSettings(deps.db, staff.municipalityId);
  if (!stored && !settings.clientSecret)
    throw new ValidationFailed('The sign-in settings are not valid', [
      { field: 'clientSecret', issue: 'write the client secret (it is required the first time)' },
    ]);
  const at = deps.now();
  const sealed = settings.clientSecret
    ? sealText(deps.sessionSecret, 'sso-client-secret', settings.clientSecret)
    : stored!.clientSecretSealed;
  const { clientSecret, ...shown } = settings;
  await deps.db.transaction(async (tx) => {
    await saveSsoSettings(tx, {
      municipalityId: staff.municipalityId,
      ...shown,
      clientSecretSealed: sealed,
      updatedAt: at,
    });
    await recordAuditEvent(
      tx,
      auditOf(staff, { ...shown, clientSecretChanged: clientSecret !== undefined }),
      at,
    );
  });
}

/** A unit of the administrator's municipality that fits the role, or a 422 naming the field. */
export async function mappableScope(
  db: Db,
  staff: StaffUser,
  role: StaffUser['role'],
  unitId: string,
): Promise<OrgUnit> {
  const unit = await findUnit(db, unitId);
  if (!unit || unit.municipalityId !== staff.municipalityId)
    throw new ValidationFailed('The mapping is not valid', [
      { field: 'scopeUnitId', issue: 'no such unit in this municipality' },
    ]);
  const issues = checkRoleScope(role, unit);
  if (issues.length) throw new ValidationFailed('The mapping is not valid', issues);
  return unit;
}

export async function saveGroupMappingFor(
  deps: SsoAdminDeps,
  staff: StaffUser,
  input: unknown,
): Promise<void> {
  assertAdministersSso(staff);
  const mapping = parseInput(GroupMappingInput, input, 'mapping');
  await mappableScope(deps.db, staff, mapping.role, mapping.scopeUnitId);
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    await saveGroupMapping(tx, staff.municipalityId, mapping);
    await recordAuditEvent(tx, auditOf(staff, { mappingSaved: mapping }), at);
  });
}

export async function deleteGroupMappingFor(
  deps: SsoAdminDeps,
  staff: StaffUser,
  groupKey: string,
): Promise<void> {
  assertAdministersSso(staff);
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    if (!(await deleteGroupMapping(tx, staff.municipalityId, groupKey)))
      throw new NotFound(`There is no mapping for the group ${groupKey}`);
    await recordAuditEvent(tx, auditOf(staff, { mappingDeleted: { groupKey } }), at);
  });
}

export const emailInUse = (email: string) =>
  new Conflict(`The e-mail address ${email} is already in use`, [
    { field: 'email', issue: 'already in use by another user' },
  ]);
