import { ConfigError, parseConfig } from '../../main/config';
import { listGoalActions } from '../../db/repositories/goal-actions';
import { countResponses } from '../../db/repositories/responses';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson, submit } from '../support/http';
import { startProcess } from '../support/processes';
import { rawRequest } from '../support/raw-http';
import { STORES, type TestStore } from '../support/stores';

const EVIL = 'https://evil.example';

for (const kind of STORES) {
  describe(`${kind.name}: staff changes only from Målbar's own pages, and the headers that protect pages`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let goalId: string;
    let code: string;
    let roundId: string;
    let consultant: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const goalIds = await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
      ]);
      goalId = goalIds[0]!;
      const parents = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
        .forUnits([org.daycare])
        .create();
      code = parents.codes.get(org.daycare.id)!;
      roundId = parents.roundId;
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const action = { what: 'Klassemøde om fællesskab', responsible: 'Skolechefen' };
    const postAction = (headers: Record<string, string>) =>
      rawRequest(store.url, {
        method: 'POST',
        path: `/api/goals/${goalId}/actions`,
        headers: { cookie: consultant, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(action),
      });

    it.each([
      ['another origin', { origin: EVIL }, /another site \(https:\/\/evil\.example\)/],
      ['another origin, even with our Referer', { origin: EVIL, referer: 'OWN/dashboard' }, /another site/],
      ['no Origin and a Referer from another site', { referer: `${EVIL}/page` }, /another site/],
      ['an opaque origin (null)', { origin: 'null' }, /does not say which page/],
      ['neither Origin nor Referer', {}, /does not say which page/],
    ])(
      'when a change with a session comes from %s, then 403 says so and nothing changes',
      async (_, h, message) => {
        const headers = Object.fromEntries(
          Object.entries(h).map(([k, v]) => [k, v.replace('OWN', store.url)]),
        );
        const res = await postAction(headers);
        expect(res.status).toBe(403);
        expect(JSON.parse(res.text).error.message).toMatch(message);
        expect(JSON.parse(res.text).error.message).toContain(`its own pages (${store.url})`);
        expect(await listGoalActions(store.db, goalId)).toEqual([]);
      },
    );

    it('when a staff form is posted from another site, then a page says it was not saved', async () => {
      const res = await rawRequest(store.url, {
        method: 'POST',
        path: '/login/password',
        headers: {
          cookie: consultant,
          origin: EVIL,
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ currentPassword: 'x', newPassword: 'y' }).toString(),
      });
      expect(res.status).toBe(403);
      expect(res.text).toContain('<h1>Ikke gemt</h1>');
      expect(res.text).toContain('another site (https://evil.example)');
      expect(await listGoalActions(store.db, goalId)).toEqual([]);
    });

    it('when a change comes with our Origin, or only our Referer, then it is applied', async () => {
      expect((await postAction({ origin: store.url })).status).toBe(201);
      expect((await postAction({ referer: `${store.url}/app/goals/${goalId}` })).status).toBe(201);
      expect(await listGoalActions(store.db, goalId)).toHaveLength(2);
    });

    it('when a respondent answers from a page elsewhere, then the answer is taken (no session, nothing to borrow)', async () => {
      const before = await countResponses(store.db);
      const res = await rawRequest(store.url, {
        method: 'POST',
        path: `/api/s/${code}/responses`,
        headers: { origin: EVIL, 'content-type': 'application/json', cookie: consultant },
        body: JSON.stringify({ answers: { overall_satisfaction: 4 } }),
      });
      expect(res.status).toBe(201);
      expect(await countResponses(store.db)).toBe(before + 1);
    });

    it("when a respondent's answer is taken or refused, then its JSON may not be sniffed, framed, stored or read by another site", async () => {
      const answer = (answers: Record<string, unknown>) =>
        rawRequest(store.url, {
          method: 'POST',
          path: `/api/s/${code}/responses`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers }),
        });
      const taken = await answer({ overall_satisfaction: 4 });
      const refused = await answer({ overall_satisfaction: 99 });
      expect([taken.status, refused.status]).toEqual([201, 422]);
      for (const res of [taken, refused]) {
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http
      }
      expect(JSON.parse(refused.text).error.details).toEqual([
        { field: 'overall_satisfaction', issue: expect.any(String) },
      ]);
    });

    it('when a staff page, staff JSON and a personal link page are answered, then none may be stored, framed or run inline script', async () => {
      const [token] = await personalLinkCodes(store.url, consultant, roundId, org.daycare.id, 1);
      for (const [path, cookie] of [
        ['/app', consultant],
        [`/api/goals`, consultant],
        [`/api/units/${org.root.id}/comments`, consultant],
        [`/t/${token}`, ''],
        [`/s/${code}`, ''],
      ] as const) {
        const res = await rawRequest(store.url, { path, headers: { cookie } });
        expect([path, res.status]).toEqual([path, 200]);
        expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
        const csp = res.headers['content-security-policy'] ?? '';
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('upgrade-insecure-requests');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['referrer-policy']).toBe('same-origin');
        expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http
      }
    });

    if (kind.name.startsWith('pglite'))
      it('when staff download a draft report as PDF, then it may not be stored either', async () => {
        const [contractId] = (
          await rawRequest(store.url, { path: '/api/contracts', headers: { cookie: consultant } }).then(
            (r) => JSON.parse(r.text).contracts as { id: string }[],
          )
        ).map((c) => c.id);
        const year = new Date().getUTCFullYear();
        const res = await rawRequest(store.url, {
          path: `/dashboard/contracts/${contractId}/reports/${year}/pdf`,
          headers: { cookie: consultant },
        });
        expect([res.status, res.headers['content-type']]).toEqual([200, 'application/pdf']);
        expect(res.headers['cache-control']).toBe('no-store');
      });

    it('when static files and the public page are answered, then they keep their own caching', async () => {
      const css = await rawRequest(store.url, { path: '/assets/web/staff.css' });
      expect(css.headers['cache-control']).toBe('public, max-age=3600');
      const page = await rawRequest(store.url, { path: `/p/${org.municipality.slug}` });
      expect(page.headers['cache-control']).toBe('public, max-age=60');
    });

    it('when a respondent posts JSON from a helper, then the answer is stored (the shared helper sends our Origin)', async () => {
      expect((await submit(store.url, code, { overall_satisfaction: 5 })).status).toBe(201);
      expect(
        (await postJson(`${store.url}/api/goals/${goalId}/actions`, action, { cookie: consultant })).status,
      ).toBe(201);
    });
  });
}

