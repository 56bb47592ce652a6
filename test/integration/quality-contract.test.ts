import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { contentHashOf } from '../../server/use-cases/follow-up-reports';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const year = new Date().getUTCFullYear();
const put = async (url: string, body: unknown, cookie: string) => {
  const res = await fetch(url, {
    method: 'PUT',
    headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
};

for (const kind of STORES) {
  describe(`${kind.name}: a quality contract, its follow-up report and the public page`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let lastYear: BuiltRound;
    let thisYear: BuiltRound;
    let pupil: CheckedInstrument;
    let consultant: string;
    let leader: string;
    let viewer: string;
    let contractId: string;
    const goal: Record<string, string> = {};

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6, 9]).create();
      const classes = [...org.classes.values()];
      lastYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits(classes)
        .create();
      thisYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits(classes)
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      // Last year: 6.A 5 of 10 express wellbeing, 1.A 3 of 3 (too few to show).
      const answer = (round: BuiltRound, grade: number, wellbeing: 1 | 5) =>
        submit(
          store.url,
          round.codes.get(org.classes.get(grade)!.id)!,
          pupilAnswers(pupil, { grade, wellbeing, bullied: false }),
        );
      for (let i = 0; i < 10; i++) await answer(lastYear, 6, i < 5 ? 5 : 1);
      for (let i = 0; i < 3; i++) await answer(lastYear, 1, 5);
      // This year: 6.A 10 of 10, 1.A 6 of 6.
      for (let i = 0; i < 10; i++) await answer(thisYear, 6, 5);
      for (let i = 0; i < 6; i++) await answer(thisYear, 1, 5);
      await store.settled();
      // The first round took place a year ago (responses cannot be sent to a closed round, so it moves back after).
      await store.db.execute(
        sql`update rounds set opens_on = opens_on - 365, closes_on = closes_on - 365 where id = ${lastYear.roundId}`,
      );
    });
    afterAll(() => store?.stop());

    const api = (path: string) => `${store.url}/api${path}`;
    const reportUrl = (y = year) => api(`/contracts/${contractId}/reports/${y}`);

    it('when the consultant creates a contract with a service area and the three Aarhus goals, then the contract lists them', async () => {
      const created = await postJson(
        api('/contracts'),
        { title: 'Kvalitetskontrakt', periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31` },
        { cookie: consultant },
      );
      expect(created.status).toBe(201);
      contractId = created.body.id;
      const area = await postJson(
        api(`/contracts/${contractId}/service-areas`),
        { name: 'Skole', aim: 'Alle børn skal trives.' },
        { cookie: consultant },
      );
      expect(area.body).toEqual({ key: 'skole' });
      const grades = { breakdownKey: 'grade', values: ['1', '6', '9'] };
      const specs = {
        wellbeing: {
          indicatorKey: 'wellbeing',
          rule: { type: 'threshold', op: '>', target: 0.9 },
          breakdownFilter: grades,
        },
        notBullied: {
          indicatorKey: 'not-bullied',
          rule: { type: 'threshold', op: '>', target: 0.95 },
          breakdownFilter: grades,
        },
        rising: {
          indicatorKey: 'wellbeing',
          rule: { type: 'trend', direction: 'rising' },
          breakdownFilter: null,
        },
      };
      for (const [name, spec] of Object.entries(specs)) {
        const res = await postJson(
          api(`/contracts/${contractId}/goals`),
          {
            ...spec,
            serviceArea: 'skole',
            title: { da: name },
            instrumentKey: 'pupil-wellbeing',
            scopeUnitId: org.root.id,
            deadline: `${year + 1}-12-31`,
          },
          { cookie: consultant },
        );
        expect(res.status).toBe(201);
        goal[name] = res.body.id;
      }
      await store.settled(30_000); // the new goals' rounds are recomputed
      // Last year's round has closed: its recompute released it again. This year's is published now.
      await store.release(thisYear.roundId);
      const contract = (await getJson(api(`/contracts/${contractId}`), { cookie: consultant })).body;
      expect(contract.areas).toHaveLength(1);
      expect(contract.areas[0]).toMatchObject({ name: 'Skole', aim: 'Alle børn skal trives.' });
      expect(contract.areas[0].goals.map((g: Json) => g.id)).toEqual([
        goal.wellbeing,
        goal.notBullied,
        goal.rising,
      ]);
    });

    it('when a goal names an unknown area and indicator and a share target of 90, then 422 names each field and nothing is stored', async () => {
      const res = await postJson(
        api(`/contracts/${contractId}/goals`),
        {
          serviceArea: 'nowhere',
          title: { da: 'x' },
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'happiness',
          scopeUnitId: org.root.id,
          rule: { type: 'threshold', op: '>', target: 90 },
          deadline: `${year + 1}-12-31`,
        },
        { cookie: consultant },
      );
      expect(res.status).toBe(422);
      expect(res.body.error.details.map((d: Json) => d.field).sort()).toEqual([
        'indicatorKey',
        'serviceArea',
      ]);
      const share = await postJson(
        api(`/contracts/${contractId}/goals`),
        {
          serviceArea: 'skole',
          title: { da: 'x' },
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          scopeUnitId: org.root.id,
          rule: { type: 'threshold', op: '>', target: 90 },
          deadline: `${year + 1}-12-31`,
        },
        { cookie: consultant },
      );
      expect(share.body.error.details).toEqual([
        { field: 'rule.target', issue: expect.stringContaining('between 0 and 1') },
      ]);
      const contract = (await getJson(api(`/contracts/${contractId}`), { cookie: consultant })).body;
      expect(contract.areas[0].goals).toHaveLength(3);
    });

    it('when a school leader or a viewer tries to change the contract, then it is refused', async () => {
      for (const cookie of [leader, viewer]) {
        expect(
          (
            await postJson(
              api('/contracts'),
              { title: 'x', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
              { cookie },
            )
          ).status,
        ).toBe(403);
        expect(
          (await postJson(api(`/contracts/${contractId}/service-areas`), { name: 'x' }, { cookie })).status,
        ).toBe(403);
      }
      // Everyone in the municipality reads the report.
      expect((await getJson(reportUrl(), { cookie: viewer })).status).toBe(200);
    });

    it('when the consultant rewrites a service area, then its key (and so its goals) stays; a bad name, an unknown area and a viewer are refused', async () => {
      const areaUrl = (key: string) => api(`/contracts/${contractId}/service-areas/${key}`);
      const aim = 'Alle børn skal trives i et trygt fællesskab.';
      expect((await put(areaUrl('skole'), { name: 'Skole', aim }, consultant)).status).toBe(204);
      const empty = await put(areaUrl('skole'), { name: ' ', aim: 'x' }, consultant);
      expect(empty.status).toBe(422);
      expect(empty.body.error.details).toEqual([{ field: 'name', issue: 'name the service area' }]);
      expect((await put(areaUrl('nowhere'), { name: 'X' }, consultant)).status).toBe(404);
      expect((await put(areaUrl('skole'), { name: 'X' }, viewer)).status).toBe(403);
      expect((await put(areaUrl('skole'), { name: 'X' }, leader)).status).toBe(403);
      const contract = (await getJson(api(`/contracts/${contractId}`), { cookie: consultant })).body;
      expect(contract.areas).toMatchObject([{ key: 'skole', name: 'Skole', aim }]);
      expect(contract.areas[0].goals).toHaveLength(3);
    });

    it('when staff read the contract, then it says who may change it, and the old pages redirect to the app', async () => {
      const read = async (cookie: string) =>
        (await getJson(api(`/contracts/${contractId}`), { cookie })).body;
      expect((await read(consultant)).mayEdit).toBe(true);
      expect((await read(viewer)).mayEdit).toBe(false);
      expect((await read(leader)).mayEdit).toBe(false);
      expect((await read(consultant)).catalogue.map((c: Json) => c.instrumentKey)).toContain('sick-leave');
      for (const [from, to] of [
        ['/dashboard/contracts', '/app/contracts'],
        [`/dashboard/contracts/${contractId}`, `/app/contracts/${contractId}/edit`],
      ]) {
        const res = await fetch(`${store.url}${from}`, { headers: { cookie: viewer }, redirect: 'manual' });
        expect([from, res.status, res.headers.get('location')]).toEqual([from, 302, to]);
      }
    });

    it('when pupils answered last year and this year, then the draft report shows each result, the trend judged against last year and the change', async () => {
      const { body } = await getJson(reportUrl(), { cookie: consultant });
      expect(body.status).toBe('draft');
      const [wellbeing, notBullied, rising] = body.report.areas[0].goals;
      // Grades 1, 6, 9 this year: 16 of 16 express wellbeing, Wilson 95 % [0.8064, 1] lies above 0.9? No: 0.8064 < 0.9 → uncertain.
      expect(wellbeing.result).toMatchObject({ status: 'uncertain', n: 16, value: 1 });
      expect(wellbeing.result.ciLow).toBeCloseTo(0.8064, 3);
      expect(notBullied.result).toMatchObject({ n: 16, value: 1 });
      // Rising: 8/13 = 0.6154 last year → 16/16 this year; Newcombe's interval for +0.3846 lies above 0.
      expect(rising.trend).toHaveLength(2);
      expect(rising.result.status).toBe('met');
      expect(rising.result.change.change).toBeCloseTo(16 / 16 - 8 / 13, 10);
      expect(rising.result.change.ciLow).toBeGreaterThan(0);
      expect(rising.trend[0]).toMatchObject({ year: year - 1, n: 13 });
    });

    it('when last year’s class was hidden, then this year’s class shows no change and its trend goal is hidden', async () => {
      const overview = (await getJson(api('/goals'), { cookie: consultant })).body;
      const firstGrade = overview.rows.find((r: Json) => r.unitId === org.classes.get(1)!.id);
      expect(firstGrade.cells[goal.rising!]).toEqual({
        status: 'hidden',
        minGroupSize: 5,
        reasons: ['previous-hidden'],
      });
      // The threshold goal still shows this year's 6 answers, without a change that would reveal last year's 3.
      expect(firstGrade.cells[goal.wellbeing!]).toMatchObject({ n: 6, change: null });
    });

    it('when the report is adopted, then it is frozen with its hash and new answers do not change it', async () => {
      expect(
        (
          await put(
            `${reportUrl()}/texts`,
            { processEvaluations: { [goal.wellbeing!]: 'Godt arbejde i klasserne.' } },
            consultant,
          )
        ).status,
      ).toBe(204);
      const early = await postJson(`${reportUrl()}/adopt`, {}, { cookie: consultant });
      expect(early.status).toBe(422);
      expect(early.body.error.details[0].field).toBe('medStatement');
      await put(`${reportUrl()}/texts`, { medStatement: 'MED-udvalget bakker op.' }, consultant);
      const adopted = await postJson(`${reportUrl()}/adopt`, {}, { cookie: consultant });
      expect(adopted.status).toBe(201);
      const before = (await getJson(reportUrl(), { cookie: consultant })).body;
      expect(before).toMatchObject({ status: 'adopted', contentHash: adopted.body.contentHash });
      expect(contentHashOf(before.report)).toBe(before.contentHash);
      expect(before.report.areas[0].goals[0].processEvaluation).toBe('Godt arbejde i klasserne.');

      for (let i = 0; i < 8; i++)
        await submit(
          store.url,
          thisYear.codes.get(org.classes.get(6)!.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: true }),
        );
      await store.settled();
      await store.release(thisYear.roundId);
      const live = (await getJson(api('/goals'), { cookie: consultant })).body;
      expect(live.rows[0].cells[goal.wellbeing!].n).toBe(24); // the data moved on …
      expect((await getJson(reportUrl(), { cookie: consultant })).body).toEqual(before); // … the adopted report did not
      expect((await put(`${reportUrl()}/texts`, { medStatement: 'changed' }, consultant)).status).toBe(409);
      // Not even a direct update gets through: the database refuses it.
      const refused = await store.db
        .execute(sql`update follow_up_reports set med_statement = 'x' where contract_id = ${contractId}`)
        .then(
          () => 'updated',
          (error: { cause?: Error }) => error.cause?.message,
        );
      expect(refused).toMatch(/is adopted and cannot change/);
    });

    it('when a goal is changed after adoption, then the live overview shows the new target and the adopted report the old', async () => {
      const patch = (body: unknown, cookie: string) =>
        fetch(api(`/goals/${goal.notBullied}`), {
          method: 'PATCH',
          headers: {
            ...sameOrigin(api(`/goals/${goal.notBullied}`)),
            'content-type': 'application/json',
            cookie,
          },
          body: JSON.stringify(body),
        });
      expect((await patch({ rule: { type: 'threshold', op: '>', target: 0.99 } }, viewer)).status).toBe(403);
      const bad = await patch({ rule: { type: 'threshold', op: '>', target: 99 } }, consultant);
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as Json).error.details[0].field).toBe('rule.target');
      const changed = {
        title: { en: 'Nearly no pupil is bullied' },
        rule: { type: 'threshold', op: '>=', target: 0.8 },
      };
      expect((await patch(changed, consultant)).status).toBe(204);
      await store.settled(30_000);
      await store.release(thisYear.roundId);
      const live = (await getJson(api(`/contracts/${contractId}/overview`), { cookie: consultant })).body;
      const now = live.areas[0].goals[1];
      expect(now.rule).toEqual({ type: 'threshold', op: '>=', target: 0.8 });
      expect(now.title).toEqual({ da: 'notBullied', nb: 'notBullied', en: 'Nearly no pupil is bullied' });
      const adopted = (await getJson(reportUrl(), { cookie: consultant })).body.report.areas[0].goals[1];
      expect(adopted.rule).toEqual({ type: 'threshold', op: '>', target: 0.95 });
    });

    it('when the contract is published, then citizens find its goals and the adopted report, but never a draft', async () => {
      const page = () =>
        fetch(`${store.url}/p/${org.municipality.slug}?lang=en`).then(async (r) => ({
          status: r.status,
          text: await r.text(),
        }));
      expect((await page()).text).toContain('has not published a quality contract');
      expect(
        (await put(api(`/contracts/${contractId}/published`), { published: true }, consultant)).status,
      ).toBe(204);
      const published = await page();
      expect(published.status).toBe(200);
      expect(published.text).toContain('Kvalitetskontrakt');
      expect(published.text).toContain(`Follow-up report ${year}`);
      const base = `${store.url}/p/${org.municipality.slug}/contracts/${contractId}/reports`;
      const adopted = await fetch(`${base}/${year}?lang=nb`);
      expect(adopted.status).toBe(200);
      expect(await adopted.text()).toContain('MED-udvalget bakker op.');
      const draft = await fetch(`${base}/${year + 1}`);
      expect(draft.status).toBe(404);
      expect(draft.headers.get('content-type')).toMatch(/html/);
    });

    it('when staff download the report as PDF, then it is a PDF named after the municipality and year', async () => {
      const res = await fetch(`${store.url}/dashboard/contracts/${contractId}/reports/${year}/pdf?lang=da`, {
        headers: { cookie: viewer },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(
        `${org.municipality.slug}-${year}-adopted-da.pdf`,
      );
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });
  });
}
