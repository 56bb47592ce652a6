import { createMunicipality } from '../../db/repositories/municipalities';
import { createDemoOrganisation } from '../../scripts/demo/demo-organisation';
import { seedDemoInitiatives } from '../../scripts/demo/demo-initiatives';
import { aContractWithGoals } from '../builders/goals';
import { anAssessment, anInitiative } from '../builders/initiatives';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const patch = async (url: string, body: unknown, cookie: string) => {
  const res = await fetch(url, {
    method: 'PATCH',
    headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
};

/*
 * The profile fixture. School, ratings (sts, lts, ei, es, ci, cs, sl), 0 stands for cannot assess:
 *   Nordby 1: 2 3 4 3 2 3 0 · Sydby: 2 3 3 3 0 4 2 · Nordby 2: 3 3 4 4 1 4 0
 * t(0.975, 2) = 4.30265, t(0.975, 1) = 12.7062; intervals are cut at 1 and 4.
 *   sts [2,2,3]: x̄ 2.333333, s 0.577350, ± 4.302653·0.577350/√3 = 1.434218 → [0.899115 → 1, 3.767551]
 *   lts [3,3,3]: x̄ 3, s 0 → [3, 3]
 *   ei  [4,3,4]: x̄ 3.666667 ± 1.434218 → [2.232449, 5.100885 → 4]
 *   es  [3,3,4]: x̄ 3.333333 ± 1.434218 → [1.899115, 4.767551 → 4]
 *   ci  [2,1]:   x̄ 1.5, s 0.70711, ± 12.7062·0.70711/√2 = 6.3531 → [1, 4]
 *   cs  [3,4,4]: as ei
 *   sl  [2]:     x̄ 2, n 1, no interval
 * Daycare (Nordby): 4 4 4 4 3 4 0 → n 1 for six dimensions, 0 for sick leave. Elderly care: not rated.
 */
const SCHOOL_PROFILE = [
  ['short_term_savings', 3, 7 / 3, 1, 3.767551],
  ['long_term_savings', 3, 3, 3, 3],
  ['employee_involvement', 3, 11 / 3, 2.232449, 4],
  ['employee_satisfaction', 3, 10 / 3, 1.899115, 4],
  ['citizen_involvement', 2, 1.5, 1, 4],
  ['citizen_satisfaction', 3, 11 / 3, 2.232449, 4],
] as const;

for (const kind of STORES) {
  describe(`${kind.name}: the initiative catalogue`, () => {
    let store: TestStore;
    let nordby: BuiltOrganisation;
    let sydby: BuiltOrganisation;
    let nordbyGoal: string;
    const ids: Record<string, string> = {};
    const cookies: Record<'nordby' | 'sydby' | 'viewer' | 'leader', string> = {} as never;

    const api = () => `${store.url}/api/initiatives`;
    const search = async (query: string, cookie = cookies.viewer) =>
      (await getJson(`${api()}?${query}`, { cookie })).body.initiatives as Json[];

    beforeAll(async () => {
      store = await kind.start();
      nordby = await aMunicipality(store.db).named('Nordby Kommune').withClasses([1]).create();
      sydby = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1]).create();
      const goalIds = await aContractWithGoals(store.db, nordby.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
      ]);
      nordbyGoal = goalIds[0]!;
      cookies.nordby = await logIn(store.url, await aStaffUser(store.db, nordby.root, 'consultant'));
      cookies.sydby = await logIn(store.url, await aStaffUser(store.db, sydby.root, 'consultant'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, nordby.root, 'viewer'));
      cookies.leader = await logIn(store.url, await aStaffUser(store.db, nordby.school, 'leader'));
    });
    afterAll(() => store?.stop());

    it('when consultants in two municipalities add initiatives, then a word of a description finds them in both, and a sector narrows it', async () => {
      ids.reading = await anInitiative(nordby.school)
        .titled('Læsebånd hver morgen', 'Alle klasser læser 20 minutter dagligt med dialogisk læsning.')
        .towards([nordbyGoal])
        .rated([2, 3, 4, 3, 2, 3, 0], 'Lærerne målte læsehastighed før og efter.')
        .create(store.url, cookies.nordby);
      ids.buddies = await anInitiative(sydby.school)
        .titled('Makkerlæsning', 'Ældre elever læser højt for de yngste i dialogiske læsegrupper.')
        .rated([2, 3, 3, 3, 0, 4, 2])
        .create(store.url, cookies.sydby);
      ids.breaks = await anInitiative(nordby.school)
        .titled('Aktive frikvarterer', 'Elevråd og lærere planlægger legene i frikvartererne sammen.')
        .rated([3, 3, 4, 4, 1, 4, 0])
        .create(store.url, cookies.nordby);
      ids.language = await anInitiative(nordby.daycare)
        .inSector('daycare')
        .titled('Sprogkufferter', 'Pædagogerne bruger læsning og sange i små grupper.')
        .rated([4, 4, 4, 4, 3, 4, 0])
        .create(store.url, cookies.nordby);
      ids.rehab = await anInitiative(sydby.area)
        .inSector('elderly-care')
        .titled('Hverdagsrehabilitering', 'Hjemmeplejen træner dagligdagens gøremål med borgeren.')
        .create(store.url, cookies.sydby);

      const reading = await search('q=l%C3%A6sning');
      expect(reading.map((i) => i.title).sort()).toEqual(['Læsebånd hver morgen', 'Sprogkufferter']);
      const dialogue = await search('q=dialogisk');
      expect(dialogue.map((i) => [i.title, i.municipalityName]).sort()).toEqual([
        ['Læsebånd hver morgen', 'Nordby Kommune'],
        ['Makkerlæsning', 'Sydby Kommune'],
      ]);
      expect((await search('q=l%C3%A6s&sector=daycare')).map((i) => i.title)).toEqual(['Sprogkufferter']);
      expect((await search('sector=elderly-care')).map((i) => i.title)).toEqual(['Hverdagsrehabilitering']);
      expect((await search(`municipality=${sydby.municipality.id}`)).length).toBe(2);
      expect((await search('')).length).toBe(5);
      const [first] = await search('q=L%C3%A6seb%C3%A5nd');
      expect(first).toMatchObject({
        sector: 'school',
        contactUnit: { id: nordby.school.id, name: 'Testskolen' },
        goals: [{ id: nordbyGoal, title: { en: 'wellbeing' } }],
        assessment: anAssessment([2, 3, 4, 3, 2, 3, 0], 'Lærerne målte læsehastighed før og efter.'),
      });
    });

    it('when the profile is read, then each dimension has the hand-computed mean, n and 95 % interval', async () => {
      const { status, body } = await getJson(`${api()}/profile`, { cookie: cookies.sydby });
      expect(status).toBe(200);
      const [daycare, school, elderly] = body.sectors as Json[];
      expect([daycare.assessed, school.assessed, elderly.assessed]).toEqual([1, 3, 0]);
      for (const [dimension, n, mean, low, high] of SCHOOL_PROFILE) {
        const estimate = school.dimensions.find((d: Json) => d.dimension === dimension);
        expect(estimate.n).toBe(n);
        expect(estimate.mean).toBeCloseTo(mean, 4);
        expect(estimate.low).toBeCloseTo(low, 4);
        expect(estimate.high).toBeCloseTo(high, 4);
      }
      expect(school.dimensions[6]).toEqual({ dimension: 'sick_leave', n: 1, mean: 2, low: null, high: null });
      expect(daycare.dimensions.map((d: Json) => d.n)).toEqual([1, 1, 1, 1, 1, 1, 0]);
      const nordbyOnly = await getJson(
        `${api()}/profile?municipality=${nordby.municipality.id}&sector=school`,
        {
          cookie: cookies.sydby,
        },
      );
      expect(nordbyOnly.body.sectors[1].assessed).toBe(2);
    });

    it('when an assessment is off the scale or incomplete, then the answer is 422 naming the field and nothing is stored', async () => {
      const before = (await search('')).length;
      const tooHigh = await postJson(api(), anInitiative(nordby.school).rated([5, 3, 3, 3, 3, 3, 3]).body(), {
        cookie: cookies.nordby,
      });
      expect(tooHigh.status).toBe(422);
      expect(tooHigh.body.error.details).toEqual([
        { field: 'assessment.short_term_savings', issue: 'not one of the choices 1, 2, 3, 4, cannot-assess' },
      ]);
      const { sick_leave: _, ...sixOnly } = anAssessment([3, 3, 3, 3, 3, 3, 3]);
      const missing = await postJson(
        api(),
        { ...anInitiative(nordby.school).body(), assessment: sixOnly },
        {
          cookie: cookies.nordby,
        },
      );
      expect(missing.status).toBe(422);
      expect(missing.body.error.details).toEqual([
        { field: 'assessment.sick_leave', issue: 'answer required' },
      ]);
      const noTitle = await postJson(
        api(),
        { ...anInitiative(nordby.school).body(), title: ' ' },
        {
          cookie: cookies.nordby,
        },
      );
      expect(noTitle.body.error.details).toEqual([{ field: 'title', issue: 'give the initiative a title' }]);
      const foreignGoal = await postJson(api(), anInitiative(sydby.school).towards([nordbyGoal]).body(), {
        cookie: cookies.sydby,
      });
      expect(foreignGoal.status).toBe(422);
      expect(foreignGoal.body.error.details.map((d: Json) => d.field)).toEqual(['goalIds.0']);
      const badPatch = await patch(
        `${api()}/${ids.reading}`,
        { assessment: { ...sixOnly, sick_leave: 9 } },
        cookies.nordby,
      );
      expect(badPatch.status).toBe(422);
      expect(badPatch.body.error.details[0].field).toBe('assessment.sick_leave');
      expect((await search('')).length).toBe(before);
      expect(
        (await getJson(`${api()}/${ids.reading}`, { cookie: cookies.viewer })).body.assessment.sick_leave,
      ).toBe('cannot-assess');
    });

    it('when a viewer adds, another municipality edits, or a leader edits outside their unit, then it is refused and nothing changes', async () => {
      const body = anInitiative(nordby.school).titled('Forsøg', 'Et forsøg.').body();
      expect((await postJson(api(), body, { cookie: cookies.viewer })).status).toBe(403);
      expect((await postJson(api(), body)).status).toBe(401);
      expect((await patch(`${api()}/${ids.reading}`, { title: 'Overtaget' }, cookies.sydby)).status).toBe(
        403,
      );
      expect((await patch(`${api()}/${ids.reading}`, { title: 'Set' }, cookies.viewer)).status).toBe(403);
      expect(
        (await patch(`${api()}/${ids.language}`, { title: 'Daginstitution' }, cookies.leader)).status,
      ).toBe(403);
      expect(
        (await postJson(api(), anInitiative(nordby.daycare).body(), { cookie: cookies.leader })).status,
      ).toBe(403);
      expect(
        (await getJson(`${api()}/00000000-0000-4000-8000-000000000000`, { cookie: cookies.viewer })).status,
      ).toBe(404);
      expect((await getJson(`${api()}/${ids.reading}`, { cookie: cookies.viewer })).body.title).toBe(
        'Læsebånd hver morgen',
      );
      expect((await getJson(`${api()}/${ids.language}`, { cookie: cookies.viewer })).body.title).toBe(
        'Sprogkufferter',
      );
    });

    it('when the school leader changes their school’s initiative, then the fields given change and a removed assessment leaves the profile', async () => {
      const changed = await patch(
        `${api()}/${ids.breaks}`,
        { title: 'Aktive pauser', assessment: null, goalIds: [nordbyGoal] },
        cookies.leader,
      );
      expect(changed.status).toBe(204);
      const after = (await getJson(`${api()}/${ids.breaks}`, { cookie: cookies.viewer })).body;
      expect(after).toMatchObject({
        title: 'Aktive pauser',
        assessment: null,
        assessmentVersionId: null,
        sector: 'school',
      });
      expect(after.goals.map((g: Json) => g.id)).toEqual([nordbyGoal]);
      const profile = (await getJson(`${api()}/profile?sector=school`, { cookie: cookies.viewer })).body;
      expect(profile.sectors[1].assessed).toBe(2);
      expect(profile.sectors[0].assessed).toBe(0);
    });

    it('when staff read the catalogue as the app does, then it lists every municipality, the profile and the municipalities, and viewers may not add', async () => {
      const catalogue = (await getJson(`${api()}?q=l%C3%A6s`, { cookie: cookies.viewer })).body;
      expect(catalogue.initiatives.map((i: Json) => i.title)).toEqual(
        expect.arrayContaining(['Makkerlæsning', 'Læsebånd hver morgen']),
      );
      expect(catalogue.initiatives.map((i: Json) => i.municipalityName)).toContain('Sydby Kommune');
      expect(catalogue.profile.map((p: Json) => p.sector)).toEqual([
        'daycare',
        'school',
        'elderly-care',
        'cross-cutting',
      ]);
      expect(catalogue.municipalities.map((m: Json) => m.name)).toEqual(
        expect.arrayContaining(['Nordby Kommune', 'Sydby Kommune']),
      );
      expect(catalogue.mayAdd).toBe(false);
      expect((await getJson(api(), { cookie: cookies.nordby })).body.mayAdd).toBe(true);
      expect((await getJson(`${api()}/form`, { cookie: cookies.viewer })).status).toBe(403);
    });

    it('when a form is refused, then 422 names the field and nothing is stored; the other municipality reads the added one without a form', async () => {
      const before = (await search('', cookies.nordby)).length;
      const body = {
        sector: 'school',
        title: 'Skolehaver',
        description: 'Elever dyrker grøntsager.',
        contactUnitId: nordby.school.id,
      };
      const refused = await postJson(
        api(),
        { ...body, assessment: { short_term_savings: 7 } },
        { cookie: cookies.nordby },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.map((d: Json) => d.field)).toContain('assessment.short_term_savings');
      expect((await search('', cookies.nordby)).length).toBe(before);
      const added = await postJson(api(), { ...body, assessment: null }, { cookie: cookies.nordby });
      expect(added.status).toBe(201);
      const mine = (await getJson(`${api()}/${added.body.id}/form`, { cookie: cookies.nordby })).body;
      expect(mine).toMatchObject({ mayEdit: true, initiative: { title: 'Skolehaver' } });
      expect(mine.units.map((u: Json) => u.id)).toContain(nordby.school.id);
      expect(mine.goals.map((g: Json) => g.id)).toEqual([nordbyGoal]);
      expect(mine.survey.pages[0].elements.map((q: Json) => q.name)).toContain('sick_leave');
      const asOther = (await getJson(`${api()}/${added.body.id}/form`, { cookie: cookies.sydby })).body;
      expect(asOther).toMatchObject({
        mayEdit: false,
        units: [],
        goals: [],
        initiative: { title: 'Skolehaver' },
      });
    });

    it('when an old address of the catalogue is asked, then it leads to the same screen in the app', async () => {
      const moved = async (path: string) => {
        const res = await fetch(`${store.url}${path}`, {
          headers: { cookie: cookies.viewer },
          redirect: 'manual',
        });
        return [res.status, res.headers.get('location')];
      };
      expect(await moved('/dashboard/initiatives?q=l%C3%A6s&sector=school')).toEqual([
        302,
        '/app/initiatives?q=l%C3%A6s&sector=school',
      ]);
      expect(await moved('/dashboard/initiatives/new')).toEqual([302, '/app/initiatives/new']);
      expect(await moved(`/dashboard/initiatives/${ids.reading}`)).toEqual([
        302,
        `/app/initiatives/${ids.reading}`,
      ]);
      const post = await fetch(`${store.url}/dashboard/initiatives`, {
        method: 'POST',
        headers: { ...sameOrigin(`${store.url}/dashboard/initiatives`), cookie: cookies.nordby },
        redirect: 'manual',
      });
      expect(post.status).toBe(404);
    });

    it('when the demo catalogue is seeded, then its six initiatives cover the four sectors and their assessments are valid', async () => {
      const municipality = await createMunicipality(store.db, {
        slug: 'demo-initiativer',
        name: 'Demoby',
        country: 'dk',
      });
      const ids = await store.db.transaction(async (tx) =>
        seedDemoInitiatives(tx, municipality.id, await createDemoOrganisation(tx, municipality.id), []),
      );
      const seeded = await search(`municipality=${municipality.id}`);
      expect(seeded.map((i) => i.id).sort()).toEqual([...ids].sort());
      expect(new Set(seeded.map((i) => i.sector))).toEqual(
        new Set(['daycare', 'school', 'elderly-care', 'cross-cutting']),
      );
      expect(seeded.filter((i) => i.assessment !== null).length).toBe(5);
    });
  });
}
