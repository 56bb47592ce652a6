import { and, eq, gt, lt } from 'drizzle-orm';
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
    .where(eq(staffUsers.email, email.toLowerCase()));
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
    .where(and(eq(staffSessions.id, sessionId), gt(staffSessions.expiresAt, now)));
  return row;
}

export async function deleteStaffSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
}
