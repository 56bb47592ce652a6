import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: staff see their own municipality and scope, nothing else`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      other = await aMunicipality(store.db).withClasses([2]).create();
    });
    afterAll(() => store?.stop());

    const api = (path: string, cookie?: string) => getJson(`${store.url}${path}`, cookie ? { cookie } : {});

    it('when no one is logged in, then the API answers 401 and pages redirect to the login', async () => {
      expect((await api('/api/goals')).status).toBe(401);
      expect((await api(`/api/units/${org.school.id}/indicators`)).status).toBe(401);
      const page = await fetch(`${store.url}/app/units/${org.school.id}`, { redirect: 'manual' });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe(
        `/login?next=${encodeURIComponent(`/app/units/${org.school.id}`)}`,
      );
    });

    it('when the password is wrong or the e-mail unknown, then both get the same 401', async () => {
      const user = await aStaffUser(store.db, org.root);
      const wrong = await postJson(`${store.url}/login`, { email: user.email, password: 'nope' });
      const unknown = await postJson(`${store.url}/login`, {
        email: 'nobody@test.example',
        password: 'nope',
      });
      expect(wrong.status).toBe(401);
      expect(unknown).toEqual(wrong);
    });

    it('when a leader is scoped to the school, then they see the school and its classes only', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      const rows = (await api('/api/goals', cookie)).body.rows.map((r: Json) => r.unitId).sort();
      expect(rows).toEqual([org.school.id, ...[...org.classes.values()].map((c) => c.id)].sort());
      expect((await api(`/api/units/${org.classes.get(6)!.id}/indicators`, cookie)).status).toBe(200);
      for (const outside of [org.daycare, org.root, other.school]) {
        const res = await api(`/api/units/${outside.id}/indicators`, cookie);
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
    });

    it('when a consultant of another municipality asks for a unit of this one, then it is forbidden', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, other.root));
      expect((await api(`/api/units/${org.school.id}/indicators`, cookie)).status).toBe(403);
      const names = (await api('/api/goals', cookie)).body.rows.map((r: Json) => r.name);
      expect(names).not.toContain('Testskolen 1.A');
      expect((await api('/api/goals', cookie)).body.municipality.id).toBe(other.municipality.id);
    });

    it('when the goal status is asked for one unit, a few levels down, a page at a time, then it sends that part of the tree with the path to it', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
      const ids = (body: Json) => body.rows.map((r: Json) => r.unitId);
      const whole = (await api('/api/goals', cookie)).body;
      const classIds = [...org.classes.values()].map((c) => c.id);
      expect(whole.page).toEqual({ offset: 0, limit: 250, total: whole.rows.length, next: null });
      expect(ids(whole)).toEqual(expect.arrayContaining([org.root.id, org.school.id, ...classIds]));
      expect(whole.path.map((u: Json) => u.unitId)).toEqual([org.root.id]);

      const school = (await api(`/api/goals?unit=${org.school.id}&levels=0`, cookie)).body;
      expect(ids(school)).toEqual([org.school.id]);
      // Root, the area between, the school: each with its depth, as the breadcrumbs show them.
      expect(school.path.map((u: Json) => u.depth)).toEqual([0, 1, 2]);
      expect(school.path[0].unitId).toBe(org.root.id);
      expect(school.path[2]).toEqual(
        expect.objectContaining({ unitId: org.school.id, name: org.school.name }),
      );

      // Paged: every row once, in the whole tree's order, the last page saying there is no next.
      const paged: string[] = [];
      let next: number | null = 0;
      for (let pages = 0; next !== null; pages++) {
        expect(pages).toBeLessThan(whole.rows.length);
        const page: Json = (await api(`/api/goals?limit=2&offset=${next}`, cookie)).body;
        expect(page.rows.length).toBeLessThanOrEqual(2);
        paged.push(...ids(page));
        next = page.page.next;
      }
      expect(paged).toEqual(ids(whole));
    });

    it('when the goal status query is wrong or the unit outside the reader, then 422 names the field, 403 or 404', async () => {
      const leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=251', 'limit'],
        ['offset=-1', 'offset'],
        ['levels=two', 'levels'],
        ['unit=nope', 'unit'],
        ['levles=2', '(body)'],
      ]) {
        const res = await api(`/api/goals?${query}`, leader);
        expect(res.status).toBe(422);
        expect(res.body.error.details.map((d: Json) => d.field)).toContain(field);
      }
      expect((await api(`/api/goals?unit=${org.daycare.id}`, leader)).status).toBe(403);
      expect((await api(`/api/goals?unit=${other.school.id}`, leader)).status).toBe(404);
      expect((await api('/api/goals?unit=00000000-0000-4000-8000-000000000000', leader)).status).toBe(404);
    });

    it('when the unit id is not a uuid or does not exist, then the answer is 404, not a crash', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
      expect((await api('/api/units/not-a-uuid/indicators', cookie)).status).toBe(404);
      expect((await api('/api/units/00000000-0000-4000-8000-000000000000/indicators', cookie)).status).toBe(
        404,
      );
    });

    it('when the user logs out, then the old cookie no longer works', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
      expect((await api('/api/goals', cookie)).status).toBe(200);
      const out = await fetch(`${store.url}/logout`, {
        method: 'POST',
        headers: { ...sameOrigin(`${store.url}/logout`), cookie },
        redirect: 'manual',
      });
      expect(out.status).toBe(303);
      expect((await api('/api/goals', cookie)).status).toBe(401);
    });
  });
}

describe('pglite + in-process: login redirects stay on Målbar', () => {
  it.each(['//evil.example/x', '/\\evil.example/x', 'https://evil.example/'])(
    'when next is %s, then the login sends the user to the dashboard app instead',
    async (next) => {
      const store = await STORES.find((s) => s.name.startsWith('pglite'))!.start();
      try {
        const org = await aMunicipality(store.db).create();
        const user = await aStaffUser(store.db, org.root);
        const form = new URLSearchParams({ email: user.email, password: user.password, next });
        const res = await fetch(`${store.url}/login`, { method: 'POST', body: form, redirect: 'manual' });
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/app');
      } finally {
        await store.stop();
      }
    },
  );
});
