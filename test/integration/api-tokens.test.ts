import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson, sameOrigin, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * A municipality's BI tool (Power BI, Excel) pulls indicator and goal tables with a read-only API
 * token an administrator issued for a role and scope: it reads exactly what a staff member of that
 * role and scope reads, suppression included, and can change nothing.
 */

for (const kind of STORES) {
  describe(`${kind.name}: read-only API tokens for BI tools`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    const cookies = { admin: '', viewer: '', consultant: '', otherAdmin: '' };

    const get = async (path: string, auth: { cookie?: string; token?: string }) => {
      const res = await fetch(`${store.url}${path}`, {
        headers: {
          ...(auth.cookie ? { cookie: auth.cookie } : {}),
          ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        },
      });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    const issue = (body: unknown, cookie = cookies.admin) =>
      postJson(`${store.url}/api/admin/api-tokens`, body, { cookie });

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([4, 6, 9]).create();
      other = await aMunicipality(store.db).withClasses([6]).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>=', target: 0.9 },
      ]);
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      // 6.A and 9.A have enough answers to be shown; 4.A has 2, below the minimum.
      for (const [grade, count] of [
        [4, 2],
        [6, 6],
        [9, 7],
      ] as const)
        for (let i = 0; i < count; i++)
          await submit(
            store.url,
            round.codes.get(org.classes.get(grade)!.id)!,
            pupilAnswers(pupil, { grade, wellbeing: i % 3 === 0 ? 1 : 5, bullied: false }),
          );
      await store.settled();
      await store.release(round.roundId);
      cookies.admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.school, 'viewer'));
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
    });
    afterAll(() => store?.stop());

    it('when an administrator issues a viewer token for the school, then the token reads exactly what a viewer of the school reads, hidden cells included', async () => {
      const issued = await issue({ name: 'Power BI', role: 'viewer', scopeUnitId: org.school.id });
      expect(issued.status).toBe(201);
      const token: string = issued.body.token;
      expect(token).toMatch(/^mlb_[A-Za-z0-9_-]{43}$/);
      const paths = [
        '/api/goals',
        `/api/units/${org.school.id}/indicators`,
        `/api/units/${org.classes.get(4)!.id}/indicators`,
        `/api/units/${org.classes.get(6)!.id}/indicators/pupil-wellbeing/wellbeing`,
        '/api/exports/goals.csv',
        `/api/exports/units/${org.classes.get(4)!.id}/indicators/pupil-wellbeing/wellbeing.csv`,
      ];
      for (const path of paths) {
        const asViewer = await get(path, { cookie: cookies.viewer });
        const asToken = await get(path, { token });
        expect({ path, status: asToken.status, type: asToken.type }).toEqual({
          path,
          status: 200,
          type: asViewer.type,
        });
        expect({ path, body: asToken.text }).toEqual({ path, body: asViewer.text });
      }
      // 4.A's two answers are not shown, to the token as to the viewer.
      const small = JSON.parse(
        (await get(`/api/units/${org.classes.get(4)!.id}/indicators`, { token })).text,
      );
      expect(JSON.stringify(small)).not.toMatch(/"value":\s*\d/);
      // Outside its scope: what the viewer gets.
      const outside = `/api/units/${org.daycare.id}/indicators`;
      expect((await get(outside, { token })).status).toBe(
        (await get(outside, { cookie: cookies.viewer })).status,
      );
      const trail = await store.db.execute(
        sql`select actor, action from audit_events where actor = 'api-token:Power BI' order by at`,
      );
      expect((trail as unknown as { rows: Json[] }).rows.map((r) => r.action)).toEqual([
        'export_downloaded',
        'export_downloaded',
      ]);
    });

    it('when a token tries to change something or to administer, then it is refused, and nothing changes', async () => {
      const { token } = (await issue({ name: 'Excel', role: 'consultant', scopeUnitId: org.root.id })).body;
      const release = await fetch(`${store.url}/api/rounds/${round.roundId}/releases`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...sameOrigin(store.url),
        },
        body: '{}',
      });
      expect(release.status).toBe(403);
      expect(((await release.json()) as Json).error.message).toMatch(/only reads/);
      expect((await get('/api/admin/users', { token })).status).toBe(403);
      expect((await get('/api/admin/api-tokens', { token })).status).toBe(403);
      const releases = await store.db.execute(
        sql`select count(*)::int as n from round_releases where round_id = ${round.roundId}`,
      );
      expect((releases as unknown as { rows: Json[] }).rows[0].n).toBe(1);
    });

    it('when a token is unknown, malformed or revoked, then 401; the list shows no secret and the day it was last used', async () => {
      const { id, token } = (await issue({ name: 'Gammel', role: 'leader', scopeUnitId: org.school.id }))
        .body;
      expect((await get('/api/goals', { token })).status).toBe(200);
      expect((await get('/api/goals', { token: `${token}x` })).status).toBe(401);
      expect((await get('/api/goals', { token: 'mlb_' })).status).toBe(401);
      expect((await get('/api/goals', { token: 'not-ours' })).status).toBe(401);
      const list = JSON.parse((await get('/api/admin/api-tokens', { cookie: cookies.admin })).text);
      const shown = list.tokens.find((t: Json) => t.id === id);
      expect(shown).toMatchObject({
        name: 'Gammel',
        role: 'leader',
        scopeUnitName: 'Testskolen',
        revokedAt: null,
      });
      expect(shown.lastUsedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(JSON.stringify(list)).not.toContain(token);
      expect(JSON.stringify(list)).not.toMatch(/hash/i);

      const revoke = await fetch(`${store.url}/api/admin/api-tokens/${id}`, {
        method: 'DELETE',
        headers: { cookie: cookies.admin, ...sameOrigin(store.url) },
      });
      expect(revoke.status).toBe(204);
      expect((await get('/api/goals', { token })).status).toBe(401);
      const actions = await store.db.execute(
        sql`select action from audit_events where subject = ${`api-token:${id}`} order by at`,
      );
      expect((actions as unknown as { rows: Json[] }).rows.map((r) => r.action)).toEqual([
        'api_token_issued',
        'api_token_revoked',
      ]);
    });

    it('when the request is wrong or not an administrator’s, then it is refused naming the field; another municipality’s token reads nothing here', async () => {
      for (const [body, field] of [
        [{ name: '', role: 'viewer', scopeUnitId: org.school.id }, 'name'],
        [{ name: 'X', role: 'admin', scopeUnitId: org.school.id }, 'role'],
        [{ name: 'X', role: 'viewer', scopeUnitId: 'school' }, 'scopeUnitId'],
        [{ name: 'X', role: 'viewer', scopeUnitId: other.school.id }, 'scopeUnitId'],
      ] as const) {
        const refused = await issue(body);
        expect({ body, status: refused.status }).toEqual({ body, status: 422 });
        expect(refused.body.error.details.map((d: Json) => d.field)).toContain(field);
      }
      expect(
        (await issue({ name: 'X', role: 'viewer', scopeUnitId: org.school.id }, cookies.consultant)).status,
      ).toBe(403);
      const theirs = await issue(
        { name: 'Deres', role: 'consultant', scopeUnitId: other.root.id },
        cookies.otherAdmin,
      );
      expect(theirs.status).toBe(201);
      const here = await get(`/api/units/${org.school.id}/indicators`, { token: theirs.body.token });
      expect(here.status).toBe(403);
      expect(here.text).not.toContain('pupil-wellbeing');
    });
  });
}
