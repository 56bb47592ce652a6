import { and, asc, eq } from 'drizzle-orm';
import type { GroupMapping } from '../../core/staff/group-role-mapping';
import type { DbOrTx } from '../database';
import { municipalities, orgUnits, ssoGroupMappings, ssoSettings } from '../schema';

export interface SsoSettings {
  municipalityId: string;
  issuer: string;
  clientId: string;
  /** AES-256-GCM, sealed by server/auth/sealed-text.ts; never leaves the server. */
  clientSecretSealed: string;
  groupsClaim: string;
  extraScopes: string;
  passwordsAllowed: boolean;
  updatedAt: Date;
}

const settingsColumns = {
  municipalityId: ssoSettings.municipalityId,
  issuer: ssoSettings.issuer,
  clientId: ssoSettings.clientId,
  clientSecretSealed: ssoSettings.clientSecretSealed,
  groupsClaim: ssoSettings.groupsClaim,
  extraScopes: ssoSettings.extraScopes,
  passwordsAllowed: ssoSettings.passwordsAllowed,
  updatedAt: ssoSettings.updatedAt,
};

export async function findSsoSettings(db: DbOrTx, municipalityId: string): Promise<SsoSettings | undefined> {
  const [row] = await db
    .select(settingsColumns)
    .from(ssoSettings)
    .where(eq(ssoSettings.municipalityId, municipalityId));
  return row;
}

export async function saveSsoSettings(db: DbOrTx, settings: SsoSettings): Promise<void> {
  const { municipalityId: _key, ...rest } = settings;
  await db
    .insert(ssoSettings)
    .values(settings)
    .onConflictDoUpdate({ target: ssoSettings.municipalityId, set: rest });
}

/** The municipalities whose staff may sign in through their IdP: the login page's buttons. */
export async function listSsoMunicipalities(db: DbOrTx): Promise<{ slug: string; name: string }[]> {
  return db
    .select({ slug: municipalities.slug, name: municipalities.name })
    .from(ssoSettings)
    .innerJoin(municipalities, eq(municipalities.id, ssoSettings.municipalityId))
    .orderBy(asc(municipalities.name));
}

export interface StoredGroupMapping extends GroupMapping {
  scopeUnitName: string;
}

export async function listGroupMappings(db: DbOrTx, municipalityId: string): Promise<StoredGroupMapping[]> {
  return db
    .select({
      groupKey: ssoGroupMappings.groupKey,
      role: ssoGroupMappings.role,
      scopeUnitId: ssoGroupMappings.scopeUnitId,
      scopeUnitPath: orgUnits.path,
      scopeUnitName: orgUnits.name,
    })
    .from(ssoGroupMappings)
    .innerJoin(orgUnits, eq(orgUnits.id, ssoGroupMappings.scopeUnitId))
    .where(eq(ssoGroupMappings.municipalityId, municipalityId))
    .orderBy(asc(ssoGroupMappings.groupKey));
}

/** Adds the mapping, or changes the role and scope of the group's existing one. */
export async function saveGroupMapping(
  db: DbOrTx,
  municipalityId: string,
  mapping: Pick<GroupMapping, 'groupKey' | 'role' | 'scopeUnitId'>,
): Promise<void> {
  await db
    .insert(ssoGroupMappings)
    .values({ municipalityId, ...mapping })
    .onConflictDoUpdate({
      target: [ssoGroupMappings.municipalityId, ssoGroupMappings.groupKey],
      set: { role: mapping.role, scopeUnitId: mapping.scopeUnitId },
    });
}

/** Whether there was such a mapping to delete. */
export async function deleteGroupMapping(
  db: DbOrTx,
  municipalityId: string,
  groupKey: string,
): Promise<boolean> {
  const deleted = await db
    .delete(ssoGroupMappings)
    .where(and(eq(ssoGroupMappings.municipalityId, municipalityId), eq(ssoGroupMappings.groupKey, groupKey)))
    .returning({ groupKey: ssoGroupMappings.groupKey });
  return deleted.length > 0;
}
