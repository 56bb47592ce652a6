import { eq } from 'drizzle-orm';
import { instrumentDrafts, instrumentVersions, responses } from '../../db/schema';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aLibraryIndicators, aLibrarySurvey } from '../builders/own-instrument';
import { aStaffUser, logIn } from '../builders/staff';
import { trailOf } from '../support/audit-trail';
import { getJson, postJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

for (const kind of STORES) {
  describe(`${kind.name}: an administrator brings her own instrument`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let admin: { email: string; password: string };
    const cookies = { admin: '', consultant: '', otherAdmin: '' };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      other = await aMunicipality(store.db).withClasses([6]).create();
      admin = await aStaffUser(store.db, org.root, 'admin');
      cookies.admin = await logIn(store.url, admin);
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const post = (path: string, body: unknown, cookie = cookies.admin) =>
      postJson(url(path), body, { cookie });
    const get = (path: string, cookie = cookies.admin) => getJson(url(path), { cookie });
    const ownKey = () => `${org.municipality.slug}--library-users`;
    const stored = async () => ({
      drafts: (await store.db.select().from(instrumentDrafts)).length,
      versions: (await store.db.select().from(instrumentVersions)).length,
    });
    const checkAndPublish = async (survey: unknown, indicators: unknown, cookie = cookies.admin) => {
      const draft = await post('/api/instruments/drafts', { survey, indicators }, cookie);
      expect(draft.status).toBe(201);
      return post(`/api/instruments/drafts/${draft.body.draft.id}/publish`, {}, cookie);
    };
    const roundForm = async (cookie = cookies.admin) =>
      (await get('/api/rounds/new', cookie)).body.instruments as {
        instrumentKey: string;
        versionId: string;
      }[];

    it('when a definition has problems in both files, then every problem is named by its element and nothing is stored', async () => {
      const before = await stored();
      const res = await post('/api/instruments/drafts', {
        survey: JSON.stringify(aLibrarySurvey({ extraQuestion: { type: 'slider-of-doom', name: 'odd' } })),
        indicators: JSON.stringify(aLibraryIndicators('library--users')),
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      const fields = (res.body.error.details as { field: string; issue: string }[]).map((d) => d.field);
      expect(fields).toEqual(['indicators.instrument.key', 'survey.odd']);
      const notJson = await post('/api/instruments/drafts', { survey: '{ pages: ', indicators: '[' });
      expect(notJson.body.error.details.map((d: Json) => d.field)).toEqual([
        'survey.(file)',
        'indicators.(file)',
      ]);
      const oddSurvey = aLibrarySurvey({ extraQuestion: { type: 'slider-of-doom', name: 'odd' } });
      const surveyAlone = await post('/api/instruments/drafts', { survey: oddSurvey, indicators: '{' });
      expect(surveyAlone.body.error.details.map((d: Json) => d.field)).toEqual([
        'indicators.(file)',
        'survey.odd',
      ]);
      expect(await stored()).toEqual(before);
    });

    it('when one file has several problems, then each is listed in its file, even under a question named like an indicators.json key', async () => {
      const survey = aLibrarySurvey({ extraQuestion: { type: 'slider-of-doom', name: 'odd' } });
      survey.pages[0]!.elements.push({ type: 'rating', name: 'breakdowns', rateMin: 5, rateMax: 1 });
      const bothBad = await post('/api/instruments/drafts', { survey, indicators: aLibraryIndicators() });
      expect(bothBad.status).toBe(422);
      expect(bothBad.body.error.details.map((d: Json) => d.field)).toEqual([
        'survey.odd',
        'survey.breakdowns',
      ]);
      const indicators = aLibraryIndicators();
      const scores = { ...indicators.itemScores, nowhere: { '1': 1 }, visits: { weekly: 1, daily: 0 } };
      const badKeys = await post('/api/instruments/drafts', {
        survey: aLibrarySurvey(),
        indicators: { ...indicators, itemScores: scores },
      });
      expect(badKeys.status).toBe(422);
      expect(badKeys.body.error.details).toEqual([
        { field: 'indicators.itemScores.nowhere', issue: 'no question "nowhere" in the survey' },
        { field: 'indicators.itemScores.visits', issue: '"daily" is not one of the values weekly, monthly' },
      ]);
    });

    it('when someone other than an administrator checks, publishes or lists instruments, then it is forbidden', async () => {
      const body = { survey: aLibrarySurvey(), indicators: aLibraryIndicators() };
      expect((await post('/api/instruments/drafts', body, cookies.consultant)).status).toBe(403);
      expect((await get('/api/instruments', cookies.consultant)).status).toBe(403);
      expect((await get('/api/instruments/pupil-wellbeing/definition', cookies.consultant)).status).toBe(403);
      const draft = await post('/api/instruments/drafts', body);
      const publish = `/api/instruments/drafts/${draft.body.draft.id}/publish`;
      expect((await post(publish, {}, cookies.consultant)).status).toBe(403);
    });

    it('when a body is larger than any survey, then it is refused as too large', async () => {
      const huge = { survey: 'x'.repeat(1_100_000), indicators: '{}' };
      const res = await post('/api/instruments/drafts', huge);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('too_large');
    });

    it('when a draft is previewed, then the respondent page is marked a preview and its answers are checked but not stored', async () => {
      const draft = await post('/api/instruments/drafts', {
        survey: aLibrarySurvey(),
        indicators: aLibraryIndicators(),
      });
      expect(draft.body.draft).toMatchObject({
        key: ownKey(),
        version: 1,
        sameAs: null,
        preview: expect.stringMatching(/\/preview$/),
      });
      const page = await fetch(url(draft.body.draft.preview), { headers: { cookie: cookies.admin } });
      expect(page.status).toBe(200);
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const html = await page.text();
      expect(html).toContain('data-preview="true"');
      expect(html).toContain('Forhåndsvisning – svarene gemmes ikke.');
      const api = `/api/instruments/drafts/${draft.body.draft.id}/preview`;
      expect((await get(api)).body.survey).toEqual(aLibrarySurvey());
      const responsesBefore = (await store.db.select().from(responses)).length;
      const good = await post(`${api}/responses`, { answers: { visits: 'weekly', satisfied: 4 } });
      expect(good.status).toBe(200);
      const bad = await post(`${api}/responses`, { answers: { satisfied: 9 } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details.map((d: Json) => d.field)).toEqual(['satisfied']);
      const responsesAfter = (await store.db.select().from(responses)).length;
      expect(responsesAfter).toBe(responsesBefore);
      expect((await get(api, cookies.otherAdmin)).status).toBe(404);
    });

    it('when she publishes, then it is version 1 with its fingerprint, audited with her, and identical content publishes nothing new', async () => {
      const first = await checkAndPublish(aLibrarySurvey(), aLibraryIndicators());
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        key: ownKey(),
        version: 1,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const [row] = await store.db
        .select()
        .from(instrumentVersions)
        .where(eq(instrumentVersions.instrumentKey, ownKey()));
      expect(row).toMatchObject({ municipalityId: org.municipality.id, contentHash: first.body.fingerprint });
      expect((row!.indicators as Json).instrument).toMatchObject({ key: ownKey(), version: 1 });
      // Sent again as written, or as loaded back from Målbar (jsonb orders keys its own way): the same.
      const loaded = await get(`/api/instruments/${ownKey()}/definition`);
      expect(loaded.body).toMatchObject({ key: ownKey(), version: 1, fingerprint: first.body.fingerprint });
      const roundTrip = await post('/api/instruments/drafts', {
        survey: JSON.stringify(loaded.body.survey),
        indicators: JSON.stringify(loaded.body.indicators),
      });
      expect(roundTrip.body.draft.sameAs).toBe(1);
      const again = await checkAndPublish(aLibrarySurvey(), aLibraryIndicators());
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ version: 1, fingerprint: first.body.fingerprint });
      const events = await trailOf(store.url, cookies.admin, { action: 'instrument_published' });
      const mine = events.filter((e) => e.subject === `instrument:${ownKey()}/1`);
      expect(mine).toEqual([
        expect.objectContaining({ actor: admin.email, detail: expect.objectContaining({ version: 1 }) }),
      ]);
      const listed = (await get('/api/instruments')).body.instruments as Json[];
      const own = listed.find((i) => i.key === ownKey());
      expect(own).toMatchObject({
        builtIn: false,
        versions: [{ version: 1, fingerprint: first.body.fingerprint }],
      });
      expect(listed.find((i) => i.key === 'pupil-wellbeing')).toMatchObject({ builtIn: true });
    });

    it('when two different drafts of one key are published at once, then they become versions 1 and 2', async () => {
      const drafts = await Promise.all(
        [undefined, { type: 'comment', name: 'more' }].map((extraQuestion) =>
          post('/api/instruments/drafts', {
            survey: aLibrarySurvey({ extraQuestion }),
            indicators: aLibraryIndicators('reading-club'),
          }),
        ),
      );
      const published = await Promise.all(
        drafts.map((d) => post(`/api/instruments/drafts/${d.body.draft.id}/publish`, {})),
      );
      expect(published.map((p) => p.status)).toEqual([201, 201]);
      expect(published.map((p) => p.body.version).sort()).toEqual([1, 2]);
    });

    it('when another municipality looks for it, then it is not there to see or use', async () => {
      const mine = (await roundForm()).find((i) => i.instrumentKey === ownKey())!;
      expect(mine).toBeDefined();
      expect((await roundForm(cookies.otherAdmin)).map((i) => i.instrumentKey)).not.toContain(ownKey());
      expect((await get(`/api/instruments/${ownKey()}/definition`, cookies.otherAdmin)).status).toBe(404);
      const listed = (await get('/api/instruments', cookies.otherAdmin)).body.instruments as Json[];
      expect(listed.map((i) => i.key)).not.toContain(ownKey());
      const round = await post(
        '/api/rounds',
        {
          instrumentVersionId: mine.versionId,
          title: { da: 'Lånt' },
          opensOn: isoDay(-1),
          closesOn: isoDay(30),
          unitIds: [other.school.id],
        },
        cookies.otherAdmin,
      );
      expect(round.status).toBe(422);
      expect(round.body.error.details.map((d: Json) => d.field)).toEqual(['instrumentVersionId']);
    });

    it('when she publishes version 2, then a round opened on version 1 keeps version 1 and new rounds get version 2', async () => {
      const v1 = (await roundForm()).find((i) => i.instrumentKey === ownKey())!;
      const round = await post('/api/rounds', {
        instrumentVersionId: v1.versionId,
        title: { da: 'Biblioteket forår' },
        opensOn: isoDay(-1),
        closesOn: isoDay(30),
        unitIds: [org.school.id],
      });
      expect(round.status).toBe(201);
      const rates = await get(`/api/rounds/${round.body.id}/response-rates`);
      const code = (rates.body.units[0].url as string).split('/s/')[1]!;
      expect(
        (await submit(store.url, code, { visits: 'weekly', satisfied: 5, uses: ['books'] })).status,
      ).toBe(201);

      const started = await get(`/api/instruments/${ownKey()}/definition`);
      const extra = { type: 'comment', name: 'wish', title: 'What would you wish for?' };
      const v2 = await checkAndPublish(aLibrarySurvey({ extraQuestion: extra }), started.body.indicators);
      expect(v2.status).toBe(201);
      expect(v2.body).toMatchObject({ key: ownKey(), version: 2 });
      const listed = (await get('/api/instruments')).body.instruments as Json[];
      const prints = listed.find((i) => i.key === ownKey()).versions.map((v: Json) => v.fingerprint);
      expect(prints).toEqual([started.body.fingerprint, v2.body.fingerprint]);
      expect(new Set(prints).size).toBe(2);

      const survey = await get(`/api/s/${code}`);
      expect(survey.body.instrument).toEqual({ key: ownKey(), version: 1 });
      expect(JSON.stringify(survey.body.survey)).not.toContain('wish');
      const wished = await submit(store.url, code, { satisfied: 4, wish: 'more films' });
      expect(wished.status).toBe(422);
      const newest = (await roundForm()).find((i) => i.instrumentKey === ownKey())!;
      expect(newest.versionId).not.toBe(v1.versionId);
    });
  });
}