describe('pglite + in-process: reached over https (PUBLIC_URL)', () => {
  let store: TestStore;
  const publicUrl = 'https://malbar.example.dk';
  beforeAll(async () => {
    store = await STORES[1]!.start({ PUBLIC_URL: `${publicUrl}/` });
  });
  afterAll(() => store?.stop());

  it('when PUBLIC_URL is https, then browsers are told to keep to https and changes must come from that origin', async () => {
    const org = await aMunicipality(store.db).withClasses([6]).create();
    const [goalId] = await aContractWithGoals(store.db, org.root, [
      { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
    ]);
    const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    const page = await rawRequest(store.url, { path: '/login' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const post = (origin: string) =>
      rawRequest(store.url, {
        method: 'POST',
        path: `/api/goals/${goalId}/actions`,
        headers: { cookie, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ what: 'Møde', responsible: 'Skolechefen' }),
      });
    const code = (
      await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction').forUnits([org.daycare]).create()
    ).codes.get(org.daycare.id)!;
    const answer = await rawRequest(store.url, {
      method: 'POST',
      path: `/api/s/${code}/responses`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { overall_satisfaction: 5 } }),
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
    // The server's own address is not where people reach it: only PUBLIC_URL's origin counts.
    expect((await post(store.url)).status).toBe(403);
    expect((await post(publicUrl)).status).toBe(201);
  });
});

describe('configuration: PUBLIC_URL', () => {
  it('when NODE_ENV is production and PUBLIC_URL is missing, then the configuration is refused naming PUBLIC_URL', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL: required in production/);
    expect(parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://malbar.kommune.dk' }).publicUrl).toBe(
      'https://malbar.kommune.dk',
    );
    expect(parseConfig({}).publicUrl).toBeUndefined(); // development: the server's own address
  });

  it('when PUBLIC_URL is not an http(s) address, then it is refused', () => {
    expect(() => parseConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL: must be an http/);
  });

  it('when the server starts in production without PUBLIC_URL, then it stops with a message naming it', async () => {
    const started = startProcess('server', { NODE_ENV: 'production', PORT: '0' }, /listening/);
    await expect(started).rejects.toThrow(/exited with 1:[\s\S]*PUBLIC_URL: required in production/);
  });
});
