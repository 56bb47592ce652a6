import { z } from 'zod';
import type { FieldIssue } from '../errors';
import type { OrgUnit } from '../org/org-unit';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-strength';

export const STAFF_ROLES = ['admin', 'consultant', 'leader', 'viewer'] as const;
export const StaffRole = z.enum(STAFF_ROLES, 'choose admin, consultant, leader or viewer');
export type StaffRole = z.infer<typeof StaffRole>;

// The minimum for a password an administrator types; its strength is checked by the use case.
export { MIN_PASSWORD_LENGTH };

// An HTML form sends '' for a field left empty; that means "not given".
const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

const scopeUnitId = z.preprocess(emptyAsMissing, z.uuid('choose a unit from the tree').optional());

/**
 * A new staff user. Without a scope the user gets the whole municipality; without a password a
 * one-time password is generated and shown once.
 */
export const NewStaffUser = z.object({
  name: z.string().trim().min(1, 'write the name').max(200),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('not an e-mail address').max(254, 'at most 254 characters')),
  role: StaffRole,
  scopeUnitId,
  password: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters, or leave it empty`)
      .max(MAX_PASSWORD_LENGTH)
      .optional(),
  ),
});
export type NewStaffUser = z.infer<typeof NewStaffUser>;

/** A change to a staff user: role, scope, name, or whether the user may log in. */
export const StaffUserChange = z
  .object({
    name: z.string().trim().min(1, 'write the name').max(200).optional(),
    role: StaffRole.optional(),
    scopeUnitId,
    active: z.boolean('true or false').optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    path: ['(body)'],
    message: 'nothing to change',
  });
export type StaffUserChange = z.infer<typeof StaffUserChange>;

/**
 * Whether a role fits a scope: a leader leads a unit below the municipality; an administrator
 * administers the whole municipality (user administration is for the whole of it).
 */
export function checkRoleScope(role: StaffRole, scope: Pick<OrgUnit, 'kind'>): FieldIssue[] {
  if (role === 'leader' && scope.kind === 'municipality')
    return [{ field: 'scopeUnitId', issue: 'a leader is scoped to a unit below the municipality' }];
  if (role === 'admin' && scope.kind !== 'municipality')
    return [{ field: 'scopeUnitId', issue: "an administrator's scope is the whole municipality" }];
  return [];
}

/**
 * What an administrator may not do to their own account: demote or deactivate it (nor move it
 * down the tree, which checkRoleScope refuses for any administrator). The one acting is then
 * always left, so the municipality never ends without an administrator.
 */
export function checkOwnChange(change: StaffUserChange): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (change.role !== undefined && change.role !== 'admin')
    issues.push({ field: 'role', issue: 'you cannot take away your own administrator role' });
  if (change.active === false) issues.push({ field: 'active', issue: 'you cannot deactivate yourself' });
  return issues;
}

/** Only administrators of the whole municipality administer its users. */
export function administersUsers(staff: { role: string; scopeUnitPath: string }): boolean {
  return staff.role === 'admin' && staff.scopeUnitPath.split('/').filter(Boolean).length === 1;
}
