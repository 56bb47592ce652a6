import { roleFromGroups, type GroupMapping } from '../../../core/staff/group-role-mapping';
import { readGroupsClaim } from '../../../core/staff/groups-claim';
import { SsoSettingsInput } from '../../../core/staff/sso-settings-input';

const ROOT = '/m/';
const AREA = '/m/a/';
const SCHOOL = '/m/a/s/';
const mapping = (groupKey: string, role: GroupMapping['role'], scopeUnitPath: string): GroupMapping => ({
  groupKey,
  role,
  scopeUnitId: `unit${scopeUnitPath}`,
  scopeUnitPath,
});
const MAPPINGS = [
  mapping('g-admins', 'admin', ROOT),
  mapping('g-quality', 'consultant', ROOT),
  mapping('g-area-quality', 'consultant', AREA),
  mapping('g-school-leaders', 'leader', SCHOOL),
  mapping('g-area-leaders', 'leader', AREA),
  mapping('g-council', 'viewer', ROOT),
];

describe('roleFromGroups', () => {
  it.each([
    // groups                                   → role, scope path, group
    [[], null],
    [['unmapped', 'other'], null],
    [['g-council'], ['viewer', ROOT, 'g-council']],
    [['g-school-leaders'], ['leader', SCHOOL, 'g-school-leaders']],
    // strongest role wins, whatever the order the IdP lists them in
    [
      ['g-council', 'g-admins'],
      ['admin', ROOT, 'g-admins'],
    ],
    [
      ['g-admins', 'g-council'],
      ['admin', ROOT, 'g-admins'],
    ],
    // same role: the wider scope (area = 2 ids) beats the school (3 ids)
    [
      ['g-school-leaders', 'g-area-leaders'],
      ['leader', AREA, 'g-area-leaders'],
    ],
    [
      ['g-area-quality', 'g-quality'],
      ['consultant', ROOT, 'g-quality'],
    ],
    // a mapped group among many unmapped ones
    [
      ['x', 'y', 'g-area-quality', 'z'],
      ['consultant', AREA, 'g-area-quality'],
    ],
  ] as const)('when the groups are %j, then the assignment is %j', (groups, expected) => {
    const result = roleFromGroups(groups, MAPPINGS);
    expect(result && [result.role, result.scopeUnitId.replace('unit', ''), result.groupKey]).toEqual(
      expected,
    );
  });

  it('when two mappings tie on role and depth, then the first group key wins in either order', () => {
    const tie = [mapping('b', 'leader', SCHOOL), mapping('a', 'leader', '/m/a/t/')];
    expect(roleFromGroups(['a', 'b'], tie)?.groupKey).toBe('a');
    expect(roleFromGroups(['b', 'a'], [...tie].reverse())?.groupKey).toBe('a');
  });

  it('when group keys differ only in case, then they do not match (object ids are compared as sent)', () => {
    expect(roleFromGroups(['G-ADMINS'], MAPPINGS)).toBeNull();
  });
});

describe('readGroupsClaim', () => {
  it.each([
    [{ groups: ['a', 'b'] }, 'groups', ['a', 'b']],
    [{ groups: 'a' }, 'groups', ['a']],
    [{ groups: '' }, 'groups', []],
    [{ groups: ['a', 7, null, '', 'b'] }, 'groups', ['a', 'b']],
    [{ groups: { a: true } }, 'groups', []],
    [{}, 'groups', []],
    [{ roles: ['r'] }, 'roles', ['r']],
    [{ realm_access: { roles: ['x', 'y'] } }, 'realm_access.roles', ['x', 'y']],
    [{ realm_access: ['x'] }, 'realm_access.roles', []],
  ])('when the claims are %j and the claim is %s, then the groups are %j', (claims, name, expected) => {
    expect(readGroupsClaim(claims, name)).toEqual(expected);
  });
});

describe('SsoSettingsInput', () => {
  const base = { clientId: 'c', clientSecret: 's' };
  it.each([
    ['https://login.microsoftonline.com/tenant/v2.0', true, 'https://login.microsoftonline.com/tenant/v2.0'],
    // kept as typed: the provider's discovery document decides whether its issuer ends in a slash
    [' https://tenant.auth0.com/ ', true, 'https://tenant.auth0.com/'],
    ['http://127.0.0.1:4000', true, 'http://127.0.0.1:4000'],
    ['http://localhost:4000', true, 'http://localhost:4000'],
    ['http://idp.example.org', false, 'an https:// address (http:// only for localhost)'],
    ['ftp://idp.example.org', false, 'an https:// address (http:// only for localhost)'],
    ['not a url', false, 'an https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0'],
  ])('when the issuer is %s, then it is accepted: %s (%s)', (issuer, ok, expected) => {
    const result = SsoSettingsInput.safeParse({ ...base, issuer });
    expect(result.success).toBe(ok);
    if (result.success) expect(result.data.issuer).toBe(expected);
    else expect(result.error.issues[0]!.message).toBe(expected);
  });

  it('when the form leaves the groups claim empty and passwords unsaid, then the claim is groups and passwords stay allowed', () => {
    const result = SsoSettingsInput.parse({ ...base, issuer: 'https://idp.example', groupsClaim: '' });
    expect(result).toMatchObject({ groupsClaim: 'groups', passwordsAllowed: true });
    expect(
      SsoSettingsInput.parse({ ...base, issuer: 'https://i.example', passwordsAllowed: false })
        .passwordsAllowed,
    ).toBe(false);
    expect(
      SsoSettingsInput.parse({ ...base, issuer: 'https://i.example', passwordsAllowed: 'on' })
        .passwordsAllowed,
    ).toBe(true);
  });
});

describe('SsoSettingsInput: extra scopes', () => {
  const base = { issuer: 'https://idp.example', clientId: 'c' };
  it.each([
    [undefined, ''],
    ['', ''],
    ['  allatclaims   offline_access ', 'allatclaims offline_access'],
    ['api://malbar/read', 'api://malbar/read'],
  ])('when the scopes are %j, then they are kept as %j', (extraScopes, expected) => {
    expect(SsoSettingsInput.parse({ ...base, extraScopes }).extraScopes).toBe(expected);
  });

  it('when a scope has a quote or a backslash, then the field is refused', () => {
    for (const extraScopes of ['a"b', 'a\\b']) {
      const result = SsoSettingsInput.safeParse({ ...base, extraScopes });
      expect(result.success || result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['extraScopes', 'scope names separated by spaces'],
      ]);
    }
  });
});
