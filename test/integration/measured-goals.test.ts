import { sql } from 'drizzle-orm';
import { MeasuredDefinition } from '../../core/measured/measured-definition';
import { MEASURED_LIBRARY } from '../../core/measured/measured-library';
import type { OrgUnit } from '../../core/org/org-unit';
import { saveMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { upsertMeasuredValues } from '../../db/repositories/measured-values';
import { createUnit } from '../../db/repositories/org-units';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, sameOrigin, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const library = (key: string) => MEASURED_LIBRARY.find((d) => d.key === key)!;

/** The municipality's own rate, defined by hand: falls per 1,000 resident days, month by month. */
const FALLS = MeasuredDefinition.parse({
  key: 'falls',
  title: { da: 'Fald pr. 1.000 beboerdøgn' },
  kind: 'rate',
  per: 1000,
  numeratorLabel: { da: 'Fald' },
  denominatorLabel: { da: 'Beboerdøgn' },
  grain: 'month',
  polarity: 'lower-is-better',
  personsLabel: { da: 'beboere' },
  minPersons: 5,
});

const monthsOf = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i).map(
    (m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`,
  );

/*
 * Goals on measured indicators with the contract's goal machinery: "at least 95 % of lessons by
 * qualified teachers at every school" and "rising" on school years, "falls falling" on a monthly
 * rate added up per calendar year, and "above comparable municipalities" on a quarterly share;
 * judged in the goal overview and the follow-up report, hidden where too few persons are behind.
 */
for (const kind of STORES) {
  describe(`${kind.name}: goals on measured indicators`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let north: OrgUnit;
    let nordskolen: OrgUnit;
    let vestskolen: OrgUnit;
    let ostskolen: OrgUnit;
    let nursingHome: OrgUnit;
    let consultant: string;
    let contractId: string;
    type GoalName = 'everySchool' | 'rising' | 'atVestskolen' | 'fallsFalling' | 'aboveAverage';
    const goals = {} as Record<GoalName, string>;
    const api = (path: string) => `${store.url}/api${path}`;
    const addGoal = (body: Record<string, unknown>) =>
      postJson(
        api(`/contracts/${contractId}/goals`),
        {
          serviceArea: 'kvalitet',
          title: { da: 'Et mål på en målt indikator' },
          instrumentKey: 'measured',
          indicatorKey: 'qualified-teacher-lessons',
          scopeUnitId: org.root.id,
          deadline: '2026-12-31',
          ...body,
        },
        { cookie: consultant },
      );
    const overview = async () => (await getJson(api('/goals'), { cookie: consultant })).body;
    const cellsOf = (body: Json, goalId: string) =>
      new Map<string, Json>(body.rows.map((r: Json) => [r.unitId, r.cells[goalId]]));
    const reportGoal = async (year: number, goalId: string) => {
      const res = await getJson(api(`/contracts/${contractId}/reports/${year}`), { cookie: consultant });
      expect(res.status).toBe(200);
      return res.body.report.areas.flatMap((a: Json) => a.goals).find((g: Json) => g.id === goalId);
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const municipalityId = org.municipality.id;
      const unit = (parent: OrgUnit, kindOf: OrgUnit['kind'], name: string, sector = 'school') =>
        createUnit(store.db, { municipalityId, parent, kind: kindOf, name, sector });
      north = await unit(org.root, 'area', 'Område Nord');
      nordskolen = await unit(north, 'institution', 'Nordskolen');
      vestskolen = await unit(north, 'institution', 'Vestskolen');
      ostskolen = await unit(north, 'institution', 'Østskolen');
      nursingHome = await unit(org.root, 'institution', 'Plejecenter Ly', 'nursing-home');
      for (const definition of [
        library('qualified-teacher-lessons'),
        library('deviations-followed-up'),
        FALLS,
      ])
        await saveMeasuredDefinition(store.db, municipalityId, definition);
      const row = (
        indicatorKey: string,
        unitId: string,
        periodStart: string,
        [numerator, denominator, persons]: [number, number | null, number | null],
      ) => ({ indicatorKey, unitId, periodStart, numerator, denominator, persons, source: 'hand' as const });
      // Lessons by qualified teachers of all lessons, school years 2024/25 and 2025/26, teachers as persons.
      // Vestskolen has 3 teachers: too few to be shown.
      const lessons = (u: OrgUnit, before: number, now: number, total: number, teachers: number) => [
        row('qualified-teacher-lessons', u.id, '2024-08-01', [before, total, teachers]),
        row('qualified-teacher-lessons', u.id, '2025-08-01', [now, total, teachers]),
      ];
      // Deviations followed up within 14 days, quarters of 2025 and the first half of 2026; no persons.
      const quarters = ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01'];
      await upsertMeasuredValues(store.db, municipalityId, [
        ...lessons(org.school, 900, 960, 1000, 20),
        ...lessons(nordskolen, 940, 930, 1000, 25),
        ...lessons(vestskolen, 180, 190, 200, 3),
        ...lessons(ostskolen, 950, 970, 1000, 30),
        ...quarters.flatMap((q) => [
          row('deviations-followed-up', org.school.id, q, [18, 20, null]),
          row('deviations-followed-up', org.daycare.id, q, [9, 10, null]),
        ]),
        // 2 falls per 1,000 resident days all 2025, 1⅓ in 2026: 6 or 4 falls in 3,000 days a month.
        ...monthsOf(2025 * 12, 2026 * 12 + 5).map((m) =>
          row('falls', nursingHome.id, m, [m < '2026' ? 6 : 4, 3000, 40]),
        ),
      ]);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      contractId = (
        await postJson(
          api('/contracts'),
          { title: 'Kvalitetskontrakt 2025–2026', periodStart: '2025-01-01', periodEnd: '2026-12-31' },
          { cookie: consultant },
        )
      ).body.id;
      await postJson(
        api(`/contracts/${contractId}/service-areas`),
        { name: 'Kvalitet' },
        { cookie: consultant },
      );
      const planned: Record<GoalName, Record<string, unknown>> = {
        everySchool: {
          title: { da: 'Mindst 95 % af timerne læses af linjefagsuddannede lærere på hver skole' },
          eachUnitKind: 'institution',
          rule: { type: 'threshold', op: '>=', target: 0.95 },
        },
        rising: {
          title: { da: 'Andelen af timer med linjefagsuddannede lærere stiger' },
          rule: { type: 'trend', direction: 'rising', significant: false },
        },
        atVestskolen: {
          title: { da: 'Vestskolen: mindst 95 % af timerne læses af linjefagsuddannede lærere' },
          scopeUnitId: vestskolen.id,
          rule: { type: 'threshold', op: '>=', target: 0.95 },
        },
        fallsFalling: {
          title: { da: 'Faldene på plejecentrene falder' },
          indicatorKey: 'falls',
          rule: { type: 'trend', direction: 'falling', significant: false },
        },
        aboveAverage: {
          title: { da: 'Flere hændelser følges op inden 14 dage end i sammenlignelige kommuner' },
          indicatorKey: 'deviations-followed-up',
          rule: { type: 'benchmark', position: 'above', comparisonGroup: 'KOSTRA-gruppe 13' },
        },
      };
      for (const [name, body] of Object.entries(planned)) {
        const res = await addGoal(body);
        expect([res.status, res.body]).toEqual([201, { id: expect.any(String) }]);
        goals[name as GoalName] = res.body.id;
      }
    });
    afterAll(() => store?.stop());

    it('when the contract is opened, then its goal form offers the measured indicators with how their values read', async () => {
      const contract = (await getJson(api(`/contracts/${contractId}`), { cookie: consultant })).body;
      const measured = contract.catalogue.find((c: Json) => c.instrumentKey === 'measured');
      expect(measured.instrumentTitle).toEqual({
        da: 'Målte indikatorer',
        nb: 'Målte indikatorer',
        en: 'Measured indicators',
      });
      expect(measured.indicators.map((i: Json) => [i.key, i.unit, i.breakdowns])).toEqual([
        ['deviations-followed-up', 'share', []],
        ['falls', 'score', []],
        ['qualified-teacher-lessons', 'share', []],
      ]);
      expect(measured.indicators[1].label).toEqual({
        da: 'Fald pr. 1.000 beboerdøgn',
        nb: 'Fald pr. 1.000 beboerdøgn',
        en: 'Fald pr. 1.000 beboerdøgn',
      });
    });

    it('when the overview is read, then 2025/26 is judged at every school against 95 %, weighted by lessons at the municipality', async () => {
      const body = await overview();
      const goal = body.contracts[0].goals.find((g: Json) => g.id === goals.everySchool);
      expect(goal).toMatchObject({
        measuredOn: 'measured',
        measurePeriod: null,
        unit: 'share',
        round: { id: 'measured:2025/26', title: { da: 'skoleåret 2025/26', en: 'school year 2025/26' } },
      });
      const cells = cellsOf(body, goals.everySchool);
      // Testskolen 960 of 1,000 lessons; register data: no interval, n its 20 teachers.
      expect(cells.get(org.school.id)).toMatchObject({ status: 'met', n: 20, ciLow: null, ciHigh: null });
      expect(cells.get(org.school.id).value).toBeCloseTo(0.96, 12);
      expect(cells.get(ostskolen.id)).toMatchObject({ status: 'met', n: 30 });
      // (960 + 930 + 190 + 970) / (1,000 + 1,000 + 200 + 1,000) = 3,050 / 3,200, not the mean of the four.
      expect(cells.get(org.root.id)).toMatchObject({ status: 'met', n: 78 });
      expect(cells.get(org.root.id).value).toBeCloseTo(3050 / 3200, 12);
      // The daycare and the class have no lessons: outside the goal, not "no data".
      expect(cells.get(org.daycare.id)).toBeUndefined();
      expect(cells.get(org.classes.get(6)!.id)).toBeUndefined();
    });

    it('when Vestskolen has 3 teachers, then its cells are hidden without a number, n or change, and Nordskolen with it', async () => {
      const body = await overview();
      for (const goalId of [goals.everySchool, goals.atVestskolen])
        expect(cellsOf(body, goalId).get(vestskolen.id)).toEqual({
          status: 'hidden',
          minGroupSize: 5,
          reasons: [],
        });
      // Område Nord minus Nordskolen and Østskolen would be Vestskolen: the smaller of the two hides too.
      expect(cellsOf(body, goals.everySchool).get(nordskolen.id)).toEqual({
        status: 'hidden',
        minGroupSize: 5,
        reasons: [],
      });
      expect(cellsOf(body, goals.everySchool).get(north.id)).toMatchObject({ status: 'met', n: 58 });
      const goal = await reportGoal(2026, goals.atVestskolen);
      expect(goal.result).toEqual({
        roundTitle: { da: 'skoleåret 2025/26', nb: 'skoleåret 2025/26', en: 'school year 2025/26' },
        year: 2026,
        status: 'hidden',
        reasons: [],
      });
      expect(goal.trend.map((p: Json) => p.status)).toEqual(['hidden', 'hidden']);
      expect(JSON.stringify(goal)).not.toMatch(/"(value|n|ciLow|ciHigh|change)"/);
    });

    it('when the share rises from 2024/25 to 2025/26, then the trend goal is met with the exact change', async () => {
      const cell = cellsOf(await overview(), goals.rising).get(org.root.id);
      expect(cell).toMatchObject({ status: 'met', change: { comparable: true, verdict: 'improved' } });
      // 3,050 / 3,200 − 2,970 / 3,200 = 0.025: every lesson counted, so the interval is the point.
      expect(cell.change.change).toBeCloseTo(80 / 3200, 12);
      expect(cell.change.ciLow).toBeCloseTo(cell.change.change, 12);
    });

    it('when the 2026 report is read, then the goal has its result, a trend from 2024/25, the schools tallied and the figures explained', async () => {
      const goal = await reportGoal(2026, goals.everySchool);
      expect(goal).toMatchObject({ measuredOn: 'measured', unit: 'share' });
      expect(goal.result).toMatchObject({ status: 'met', n: 78, ciLow: null, ciHigh: null, year: 2026 });
      expect(goal.trend.map((p: Json) => [p.roundTitle.da, p.status])).toEqual([
        ['skoleåret 2024/25', 'not-met'],
        ['skoleåret 2025/26', 'met'],
      ]);
      expect(goal.trend[0].value).toBeCloseTo(2970 / 3200, 12);
      expect(goal.units).toEqual({
        kind: 'institution',
        met: 2,
        notMet: [],
        uncertain: 0,
        hidden: 2,
        noData: 0,
      });
      const rising = await reportGoal(2026, goals.rising);
      expect(rising.result.change).toMatchObject({ verdict: 'improved' });
      // Exact changes are not judged among the survey goals' chances.
      expect(rising.result.change.holdsAtFdr).toBeUndefined();
      const html = await (
        await fetch(`${store.url}/dashboard/contracts/${contractId}/reports/2026/print?lang=da`, {
          headers: { cookie: consultant },
        })
      ).text();
      expect(html).toContain('n = 78, skoleåret 2025/26');
      expect(html).toContain('Ændring fra samme periode sidste år');
      expect(html).toContain('kommunens egne nøgletal');
    });

    it('when falls are recorded monthly, then 2026 so far is judged as a rate against the same months of 2025', async () => {
      const body = await overview();
      const goal = body.contracts[0].goals.find((g: Json) => g.id === goals.fallsFalling);
      expect(goal).toMatchObject({
        unit: 'score',
        round: { id: 'measured:2026', title: { da: '2026 (jan.–jun.)', en: '2026 (Jan–Jun)' } },
      });
      const cell = cellsOf(body, goals.fallsFalling).get(org.root.id);
      // 24 falls in 18,000 days = 1.33 per 1,000, against 36 in 18,000 = 2 in January–June 2025.
      expect(cell).toMatchObject({ status: 'met', n: 40, change: { verdict: 'improved' } });
      expect(cell.value).toBeCloseTo(4 / 3, 12);
      expect(cell.change.change).toBeCloseTo(4 / 3 - 2, 12);
      const report = await reportGoal(2025, goals.fallsFalling);
      expect(report.trend).toHaveLength(1);
      expect(report.result).toMatchObject({ status: 'no-data', reasons: ['baseline'], value: 2 });
    });

    it('when comparable municipalities follow up 85 % in 2026, then the municipality at 90 % is above the average', async () => {
      expect(cellsOf(await overview(), goals.aboveAverage).get(org.root.id)).toMatchObject({
        status: 'no-data',
        reasons: ['no-benchmark'],
      });
      const csv = [
        'kommune;kostragruppe;indikator;år;verdi',
        ...[
          ['0301', '80,0'],
          ['4601', '85,0'],
          ['5001', '90,0'],
        ].map(([m, v]) => `${m};KOSTRA-gruppe 13;measured/deviations-followed-up;2026;${v}`),
      ].join('\r\n');
      const url = api('/benchmarks/import?source=SSB%20KOSTRA&vintage=2026-06-15');
      const res = await fetch(url, {
        method: 'POST',
        headers: { ...sameOrigin(url), 'content-type': 'text/csv', cookie: consultant },
        body: csv,
      });
      expect([res.status, await res.text()]).toEqual([200, expect.stringContaining('"applied":true')]);
      // (18 + 9) × 2 of (20 + 10) × 2 = 90 %; n is the deviations recorded, as no persons are given.
      const cell = cellsOf(await overview(), goals.aboveAverage).get(org.root.id);
      expect(cell).toMatchObject({ status: 'met', n: 60 });
      expect(cell.value).toBeCloseTo(0.9, 12);
      const goal = await reportGoal(2026, goals.aboveAverage);
      expect(goal.result.benchmarks).toEqual([
        {
          comparisonGroup: 'KOSTRA-gruppe 13',
          year: 2026,
          average: expect.closeTo(0.85, 12),
          municipalities: 3,
          source: 'SSB KOSTRA',
          vintages: ['2026-06-15'],
        },
      ]);
    });

    it('when the contract is published, then citizens see the measured goals with the period and n, the hidden one without numbers', async () => {
      const url = api(`/contracts/${contractId}/published`);
      const res = await fetch(url, {
        method: 'PUT',
        headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie: consultant },
        body: JSON.stringify({ published: true }),
      });
      expect(res.status).toBeLessThan(300);
      const page = await (await fetch(`${store.url}/p/${org.municipality.slug}?lang=da`)).text();
      const cards = page.split('<article class="goal">').slice(1);
      const card = (title: string) => cards.find((c) => c.includes(title))!;
      const everySchool = card('på hver skole');
      expect(everySchool).toContain('skoleåret 2025/26');
      expect(everySchool).toContain('95,3 %');
      expect(everySchool).toContain('n = 78');
      const atVestskolen = card('Vestskolen:');
      expect(atVestskolen).toContain('Skjult');
      expect(atVestskolen).not.toMatch(/n = |class="value"/);
    });

    it('when the goal status is downloaded, then measured goals are columns like any other and Vestskolen’s row has no number', async () => {
      const res = await fetch(api('/exports/goals.csv?lang=en'), { headers: { cookie: consultant } });
      expect(res.status).toBe(200);
      const lines = (await res.text()).split(/\r?\n/);
      expect(lines[0]).toContain(
        'Mindst 95 % af timerne læses af linjefagsuddannede lærere på hver skole – Value (%)',
      );
      const vestskolen = lines.find((l) => l.startsWith('Vestskolen,'))!.split(',');
      expect(vestskolen.slice(3).join(' ')).not.toMatch(/\d/);
      expect(vestskolen).toContain('Hidden');
      const school = lines.find((l) => l.startsWith('Testskolen,'))!.split(',');
      expect(school).toContain('96.0');
    });

    it('when a goal names an unknown measured indicator, a breakdown or a target in percent, then 422 names the field and nothing is stored', async () => {
      const count = async () =>
        ((await store.db.execute(sql`select count(*)::int as n from goals`)) as unknown as { rows: Json[] })
          .rows[0].n;
      const before = await count();
      const unknown = await addGoal({
        indicatorKey: 'no-such-indicator',
        rule: { type: 'threshold', op: '>', target: 0.9 },
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details).toEqual([
        { field: 'indicatorKey', issue: expect.stringContaining('no-such-indicator') },
      ]);
      const withGrades = await addGoal({
        rule: { type: 'threshold', op: '>', target: 0.9 },
        breakdownFilter: { breakdownKey: 'grade', values: ['6'] },
      });
      expect(withGrades.status).toBe(422);
      expect(withGrades.body.error.details.map((d: Json) => d.field)).toContain('breakdownFilter');
      const withPeriod = await addGoal({
        rule: { type: 'threshold', op: '>', target: 0.9 },
        measurePeriod: 'year',
      });
      expect(withPeriod.status).toBe(422);
      expect(withPeriod.body.error.details.map((d: Json) => d.field)).toEqual(['measurePeriod']);
      const percentNotShare = await addGoal({ rule: { type: 'threshold', op: '>', target: 95 } });
      expect(percentNotShare.status).toBe(422);
      expect(percentNotShare.body.error.details.map((d: Json) => d.field)).toEqual(['rule.target']);
      expect(await count()).toBe(before);
    });
  });
}
