import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { orgUnits } from '../schema/organisation';
import { apiTokens, staffUsers } from '../schema/staff';
import type { StaffUser } from './staff';

export type ApiTokenRole = 'consultant' | 'leader' | 'viewer';

export interface ApiTokenRow {
  id: string;
  name: string;
  role: ApiTokenRole;
  scopeUnitId: string;
  scopeUnitName: string;
  createdByName: string;
  createdAt: Date;
  lastUsedOn: string | null;
  revokedAt: Date | null;
}

export async function createApiToken(
  db: DbOrTx,
  token: {
    municipalityId: string;
    name: string;
    role: ApiTokenRole;
    scopeUnitId: string;
    tokenHash: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(apiTokens).values(token).returning({ id: apiTokens.id });
  return row!.id;
}

/** A municipality's tokens, newest first, never their hashes. */
export async function listApiTokens(db: DbOrTx, municipalityId: string): Promise<ApiTokenRow[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      scopeUnitId: apiTokens.scopeUnitId,
      scopeUnitName: orgUnits.name,
      createdByName: staffUsers.name,
      createdAt: apiTokens.createdAt,
      lastUsedOn: apiTokens.lastUsedOn,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.scopeUnitId))
    .innerJoin(staffUsers, eq(staffUsers.id, apiTokens.createdBy))
    .where(eq(apiTokens.municipalityId, municipalityId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes a token of the municipality; false when there is no such live token. */
export async function revokeApiToken(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  at: Date,
): Promise<{ name: string } | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(eq(apiTokens.id, id), eq(apiTokens.municipalityId, municipalityId), isNull(apiTokens.revokedAt)),
    )
    .returning({ name: apiTokens.name });
  return row;
}

/**
 * The reader a live token stands for: its role and scope in its municipality, named after the
 * token (the audit trail's actor) and carrying its issuer's id (who answers for it). The day of
 * use is written at most once a day.
 */
export async function findApiTokenReader(
  db: DbOrTx,
  tokenHash: string,
  today: string,
): Promise<StaffUser | undefined> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      createdBy: apiTokens.createdBy,
      municipalityId: apiTokens.municipalityId,
      name: apiTokens.name,
      role: apiTokens.role,
      scopeUnitId: apiTokens.scopeUnitId,
      scopeUnitPath: orgUnits.path,
      lastUsedOn: apiTokens.lastUsedOn,
    })
    .from(apiTokens)
    .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.scopeUnitId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  if (!row) return undefined;
  if (row.lastUsedOn !== today)
    await db
      .update(apiTokens)
      .set({ lastUsedOn: today })
      .where(
        and(
          eq(apiTokens.id, row.id),
          or(isNull(apiTokens.lastUsedOn), sql`${apiTokens.lastUsedOn} <> ${today}`),
        ),
      );
  return {
    id: row.createdBy,
    municipalityId: row.municipalityId,
    email: `api-token:${row.name}`,
    name: row.name,
    role: row.role,
    scopeUnitId: row.scopeUnitId,
    scopeUnitPath: row.scopeUnitPath,
    mustChangePassword: false,
  };
}
