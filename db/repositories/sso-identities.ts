import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { orgUnits, ssoWaitingUsers, staffSsoIdentities, staffUsers } from '../schema';
import { staffUserColumns, type StaffUser } from './staff';

export type RoleFrom = 'groups' | 'malbar';

/** A staff user as SSO sign-in needs them: deactivated ones too, to refuse them by name. */
export interface SsoStaffUser extends StaffUser {
  deactivatedAt: Date | null;
}

const userColumns = { ...staffUserColumns, deactivatedAt: staffUsers.deactivatedAt };

/** The staff user an IdP account (issuer + sub) is linked to. */
export async function findUserByIdentity(
  db: DbOrTx,
  issuer: string,
  subject: string,
): Promise<(SsoStaffUser & { roleFrom: RoleFrom }) | undefined> {
  const [row] = await db
    .select({ ...userColumns, roleFrom: staffSsoIdentities.roleFrom })
    .from(staffSsoIdentities)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSsoIdentities.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(and(eq(staffSsoIdentities.issuer, issuer), eq(staffSsoIdentities.subject, subject)));
  return row;
}

/** Whoever has the e-mail address, in any municipality (addresses are unique across them). */
export async function findUserByEmail(db: DbOrTx, email: string): Promise<SsoStaffUser | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(eq(staffUsers.email, email.toLowerCase()));
  return row;
}

export async function linkIdentity(
  db: DbOrTx,
  identity: { userId: string; issuer: string; subject: string; roleFrom: RoleFrom; linkedAt: Date },
): Promise<void> {
  await db.insert(staffSsoIdentities).values(identity);
}

export async function setIdentityRoleFrom(
  db: DbOrTx,
  identity: { issuer: string; subject: string },
  roleFrom: RoleFrom,
): Promise<void> {
  await db
    .update(staffSsoIdentities)
    .set({ roleFrom })
    .where(
      and(eq(staffSsoIdentities.issuer, identity.issuer), eq(staffSsoIdentities.subject, identity.subject)),
    );
}

export interface WaitingUser {
  id: string;
  municipalityId: string;
  issuer: string;
  subject: string;
  email: string;
  name: string;
  lastSeenAt: Date;
}

/** Notes (or refreshes) someone who signed in with no mapped group and no account. */
export async function upsertWaitingUser(db: DbOrTx, user: Omit<WaitingUser, 'id'>): Promise<void> {
  await db
    .insert(ssoWaitingUsers)
    .values(user)
    .onConflictDoUpdate({
      target: [ssoWaitingUsers.issuer, ssoWaitingUsers.subject],
      set: {
        email: user.email,
        name: user.name,
        lastSeenAt: user.lastSeenAt,
        municipalityId: user.municipalityId,
      },
    });
}

export async function listWaitingUsers(db: DbOrTx, municipalityId: string): Promise<WaitingUser[]> {
  return db
    .select()
    .from(ssoWaitingUsers)
    .where(eq(ssoWaitingUsers.municipalityId, municipalityId))
    .orderBy(asc(ssoWaitingUsers.name));
}

export async function findWaitingUser(db: DbOrTx, id: string): Promise<WaitingUser | undefined> {
  const [row] = await db.select().from(ssoWaitingUsers).where(eq(ssoWaitingUsers.id, id));
  return row;
}

/** Whether the row was still there: two administrators assigning at once create one user. */
export async function deleteWaitingUser(db: DbOrTx, id: string): Promise<boolean> {
  const deleted = await db
    .delete(ssoWaitingUsers)
    .where(eq(ssoWaitingUsers.id, id))
    .returning({ id: ssoWaitingUsers.id });
  return deleted.length > 0;
}

export async function deleteWaitingUserByIdentity(
  db: DbOrTx,
  issuer: string,
  subject: string,
): Promise<void> {
  await db
    .delete(ssoWaitingUsers)
    .where(and(eq(ssoWaitingUsers.issuer, issuer), eq(ssoWaitingUsers.subject, subject)));
}
