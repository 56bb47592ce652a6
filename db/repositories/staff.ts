import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
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
}

const userColumns = {
  id: staffUsers.id,
  municipalityId: staffUsers.municipalityId,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  scopeUnitId: staffUsers.scopeUnitId,
  scopeUnitPath: orgUnits.path,
};

export async function createStaffUser(
  db: DbOrTx,
  user: Omit<StaffUser, 'id' | 'scopeUnitPath'> & { passwordHash: string },
): Promise<string> {
  const [row] = await db
    .insert(staffUsers)
    .values({ ...user, email: user.email.toLowerCase() })
    .returning({ id: staffUsers.id });
  return row!.id;
}

export async function findStaffCredentials(
  db: DbOrTx,
  email: string,
): Promise<(StaffUser & { passwordHash: string }) | undefined> {
  const [row] = await db
    .select({ ...userColumns, passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .innerJoin(orgUnits, eq(orgUnits.id, staffUsers.scopeUnitId))
    .where(and(eq(staffUsers.email, email.toLowerCase()), isNull(staffUsers.deactivatedAt)));
  return row;
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
    .select(userColumns)
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

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId));
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
  ...userColumns,
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
