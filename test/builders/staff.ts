import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import { createStaffUser, type StaffRole } from '../../db/repositories/staff';
import { hashPassword } from '../../server/auth/password';

export async function aStaffUser(db: Db, scope: OrgUnit, role: StaffRole = 'consultant') {
  const email = `staff-${randomBytes(4).toString('hex')}@test.example`;
  const password = 'correct horse battery';
  await createStaffUser(db, {
    municipalityId: scope.municipalityId,
    email,
    name: 'Test Person',
    role,
    scopeUnitId: scope.id,
    passwordHash: await hashPassword(password),
  });
  return { email, password };
}

/** Logs in through the real endpoint and returns the session cookie for later requests. */
export async function logIn(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A password the strength check accepts (four unrelated words). */
export const STRONG_PASSWORD = 'quiet-otter-harbour-48';

/**
 * The first sign-in with a one-time password: log in, then choose `newPassword` (until then the
 * session may do nothing else). Returns the session cookie, now free to use.
 */
export async function logInFirstTime(
  baseUrl: string,
  user: { email: string; oneTimePassword: string },
  newPassword = STRONG_PASSWORD,
): Promise<string> {
  const cookie = await logIn(baseUrl, { email: user.email, password: user.oneTimePassword });
  const res = await fetch(`${baseUrl}/api/me/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin, cookie },
    body: JSON.stringify({ currentPassword: user.oneTimePassword, newPassword }),
  });
  if (res.status !== 204) throw new Error(`password change failed: ${res.status} ${await res.text()}`);
  return cookie;
}
