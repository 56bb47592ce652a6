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
