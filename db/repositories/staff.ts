import { and, asc, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { orgUnits, staffSessions, staffUsers } from '../schema';

export type StaffRole = 'admin' | 'consultant' | 'leader' | 'viewer';

export interface StaffUser {
  id: string;
  municipalityId: string;
  email: string;
  name: string;
  role: StaffRole;
  scopeUnitId: string;
  scopeUnitPath: string;
  /** Signed in with a one-time password: may do nothing but choose a password of their own. */
  mustChangePassword: boolean;
}

/** A staff user's columns as repositories select them (with the scope unit's path). */
export const staffUserColumns = {
  id: staffUsers.id,
  municipalityId: staffUsers.municipalityId,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  scopeUnitId: staffUsers.scopeUnitId,
  scopeUnitPath: orgUnits.path,
  mustChangePassword: staffUsers.mustChangePassword,
};

export async function createStaffUser(
  db: DbOrTx,
  user: Omit<StaffUser, 'id' | 'scopeUnitPath' | 'mustChangePassword'> & {
    passwordHash: string;
    mustChangePassword?: boolean;
  },
): Promise<string> {
  const [row] = await db
    .insert(staffUsers)
    .values({ ...user, email: user.email.toLowerCase() })
    .returning({ id: staffUsers.id });
  return row!.id;
}

export type StaffCredentials = StaffUser & { passwordHash: string; deactivatedAt: Date | null };

/** The account signing in by this e-mail, deactivated or not (the caller refuses a deactivated one). */
export async function findStaffCredentials(db: DbOrTx, email: string): Promise<StaffCredentials | undefined> {
  const [row] = await db
    .select({
      ...staffUserColumns,
      passwordHash: staffUsers.passwordHash,
      deactivatedAt: staffUsers.deactivatedAt,
    })
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(eq(staffUsers.email, email.toLowerCase()));
  return row;
}

/** The stored hash of a user's password, for checking the current password before a change. */
export async function findPasswordHash(db: DbOrTx, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  return row?.hash;
}

/**
 * A new password: chosen by the user (mustChange false, dated) or a one-time password from an
 * administrator (mustChange true).
 */
export async function setStaffPassword(
  db: DbOrTx,
  userId: string,
  change: { passwordHash: string; mustChange: boolean; at: Date },
): Promise<void> {
  await db
    .update(staffUsers)
    .set({
      passwordHash: change.passwordHash,
      mustChangePassword: change.mustChange,
      passwordChangedAt: change.mustChange ? undefined : change.at,
    })
    .where(eq(staffUsers.id, userId));
}

export async function createStaffSession(
  db: DbOrTx,
  session: { id: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.insert(staffSessions).values(session);
}

export async function findSessionUser(
  db: DbOrTx,
  sessionId: string,
  now: Date,
): Promise<StaffUser | undefined> {
  const [row] = await db
    .select(staffUserColumns)
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(
      and(
        eq(staffSessions.id, sessionId),
        gt(staffSessions.expiresAt, now),
        isNull(staffUsers.deactivatedAt),
      ),
    );
  return row;
}

export async function deleteStaffSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
}

/** Ends the user's sessions, all of them or all but the one given (the one making a change). */
export async function deleteUserSessions(db: DbOrTx, userId: string, except?: string): Promise<void> {
  await db
    .delete(staffSessions)
    .where(
      and(eq(staffSessions.userId, userId), except === undefined ? undefined : ne(staffSessions.id, except)),
    );
}

export async function recordStaffLogin(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db.update(staffUsers).set({ lastLoginAt: at }).where(eq(staffUsers.id, userId));
}

/** A staff user as the user administration shows them. */
export interface StaffListing extends StaffUser {
  scopeUnitName: string;
  lastLoginAt: Date | null;
  deactivatedAt: Date | null;
}

const listingColumns = {
  ...staffUserColumns,
  scopeUnitName: orgUnits.name,
  lastLoginAt: staffUsers.lastLoginAt,
  deactivatedAt: staffUsers.deactivatedAt,
};

/** Every staff user of a municipality, active or not, by name. */
export async function listStaffUsers(db: DbOrTx, municipalityId: string): Promise<StaffListing[]> {
  return db
    .select(listingColumns)
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(eq(staffUsers.municipalityId, municipalityId))
    .orderBy(asc(staffUsers.name), asc(staffUsers.email));
}

export async function findStaffUser(db: DbOrTx, userId: string): Promise<StaffListing | undefined> {
  const [row] = await db
    .select(listingColumns)
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(eq(staffUsers.id, userId));
  return row;
}

/** Whether any user, of any municipality, has the e-mail address (they log in by it alone). */
export async function isStaffEmailTaken(db: DbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.email, email.toLowerCase()));
  return row !== undefined;
}

export async function updateStaffUser(
  db: DbOrTx,
  userId: string,
  change: Partial<Pick<StaffUser, 'name' | 'role' | 'scopeUnitId'>> & { deactivatedAt?: Date | null },
): Promise<void> {
  await db.update(staffUsers).set(change).where(eq(staffUsers.id, userId));
}
