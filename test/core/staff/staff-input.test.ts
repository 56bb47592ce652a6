import {
  administersUsers,
  checkOwnChange,
  checkRoleScope,
  NewStaffUser,
  StaffUserChange,
  type StaffRole,
} from '../../../core/staff/staff-input';

const UNIT = '5b3c1f5e-2f7a-4c39-9a51-0c2f0c7f4d11';
const valid = { name: 'Ane Holm', email: 'Ane.Holm@Kommune.DK ', role: 'leader', scopeUnitId: UNIT };

const fieldsOf = (input: unknown, schema: typeof NewStaffUser | typeof StaffUserChange = NewStaffUser) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.') || '(body)');
};

describe('NewStaffUser', () => {
  it('when the form is complete, then the e-mail is trimmed and lower-cased and empty fields count as not given', () => {
    expect(NewStaffUser.parse({ ...valid, password: '' })).toEqual({
      name: 'Ane Holm',
      email: 'ane.holm@kommune.dk',
      role: 'leader',
      scopeUnitId: UNIT,
      password: undefined,
    });
    expect(NewStaffUser.parse({ ...valid, scopeUnitId: '' }).scopeUnitId).toBeUndefined();
  });

  it.each([
    { when: 'the name is blank', input: { ...valid, name: '  ' }, field: 'name' },
    { when: 'the e-mail has no @', input: { ...valid, email: 'ane.holm' }, field: 'email' },
    { when: 'the role is unknown', input: { ...valid, role: 'owner' }, field: 'role' },
    { when: 'the scope is not a unit id', input: { ...valid, scopeUnitId: 'school' }, field: 'scopeUnitId' },
    // 11 characters: one short of the 12 an administrator must type.
    {
      when: 'the typed password is 11 characters',
      input: { ...valid, password: 'a'.repeat(11) },
      field: 'password',
    },
  ])('when $when, then the field $field is named', ({ input, field }) => {
    expect(fieldsOf(input)).toEqual([field]);
  });

  it('when the typed password has 12 characters, then it is kept', () => {
    expect(NewStaffUser.parse({ ...valid, password: 'a'.repeat(12) }).password).toBe('a'.repeat(12));
  });
});

describe('StaffUserChange', () => {
  it.each([
    { when: 'nothing is given', input: {}, fields: ['(body)'] },
    { when: 'active is a string', input: { active: 'no' }, fields: ['active'] },
    { when: 'only the role is given', input: { role: 'viewer' }, fields: [] },
    { when: 'only deactivation is given', input: { active: false }, fields: [] },
  ])('when $when, then the fields named are $fields', ({ input, fields }) => {
    expect(fieldsOf(input, StaffUserChange)).toEqual(fields);
  });
});

describe('checkRoleScope', () => {
  it.each<{ role: StaffRole; kind: 'municipality' | 'area' | 'institution' | 'group'; ok: boolean }>([
    { role: 'leader', kind: 'municipality', ok: false },
    { role: 'leader', kind: 'institution', ok: true },
    { role: 'leader', kind: 'group', ok: true },
    { role: 'admin', kind: 'municipality', ok: true },
    { role: 'admin', kind: 'area', ok: false },
    { role: 'consultant', kind: 'municipality', ok: true },
    { role: 'consultant', kind: 'area', ok: true },
    { role: 'viewer', kind: 'municipality', ok: true },
    { role: 'viewer', kind: 'institution', ok: true },
  ])('when a $role is scoped to a unit of kind $kind, then it is allowed: $ok', ({ role, kind, ok }) => {
    const issues = checkRoleScope(role, { kind });
    expect(issues.length === 0).toBe(ok);
    for (const issue of issues) expect(issue.field).toBe('scopeUnitId');
  });
});

describe('checkOwnChange', () => {
  it.each([
    {
      when: 'they demote themselves to consultant',
      change: { role: 'consultant' as const },
      fields: ['role'],
    },
    { when: 'they deactivate themselves', change: { active: false }, fields: ['active'] },
    {
      when: 'they keep the admin role and rename themselves',
      change: { role: 'admin' as const, name: 'A' },
      fields: [],
    },
    { when: 'they reactivate themselves (a no-op)', change: { active: true }, fields: [] },
  ])('when an administrator $when, then the fields refused are $fields', ({ change, fields }) => {
    expect(checkOwnChange(change).map((i) => i.field)).toEqual(fields);
  });
});

describe('administersUsers', () => {
  it.each([
    { role: 'admin', path: '/m/', expected: true },
    { role: 'admin', path: '/m/area/', expected: false },
    { role: 'consultant', path: '/m/', expected: false },
    { role: 'viewer', path: '/m/', expected: false },
  ])('when a $role is scoped to $path, then they administer users: $expected', ({ role, path, expected }) => {
    expect(administersUsers({ role, scopeUnitPath: path })).toBe(expected);
  });
});
