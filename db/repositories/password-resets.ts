import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { passwordResets, staffUsers } from '../schema';

export interface PasswordReset {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** What the mail needs: where to send it and whom to greet. */
export interface PasswordResetMail extends PasswordReset {
  email: string;
  name: string;
  municipalityId: string;
  deactivatedAt: Date | null;
}

const columns = {
  id: passwordResets.id,
  userId: passwordResets.userId,
  expiresAt: passwordResets.expiresAt,
  usedAt: passwordResets.usedAt,
};

export async function createPasswordReset(
  db: DbOrTx,
  reset: { userId: string; createdAt: Date; expiresAt: Date },
): Promise<string> {
  const [row] = await db.insert(passwordResets).values(reset).returning({ id: passwordResets.id });
  return row!.id;
}

export async function findPasswordReset(db: DbOrTx, id: string): Promise<PasswordReset | undefined> {
  const [row] = await db.select(columns).from(passwordResets).where(eq(passwordResets.id, id));
  return row;
}

export async function findPasswordResetMail(db: DbOrTx, id: string): Promise<PasswordResetMail | undefined> {
  const [row] = await db
    .select({
      ...columns,
      email: staffUsers.email,
      name: staffUsers.name,
      municipalityId: staffUsers.municipalityId,
      deactivatedAt: staffUsers.deactivatedAt,
    })
    .from(passwordResets)
    .innerJoin(staffUsers, eq(staffUsers.id, passwordResets.userId))
    .where(eq(passwordResets.id, id));
  return row;
}

/**
 * Marks the reset used, if it still is usable at `now`; false when another request used it first
 * (or it expired). Every other open reset of the user is closed with it: one new password per mail.
 */
export async function usePasswordReset(db: DbOrTx, reset: PasswordReset, now: Date): Promise<boolean> {
  const used = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .returning({ id: passwordResets.id });
  if (used.length === 0) return false;
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
  return true;
}
