import { personOf } from '../../../core/staff/sso-person';

describe('personOf', () => {
  it.each([
    [
      { sub: 's1', email: ' Anna@Kommune.DK ', name: 'Anna' },
      { sub: 's1', email: 'anna@kommune.dk', emailMatches: true, name: 'Anna' },
    ],
    // Entra ID without the email claim: the user principal name stands in
    [
      { sub: 's2', preferred_username: 'Bo@kommune.dk' },
      { sub: 's2', email: 'bo@kommune.dk', emailMatches: true, name: 'bo@kommune.dk' },
    ],
    // a UPN that is no address is no e-mail; the name falls back to the sub
    [
      { sub: 's3', preferred_username: 'KOMMUNE\\bo' },
      { sub: 's3', email: undefined, emailMatches: true, name: 's3' },
    ],
    // the IdP says the address is unverified: it may not find an existing account
    [
      { sub: 's4', email: 'c@k.dk', email_verified: false, name: 'C' },
      { sub: 's4', email: 'c@k.dk', emailMatches: false, name: 'C' },
    ],
    [
      { email: 'd@k.dk', sub: 42 },
      { sub: '', email: 'd@k.dk', emailMatches: true, name: 'd@k.dk' },
    ],
    [
      { sub: 's5', email: `${'a'.repeat(250)}@k.dk` },
      { sub: 's5', email: undefined, emailMatches: true, name: 's5' },
    ],
  ])('when the claims are %j, then the person is %j', (claims, expected) => {
    expect(personOf(claims)).toEqual(expected);
  });

  it('when the name is longer than 200 characters, then it is cut to 200', () => {
    expect(personOf({ sub: 's', name: 'n'.repeat(300) }).name).toHaveLength(200);
  });
});
