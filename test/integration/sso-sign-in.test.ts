import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { auditEvents, ssoSettings } from '../../db/schema';
import { openText, sealText } from '../../server/auth/sealed-text';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, sameOrigin, type Json } from '../support/http';
import { startOidcProvider, type ProviderAccount, type TestOidcProvider } from '../support/oidc-provider';
import { finishSsoSignIn, ssoSignIn, startSsoSignIn } from '../support/oidc-sign-in';
import { STORES, type TestStore } from '../support/stores';

const putJson = async (url: string, body: unknown, cookie: string) => {
  const res = await fetch(url, {
    method: 'PUT',
    headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};
const anEmail = (who: string) => `${who}-${randomBytes(4).toString('hex')}@test.example`;

for (const kind of STORES) {
  describe(`${kind.name}: single sign-on through a real OpenID provider`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let provider: TestOidcProvider;
    let admin: string;
    const accounts: Record<string, ProviderAccount> = {};
    const url = (path: string) => `${store.url}${path}`;
    const signIn = (login: string) => ssoSignIn(store.url, org.municipality.slug, login);
    const me = async (session: string) => (await getJson(url('/api/me'), { cookie: session })).body;
    const account = (login: string, claims: ProviderAccount) => {
      accounts[login] = claims;
      provider.setAccounts(accounts);
      return accounts[login]!;
    };
    const lastAudit = async (action: string) => {
      const [row] = await store.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.municipalityId, org.municipality.id), eq(auditEvents.action, action)))
        .orderBy(desc(auditEvents.id))
        .limit(1);
      return row;
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1]).create();
      other = await aMunicipality(store.db).withClasses([2]).create();
      admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      provider = await startOidcProvider([url('/login/sso/callback')], {});
      const saved = await putJson(
        url('/api/admin/sso'),
        { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
        admin,
      );
      expect(saved.status).toBe(200);
      for (const [groupKey, role, unit] of [
        ['g-quality', 'consultant', org.root],
        ['g-school', 'leader', org.school],
      ] as const) {
        const mapped = await putJson(
          url('/api/admin/sso/mappings'),
          { groupKey, role, scopeUnitId: unit.id },
          admin,
        );
        expect(mapped.status).toBe(200);
      }
    });
    afterAll(async () => {
      await provider?.stop();
      await store?.stop();
    });

    it('when the settings are saved, then the API shows them and the redirect URI but never the secret, which is stored sealed', async () => {
      const { status, body } = await getJson(url('/api/admin/sso'), { cookie: admin });
      expect(status).toBe(200);
      expect(body.redirectUri).toBe(url('/login/sso/callback'));
      expect(body.settings).toMatchObject({
        issuer: provider.issuer,
        clientId: 'malbar',
        hasClientSecret: true,
        groupsClaim: 'groups',
        extraScopes: '',
        passwordsAllowed: true,
      });
      expect(body.mappings.map((m: Json) => [m.groupKey, m.role, m.scopeUnitName])).toEqual([
        ['g-quality', 'consultant', org.root.name],
        ['g-school', 'leader', 'Testskolen'],
      ]);
      expect(JSON.stringify(body)).not.toContain(provider.clientSecret);
      // The old page's address leads to the app's screen, which shows what this API answers.
      const old = await fetch(url('/dashboard/admin/sso'), {
        headers: { cookie: admin },
        redirect: 'manual',
      });
      expect([old.status, old.headers.get('location')]).toEqual([303, '/app/admin/sso']);
      const [row] = await store.db
        .select()
        .from(ssoSettings)
        .where(eq(ssoSettings.municipalityId, org.municipality.id));
      expect(row!.clientSecretSealed).not.toContain(provider.clientSecret);
      expect(openText(store.config.sessionSecret!, 'sso-client-secret', row!.clientSecretSealed)).toBe(
        provider.clientSecret,
      );
      expect((await lastAudit('sso_settings_changed'))!.detail).not.toHaveProperty('clientSecret');
    });

    it('when settings are bad or the caller is no administrator, then nothing is saved and the fields are named', async () => {
      const otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
      const first = await putJson(
        url('/api/admin/sso'),
        { issuer: 'http://idp.example.org', clientId: '' },
        otherAdmin,
      );
      expect(first.status).toBe(422);
      expect(first.body.error.details.map((d: Json) => d.field).sort()).toEqual(['clientId', 'issuer']);
      const noSecret = await putJson(
        url('/api/admin/sso'),
        { issuer: 'https://idp.example.org', clientId: 'c' },
        otherAdmin,
      );
      expect(noSecret.body.error.details).toEqual([
        { field: 'clientSecret', issue: 'write the client secret (it is required the first time)' },
      ]);
      expect((await getJson(url('/api/admin/sso'), { cookie: otherAdmin })).body.settings).toBeNull();
      const leaderMapping = await putJson(
        url('/api/admin/sso/mappings'),
        { groupKey: 'g-x', role: 'leader', scopeUnitId: org.root.id },
        admin,
      );
      expect(leaderMapping.status).toBe(422);
      expect(leaderMapping.body.error.details[0].field).toBe('scopeUnitId');
      const viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      expect((await getJson(url('/api/admin/sso'), { cookie: viewer })).status).toBe(403);
      expect(
        (await putJson(url('/api/admin/sso'), { issuer: 'https://x.example', clientId: 'x' }, viewer)).status,
      ).toBe(403);
    });

    it('when the login page is shown, then it has a button for the municipality with SSO and none for the other', async () => {
      const page = await (await fetch(url('/login'))).text();
      expect(page).toContain(`href="/login/sso/${org.municipality.slug}"`);
      expect(page).not.toContain(`/login/sso/${other.municipality.slug}`);
      expect(page).toContain('name="password"');
    });

    it('when someone new in a mapped group signs in, then they are created with its role and scope and land in the app', async () => {
      const leila = account('leila', {
        email: anEmail('leila'),
        name: 'Leila Leder',
        groups: ['g-other', 'g-school'],
      });
      const result = await signIn('leila');
      expect([result.status, result.location]).toEqual([303, '/app']);
      expect(await me(result.session!)).toMatchObject({
        name: 'Leila Leder',
        role: 'leader',
        isAdmin: false,
      });
      const indicators = (unitId: string) =>
        getJson(url(`/api/units/${unitId}/indicators`), { cookie: result.session! });
      expect((await indicators(org.school.id)).status).toBe(200);
      expect((await indicators(org.root.id)).status).toBe(403);
      expect(await lastAudit('sign_in')).toMatchObject({ actor: leila.email, detail: { method: 'sso' } });
      expect((await lastAudit('user_created'))!.detail).toMatchObject({
        by: 'sso_groups',
        group: 'g-school',
      });
      // No password works for an account made by single sign-on.
      const password = await postJson(url('/login'), { email: leila.email, password: 'sso-only' });
      expect(password.status).toBe(401);
    });

    it('when someone new signs in from two tabs at once, then both get in and one user is made', async () => {
      const twin = account('twin', { email: anEmail('twin'), name: 'Tvilling', groups: ['g-quality'] });
      const started = await Promise.all(
        [1, 2].map(() => startSsoSignIn(store.url, org.municipality.slug, 'twin')),
      );
      const finished = await Promise.all(started.map(finishSsoSignIn));
      expect(finished.map((f) => [f.status, f.location])).toEqual([
        [303, '/app'],
        [303, '/app'],
      ]);
      const users = (await getJson(url('/api/admin/users'), { cookie: admin })).body.users as Json[];
      expect(users.filter((u) => u.email === twin.email)).toHaveLength(1);
    });

    it('when the groups change at the provider, then the next sign-in refreshes the role; with no mapped group left it is refused', async () => {
      account('gina', { email: anEmail('gina'), name: 'Gina', groups: ['g-school'] });
      expect(await me((await signIn('gina')).session!)).toMatchObject({ role: 'leader' });
      account('gina', { ...accounts.gina, groups: ['g-school', 'g-quality'] });
      const promoted = await signIn('gina');
      expect(await me(promoted.session!)).toMatchObject({ role: 'consultant' });
      expect((await lastAudit('user_changed'))!.detail).toMatchObject({
        by: 'sso_groups',
        from: { role: 'leader' },
        to: { role: 'consultant', scopeUnitId: org.root.id },
      });
      account('gina', { ...accounts.gina, groups: ['g-unmapped'] });
      const refused = await signIn('gina');
      expect(refused.status).toBe(403);
      expect(refused.session).toBeUndefined();
      expect(refused.body).toContain('ikke længere med i en gruppe');
      expect((await lastAudit('sign_in_failed'))!.detail).toMatchObject({
        method: 'sso',
        reason: 'no_mapped_group',
      });
    });

    it('when the admin deactivates an SSO user, then the groups no longer let them in', async () => {
      const dora = account('dora', { email: anEmail('dora'), groups: ['g-quality'] });
      expect((await signIn('dora')).status).toBe(303);
      const users = (await getJson(url('/api/admin/users'), { cookie: admin })).body.users as Json[];
      const id = users.find((u) => u.email === dora.email).id;
      const patched = await fetch(url(`/api/admin/users/${id}`), {
        method: 'PATCH',
        headers: { ...sameOrigin(store.url), 'content-type': 'application/json', cookie: admin },
        body: JSON.stringify({ active: false }),
      });
      expect(patched.status).toBe(200);
      const refused = await signIn('dora');
      expect([refused.status, refused.session]).toEqual([403, undefined]);
      expect((await lastAudit('sign_in_failed'))!.detail).toMatchObject({ reason: 'deactivated' });
    });

    it('when the admin removes a mapping, then it is gone, audited, and a second removal is 404', async () => {
      const scope = { role: 'viewer', scopeUnitId: org.root.id };
      expect(
        (await putJson(url('/api/admin/sso/mappings'), { groupKey: 'g temp/1', ...scope }, admin)).status,
      ).toBe(200);
      const remove = () =>
        fetch(url(`/api/admin/sso/mappings/${encodeURIComponent('g temp/1')}`), {
          method: 'DELETE',
          headers: { ...sameOrigin(store.url), cookie: admin },
        });
      expect((await remove()).status).toBe(204);
      expect((await lastAudit('sso_settings_changed'))!.detail).toEqual({
        mappingDeleted: { groupKey: 'g temp/1' },
      });
      expect((await remove()).status).toBe(404);
      const keys = (await getJson(url('/api/admin/sso'), { cookie: admin })).body.mappings.map(
        (m: Json) => m.groupKey,
      );
      expect(keys).toEqual(['g-quality', 'g-school']);
    });

    it('when a Målbar user signs in with the same e-mail, then the account is linked and afterwards found by sub', async () => {
      const local = await aStaffUser(store.db, org.area, 'consultant');
      account('lars', { email: local.email.toUpperCase(), name: 'Lars at the IdP' });
      const first = await signIn('lars');
      expect(first.status).toBe(303);
      expect(await me(first.session!)).toMatchObject({ name: 'Test Person', role: 'consultant' });
      expect(await lastAudit('sso_user_linked')).toMatchObject({
        actor: local.email,
        detail: { matchedBy: 'email' },
      });
      // The address changes at the IdP: the stable sub still finds the same user, nobody new is made.
      const before = (await getJson(url('/api/admin/users'), { cookie: admin })).body.users.length;
      account('lars', { ...accounts.lars, email: anEmail('lars-new') });
      expect(await me((await signIn('lars')).session!)).toMatchObject({
        name: 'Test Person',
        role: 'consultant',
      });
      expect((await getJson(url('/api/admin/users'), { cookie: admin })).body.users.length).toBe(before);
      // Their password keeps working until the municipality turns passwords off.
      await logIn(store.url, local);
      const settings = { issuer: provider.issuer, clientId: provider.clientId, passwordsAllowed: false };
      expect((await putJson(url('/api/admin/sso'), settings, admin)).status).toBe(200);
      expect((await postJson(url('/login'), local)).status).toBe(403);
      expect((await signIn('lars')).status).toBe(303); // the stored secret was kept
      expect(
        (await putJson(url('/api/admin/sso'), { ...settings, passwordsAllowed: true }, admin)).status,
      ).toBe(200);
      await logIn(store.url, local);
    });

    it('when the e-mail belongs to a user of another municipality, then the sign-in is refused and nothing is linked', async () => {
      const elsewhere = await aStaffUser(store.db, other.root, 'consultant');
      account('eve', { email: elsewhere.email, groups: ['g-quality'] });
      const refused = await signIn('eve');
      expect(refused.status).toBe(403);
      expect(refused.session).toBeUndefined();
      expect((await lastAudit('sign_in_failed'))!.detail).toMatchObject({ reason: 'email_in_use_elsewhere' });
    });

    it('when someone in no mapped group signs in, then they wait without access until the admin gives them a role', async () => {
      const walt = account('walt', {
        email: anEmail('walt'),
        name: 'Walter Waiting',
        groups: ['g-unmapped'],
      });
      const waiting = await signIn('walt');
      expect(waiting.status).toBe(403);
      expect(waiting.session).toBeUndefined();
      expect(waiting.body).toContain('en administrator skal give dig en rolle');
      const users = (await getJson(url('/api/admin/users'), { cookie: admin })).body.users as Json[];
      expect(users.some((u) => u.email === walt.email)).toBe(false);
      const listed = (await getJson(url('/api/admin/sso'), { cookie: admin })).body.waiting as Json[];
      const entry = listed.find((w) => w.email === walt.email);
      expect(entry).toMatchObject({ name: 'Walter Waiting' });
      expect(entry).toMatchObject({ email: walt.email, lastSeenAt: expect.any(String) });

      const otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
      const notTheirs = await postJson(
        url(`/api/admin/sso/waiting/${entry.id}`),
        { role: 'viewer', scopeUnitId: other.root.id },
        { cookie: otherAdmin },
      );
      expect(notTheirs.status).toBe(404);
      const assigned = await postJson(
        url(`/api/admin/sso/waiting/${entry.id}`),
        { role: 'viewer', scopeUnitId: org.area.id },
        { cookie: admin },
      );
      expect(assigned.status).toBe(201);
      expect((await getJson(url('/api/admin/sso'), { cookie: admin })).body.waiting).toEqual(
        listed.filter((w) => w.id !== entry.id),
      );
      const noScope = await postJson(
        url(`/api/admin/sso/waiting/${entry.id}`),
        { role: 'viewer' },
        { cookie: admin },
      );
      expect([noScope.status, noScope.body.error.details[0].field]).toEqual([422, 'scopeUnitId']);
      const again = await postJson(
        url(`/api/admin/sso/waiting/${entry.id}`),
        { role: 'admin', scopeUnitId: org.root.id },
        { cookie: admin },
      );
      expect(again.status).toBe(404); // already assigned: nobody is made twice, nobody promoted
      for (let i = 0; i < 2; i++) {
        // Role assigned in Målbar: kept at every sign-in, although no group maps.
        const signedIn = await signIn('walt');
        expect(signedIn.status).toBe(303);
        expect(await me(signedIn.session!)).toMatchObject({ name: 'Walter Waiting', role: 'viewer' });
      }
    });

    describe('when the answer from the provider is not the one this browser asked for', () => {
      const secret = () => store.config.sessionSecret!;
      beforeAll(() => account('tom', { email: anEmail('tom'), groups: ['g-quality'] }));

      it('then another sign-in cookie (state), a changed nonce, an altered cookie or a replay is refused', async () => {
        const a = await startSsoSignIn(store.url, org.municipality.slug, 'tom');
        const b = await startSsoSignIn(store.url, org.municipality.slug, 'tom');
        const swapped = await finishSsoSignIn({ ...a, ssoCookie: b.ssoCookie });
        expect([swapped.status, swapped.session]).toEqual([400, undefined]);
        expect(String((await lastAudit('sign_in_failed'))!.detail.error)).toMatch(/state/i);

        const sealed = a.ssoCookie.slice('malbar_sso='.length);
        const state = JSON.parse(openText(secret(), 'sso-sign-in-state', sealed)!);
        const otherNonce = sealText(
          secret(),
          'sso-sign-in-state',
          JSON.stringify({ ...state, nonce: 'forged-nonce' }),
        );
        const nonce = await finishSsoSignIn({ ...a, ssoCookie: `malbar_sso=${otherNonce}` });
        expect([nonce.status, nonce.session]).toEqual([400, undefined]);
        expect(String((await lastAudit('sign_in_failed'))!.detail.error)).toMatch(/nonce/i);

        const c = await startSsoSignIn(store.url, org.municipality.slug, 'tom');
        // One character well inside the sealed text: the last ones may carry only padding bits.
        const at = c.ssoCookie.indexOf('=') + 12;
        const flipped =
          c.ssoCookie.slice(0, at) + (c.ssoCookie[at] === 'A' ? 'B' : 'A') + c.ssoCookie.slice(at + 1);
        const altered = await finishSsoSignIn({ ...c, ssoCookie: flipped });
        expect([altered.status, altered.session]).toEqual([400, undefined]);
        expect(altered.body).toContain('Start forfra');

        const good = await finishSsoSignIn(c);
        expect([good.status, good.location]).toEqual([303, '/app']);
        const replay = await finishSsoSignIn(c);
        expect([replay.status, replay.session]).toEqual([400, undefined]);
      });
    });
  });
}
