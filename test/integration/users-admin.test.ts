import { randomBytes } from 'node:crypto';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn, logInFirstTime, STRONG_PASSWORD } from '../builders/staff';
import { getJson, postJson, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const anEmail = () => `user-${randomBytes(4).toString('hex')}@test.example`;

const patchJson = async (url: string, body: unknown, cookie: string) => {
  const res = await fetch(url, {
    method: 'PATCH',
    headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
};

for (const kind of STORES) {
  describe(`${kind.name}: administrators manage users, roles and scopes`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let admin: string;
    let adminId: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      other = await aMunicipality(store.db).withClasses([2]).create();
      const login = await aStaffUser(store.db, org.root, 'admin');
      admin = await logIn(store.url, login);
      adminId = (await postJson(`${store.url}/login`, login)).body.user.id;
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const users = async (cookie = admin) =>
      (await getJson(url('/api/admin/users'), { cookie })).body.users as Json[];
    const createUser = (body: Record<string, unknown>, cookie = admin) =>
      postJson(url('/api/admin/users'), body, { cookie });
    const fieldsOf = (body: Json) => (body.error.details as { field: string }[]).map((d) => d.field);

    it('when the admin creates a leader for the school, then the one-time password logs them in and they see only the school', async () => {
      const email = anEmail();
      const created = await createUser({
        name: 'Lise Leder',
        email,
        role: 'leader',
        scopeUnitId: org.school.id,
      });
      expect(created.status).toBe(201);
      expect(created.body.oneTimePassword).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      const leader = await logInFirstTime(store.url, {
        email,
        oneTimePassword: created.body.oneTimePassword,
      });
      const indicators = (unitId: string) =>
        getJson(url(`/api/units/${unitId}/indicators`), { cookie: leader });
      expect((await indicators(org.school.id)).status).toBe(200);
      expect((await indicators(org.classes.get(6)!.id)).status).toBe(200);
      for (const outside of [org.daycare, org.root, other.school])
        expect((await indicators(outside.id)).status).toBe(403);
      const listed = (await users()).find((u) => u.email === email);
      expect(listed).toMatchObject({
        name: 'Lise Leder',
        role: 'leader',
        scopeUnitName: 'Testskolen',
        deactivatedAt: null,
      });
      expect(listed.lastLoginAt).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain('scrypt');
      expect((await getJson(url('/api/admin/users'), { cookie: leader })).status).toBe(403);
    });

    it('when the admin types a password of 12 characters, then it is the password and none is generated; 11 are refused', async () => {
      const email = anEmail();
      const short = await createUser({ name: 'Kim', email, role: 'consultant', password: 'a'.repeat(11) });
      expect(short.status).toBe(422);
      expect(fieldsOf(short.body)).toEqual(['password']);
      const created = await createUser({ name: 'Kim', email, role: 'consultant', password: 'twelve chars' });
      expect(created.status).toBe(201);
      expect(created.body.oneTimePassword).toBeNull();
      await logIn(store.url, { email, password: 'twelve chars' });
      // No scope given: a consultant gets the whole municipality.
      expect((await users()).find((u) => u.email === email).scopeUnitId).toBe(org.root.id);
    });

    it('when the e-mail is already in use in another case, then the answer is 409 naming the field and nobody is added', async () => {
      const email = anEmail();
      expect((await createUser({ name: 'Første', email, role: 'viewer' })).status).toBe(201);
      const before = (await users()).length;
      const again = await createUser({ name: 'Anden', email: email.toUpperCase(), role: 'viewer' });
      expect(again.status).toBe(409);
      expect(again.body.error.details).toEqual([{ field: 'email', issue: 'already in use by another user' }]);
      expect((await users()).length).toBe(before);
    });

    it('when a leader gets the whole municipality or a unit of another municipality, then the scope field is refused', async () => {
      const atRoot = await createUser({ name: 'L', email: anEmail(), role: 'leader' });
      expect(atRoot.status).toBe(422);
      expect(fieldsOf(atRoot.body)).toEqual(['scopeUnitId']);
      const elsewhere = await createUser({
        name: 'L',
        email: anEmail(),
        role: 'leader',
        scopeUnitId: other.school.id,
      });
      expect(elsewhere.status).toBe(422);
      expect(fieldsOf(elsewhere.body)).toEqual(['scopeUnitId']);
      const bad = await createUser({ name: '', email: 'nope', role: 'owner' });
      expect(fieldsOf(bad.body).sort()).toEqual(['email', 'name', 'role']);
    });

    it('when a viewer tries to change anything, then every POST and PATCH is forbidden', async () => {
      const email = anEmail();
      const { body } = await createUser({ name: 'Vera Viewer', email, role: 'viewer' });
      const viewer = await logInFirstTime(store.url, { email, oneTimePassword: body.oneTimePassword });
      const attempts = [
        await createUser({ name: 'X', email: anEmail(), role: 'admin' }, viewer),
        await patchJson(url(`/api/admin/users/${body.id}`), { role: 'admin' }, viewer),
        await postJson(url('/api/rounds'), {}, { cookie: viewer }),
        await postJson(
          url('/api/contracts'),
          { title: 'K', periodStart: '2027-01-01', periodEnd: '2027-12-31' },
          { cookie: viewer },
        ),
      ];
      expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403]);
      expect((await getJson(url('/api/admin/users'), { cookie: viewer })).status).toBe(403);
      expect((await users()).find((u) => u.email === email).role).toBe('viewer');
    });

    it('when the admin tries to demote or deactivate themself, then it is refused naming the field', async () => {
      const demote = await patchJson(url(`/api/admin/users/${adminId}`), { role: 'consultant' }, admin);
      expect(demote.status).toBe(422);
      expect(fieldsOf(demote.body)).toEqual(['role']);
      const narrow = await patchJson(url(`/api/admin/users/${adminId}`), { scopeUnitId: org.area.id }, admin);
      expect(fieldsOf(narrow.body)).toEqual(['scopeUnitId']);
      const deactivate = await patchJson(url(`/api/admin/users/${adminId}`), { active: false }, admin);
      expect(fieldsOf(deactivate.body)).toEqual(['active']);
      expect((await users()).find((u) => u.id === adminId)).toMatchObject({
        role: 'admin',
        deactivatedAt: null,
      });
    });

    it('when the admin deactivates a user, then their session stops working and they cannot log in until reactivated', async () => {
      const email = anEmail();
      const { body } = await createUser({
        name: 'Carl Consultant',
        email,
        role: 'consultant',
        password: STRONG_PASSWORD,
      });
      const cookie = await logIn(store.url, { email, password: STRONG_PASSWORD });
      expect((await getJson(url('/api/goals'), { cookie })).status).toBe(200);
      const off = await patchJson(url(`/api/admin/users/${body.id}`), { active: false }, admin);
      expect(off.status).toBe(200);
      expect(off.body.deactivatedAt).not.toBeNull();
      expect((await getJson(url('/api/goals'), { cookie })).status).toBe(401);
      expect((await postJson(url('/login'), { email, password: STRONG_PASSWORD })).status).toBe(401);
      expect((await patchJson(url(`/api/admin/users/${body.id}`), { active: true }, admin)).status).toBe(200);
      await logIn(store.url, { email, password: STRONG_PASSWORD });
    });

    it('when the admin changes a leader into a viewer of the whole municipality, then the open session sees it at once', async () => {
      const email = anEmail();
      const { body } = await createUser({
        name: 'Lars',
        email,
        role: 'leader',
        scopeUnitId: org.school.id,
        password: STRONG_PASSWORD,
      });
      const cookie = await logIn(store.url, { email, password: STRONG_PASSWORD });
      expect((await getJson(url(`/api/units/${org.daycare.id}/indicators`), { cookie })).status).toBe(403);
      const changed = await patchJson(
        url(`/api/admin/users/${body.id}`),
        { role: 'viewer', scopeUnitId: org.root.id },
        admin,
      );
      expect(changed.body).toMatchObject({ role: 'viewer', scopeUnitId: org.root.id });
      expect((await getJson(url(`/api/units/${org.daycare.id}/indicators`), { cookie })).status).toBe(200);
      const toLeaderAtRoot = await patchJson(url(`/api/admin/users/${body.id}`), { role: 'leader' }, admin);
      expect(fieldsOf(toLeaderAtRoot.body)).toEqual(['scopeUnitId']);
    });

    it('when an admin of another municipality asks for or changes a user of this one, then there is no such user', async () => {
      const otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
      expect((await users(otherAdmin)).some((u) => u.id === adminId)).toBe(false);
      const res = await patchJson(url(`/api/admin/users/${adminId}`), { role: 'viewer' }, otherAdmin);
      expect(res.status).toBe(404);
      expect((await patchJson(url('/api/admin/users/not-a-uuid'), { role: 'viewer' }, admin)).status).toBe(
        404,
      );
    });

    it('when the admin creates, duplicates and deactivates through the API the app uses, then the password is shown once, the refusal names the field, and the list shows the state', async () => {
      const email = anEmail();
      const res = await fetch(url('/api/admin/users'), {
        method: 'POST',
        headers: {
          ...sameOrigin(url('/api/admin/users')),
          'content-type': 'application/json',
          cookie: admin,
        },
        body: JSON.stringify({ name: 'App Person', email, role: 'viewer', scopeUnitId: '', password: '' }),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const created = { body: (await res.json()) as Json };
      await logInFirstTime(store.url, { email, oneTimePassword: created.body.oneTimePassword });
      const duplicate = await createUser({ name: 'Again', email, role: 'viewer' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.details).toEqual([
        { field: 'email', issue: 'already in use by another user' },
      ]);
      const off = await patchJson(url(`/api/admin/users/${created.body.id}`), { active: false }, admin);
      expect(off.status).toBe(200);
      expect((await users()).find((u) => u.email === email)).toMatchObject({
        name: 'App Person',
        role: 'viewer',
        scopeUnitId: org.root.id,
        scopeUnitName: org.root.name,
      });
      expect((await users()).find((u) => u.email === email).deactivatedAt).not.toBeNull();
    });

    it('when someone opens an old users page address, then it redirects (303) to the app, and its forms are gone', async () => {
      const old = (path: string) => fetch(url(path), { headers: { cookie: admin }, redirect: 'manual' });
      const list = await old('/dashboard/admin/users');
      expect([list.status, list.headers.get('location')]).toEqual([303, '/app/admin/users']);
      const one = await old(`/dashboard/admin/users/${adminId}`);
      expect([one.status, one.headers.get('location')]).toEqual([303, `/app/admin/users/${adminId}`]);
      const form = await fetch(url('/dashboard/admin/users'), {
        method: 'POST',
        headers: { ...sameOrigin(url('/dashboard/admin/users')), cookie: admin },
        body: new URLSearchParams({ name: 'Form', email: anEmail(), role: 'viewer' }),
        redirect: 'manual',
      });
      expect(form.status).toBe(404);
      const app = await fetch(url('/app/admin/users'), { headers: { cookie: admin } });
      expect(app.status).toBe(200);
    });
  });
}
