import { sql } from 'drizzle-orm';
import { emptyRuleDraft, ruleOfDraft } from '../../core/goals/goal-rule-draft';
import type { OrgUnit } from '../../core/org/org-unit';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import { monthIndex, monthText } from '../../core/sick-leave/month-index';
import { createUnit } from '../../db/repositories/org-units';
import { insertSickLeaveRecords } from '../../db/repositories/sick-leave-records';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/** `sick` sick days of 100 planned in every month from `first` to `last`, with `employees` people. */
function months(
  unit: OrgUnit,
  first: string,
  last: string,
  sick: number,
  employees: number,
): SickLeaveRecord[] {
  const records: SickLeaveRecord[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m++)
    records.push({
      unitId: unit.id,
      periodKind: 'month',
      periodStart: `${monthText(m)}-01`,
      plannedDays: 100,
      sickDays: sick,
      shortTermDays: null,
      longTermDays: null,
      selfCertifiedDays: null,
      doctorCertifiedDays: null,
      employees,
    });
  return records;
}

/*
 * Goals on sick leave with the contract's goal machinery: "falling, and below 6 % at every
 * institution", judged per calendar year against the same months a year before, hidden where the
 * sick-leave view hides, in the goal overview and the follow-up report; and "below the average of
 * comparable municipalities" against imported key figures.
 */
for (const kind of STORES) {
  describe(`${kind.name}: goals on sick leave`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let north: OrgUnit;
    let nordskolen: OrgUnit;
    let vestskolen: OrgUnit;
    let consultant: string;
    let contractId: string;
    let everyInstitution: string;
    let belowAverage: string;
    const api = (path: string) => `${store.url}/api${path}`;
    const addGoal = (body: Record<string, unknown>) =>
      postJson(
        api(`/contracts/${contractId}/goals`),
        {
          serviceArea: 'personale',
          title: { da: 'Sygefraværet falder og er under 6 % på hver institution' },
          instrumentKey: 'sick-leave',
          indicatorKey: 'rate',
          scopeUnitId: org.root.id,
          deadline: '2026-12-31',
          ...body,
        },
        { cookie: consultant },
      );
    const overview = async () => (await getJson(api('/goals'), { cookie: consultant })).body;
    const cellsOf = (body: Json, goalId: string) =>
      new Map<string, Json>(body.rows.map((r: Json) => [r.unitId, r.cells[goalId]]));

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const unit = (parent: OrgUnit, kindOf: OrgUnit['kind'], name: string) =>
        createUnit(store.db, {
          municipalityId: org.municipality.id,
          parent,
          kind: kindOf,
          name,
          sector: 'school',
        });
      north = await unit(org.root, 'area', 'Område Nord');
      nordskolen = await unit(north, 'institution', 'Nordskolen');
      vestskolen = await unit(north, 'institution', 'Vestskolen');
      // 2025 whole year and 2026 January–March. Testskolen 7 % → 5 %, the daycare 5 % → 6 %,
      // Nordskolen 4 % both years, Vestskolen 3 % with 4 employees: too few to be shown.
      await insertSickLeaveRecords(store.db, {
        municipalityId: org.municipality.id,
        fileName: 'løn.csv',
        records: [
          ...months(org.school, '2025-01', '2025-12', 7, 20),
          ...months(org.school, '2026-01', '2026-03', 5, 20),
          ...months(org.daycare, '2025-01', '2025-12', 5, 12),
          ...months(org.daycare, '2026-01', '2026-03', 6, 12),
          ...months(nordskolen, '2025-01', '2026-03', 4, 30),
          ...months(vestskolen, '2025-01', '2026-03', 3, 4),
        ],
      });
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
        { name: 'Personale' },
        { cookie: consultant },
      );
      const res = await addGoal({
        eachUnitKind: 'institution',
        rule: {
          type: 'all',
          rules: [
            { type: 'trend', direction: 'falling' },
            { type: 'threshold', op: '<', target: 0.06 },
          ],
        },
      });
      expect(res.status).toBe(201);
      everyInstitution = res.body.id;
      const below = await addGoal({
        title: { da: 'Sygefraværet er under gennemsnittet for KOSTRA-gruppe 13' },
        rule: { type: 'benchmark', position: 'below', comparisonGroup: 'KOSTRA-gruppe 13' },
        measurePeriod: 'year',
      });
      expect(below.status).toBe(201);
      belowAverage = below.body.id;
    });
    afterAll(() => store?.stop());

    it('when a sick-leave goal is added without a period, then it is measured per calendar year', async () => {
      const { rows } = (await store.db.execute(
        sql`select measure_period from goals where id = ${everyInstitution}`,
      )) as unknown as { rows: { measure_period: string }[] };
      expect(rows[0]!.measure_period).toBe('year');
    });

    it('when the overview is read, then 2026 so far is judged against January–March 2025 at every institution', async () => {
      const body = await overview();
      const goal = body.contracts[0].goals.find((g: Json) => g.id === everyInstitution);
      expect(goal).toMatchObject({
        measuredOn: 'sick-leave',
        measurePeriod: 'year',
        unit: 'share',
        round: { id: 'sick-leave:2026', title: { da: '2026 (jan.–mar.)', en: '2026 (Jan–Mar)' } },
      });
      const cells = cellsOf(body, everyInstitution);
      // Testskolen 7 % → 5 %: falling and below 6 %; counted, so no interval and n is its 20 employees.
      expect(cells.get(org.school.id)).toMatchObject({ status: 'met', n: 20, ciLow: null, ciHigh: null });
      expect(cells.get(org.school.id).value).toBeCloseTo(0.05, 12);
      expect(cells.get(org.school.id).change).toMatchObject({ comparable: true, verdict: 'improved' });
      expect(cells.get(org.school.id).change.change).toBeCloseTo(-0.02, 12);
      // The daycare 5 % → 6 %: rising, and 6 % is not below 6 %.
      expect(cells.get(org.daycare.id)).toMatchObject({ status: 'not-met', n: 12 });
      expect(cells.get(org.daycare.id).change.verdict).toBe('worsened');
      // Nordskolen 4 % → 4 %: below 6 %, but not falling.
      // The municipality: (5 + 6 + 4 + 3) / 400 = 4.5 % against (7 + 5 + 4 + 3) / 400 = 4.75 %.
      expect(cells.get(org.root.id)).toMatchObject({ status: 'met', n: 66 });
      expect(cells.get(org.root.id).value).toBeCloseTo(18 / 400, 12);
      // Classes have no sick leave of their own: outside the goal, not "no data".
      expect(cells.get(org.classes.get(6)!.id)).toBeUndefined();
    });

    it('when Vestskolen has 4 employees, then its goal cell is hidden without numbers, exactly where the sick-leave view hides', async () => {
      const cells = cellsOf(await overview(), everyInstitution);
      expect(cells.get(vestskolen.id)).toEqual({ status: 'hidden', minGroupSize: 5, reasons: [] });
      const view = (
        await getJson(api(`/sick-leave?unitId=${north.id}&granularity=year&from=2026-01&to=2026-03`), {
          cookie: consultant,
        })
      ).body;
      const hiddenInView = view.rows
        .filter((r: Json) => r.figures[0].status === 'hidden')
        .map((r: Json) => r.unitId)
        .sort();
      const hiddenInGoal = [north, nordskolen, vestskolen]
        .filter((u) => cells.get(u.id).status === 'hidden')
        .map((u) => u.id)
        .sort();
      expect(hiddenInGoal).toEqual(hiddenInView);
      // Nordskolen hides with it: Område Nord minus Nordskolen would be Vestskolen.
      expect(hiddenInGoal).toContain(nordskolen.id);
      expect(JSON.stringify(cells.get(nordskolen.id))).not.toMatch(/value|"n"/);
    });

    it('when the 2026 report is read, then the goal has its result, a trend from 2025, the institutions tallied and sick leave explained', async () => {
      const report = (await getJson(api(`/contracts/${contractId}/reports/2026`), { cookie: consultant }))
        .body;
      const goal = report.report.areas
        .flatMap((a: Json) => a.goals)
        .find((g: Json) => g.id === everyInstitution);
      expect(goal).toMatchObject({ measuredOn: 'sick-leave', unit: 'share' });
      expect(goal.result).toMatchObject({ status: 'met', n: 66, ciLow: null, ciHigh: null, year: 2026 });
      expect(goal.trend.map((p: Json) => [p.roundTitle.da, p.status])).toEqual([
        ['2025', 'no-data'],
        ['2026 (jan.–mar.)', 'met'],
      ]);
      // 2025 has no year before it: measured, but a baseline only.
      expect(goal.trend[0]).toMatchObject({ reasons: ['baseline'], n: 66 });
      expect(goal.trend[0].value).toBeCloseTo((7 + 5 + 4 + 3) / 400, 12);
      expect(goal.units).toEqual({
        kind: 'institution',
        met: 1,
        notMet: ['Testbørnehaven'],
        uncertain: 0,
        hidden: 2,
        noData: 0,
      });
      const html = await (
        await fetch(`${store.url}/dashboard/contracts/${contractId}/reports/2026/print?lang=da`, {
          headers: { cookie: consultant },
        })
      ).text();
      expect(html).toContain('66 ansatte');
      expect(html).toContain('Det er en optælling, ikke en stikprøve');
    });

    it('when the 2025 report is read, then only the 2025 period counts and it is the baseline', async () => {
      const report = (await getJson(api(`/contracts/${contractId}/reports/2025`), { cookie: consultant }))
        .body;
      const goal = report.report.areas
        .flatMap((a: Json) => a.goals)
        .find((g: Json) => g.id === everyInstitution);
      expect(goal.trend).toHaveLength(1);
      expect(goal.result).toMatchObject({ status: 'no-data', reasons: ['baseline'], year: 2025 });
    });

    it('when comparable municipalities average 5.5 % in 2026, then the municipality at 4.5 % is below the average', async () => {
      expect(cellsOf(await overview(), belowAverage).get(org.root.id)).toMatchObject({
        status: 'no-data',
        reasons: ['no-benchmark'],
      });
      const csv = [
        'kommune;kostragruppe;indikator;år;verdi',
        ...[
          ['0301', '5,0'],
          ['4601', '5,5'],
          ['5001', '6,0'],
        ].map(([m, v]) => `${m};KOSTRA-gruppe 13;sick-leave/rate;2026;${v}`),
      ].join('\r\n');
      const res = await fetch(api('/benchmarks/import?source=SSB%20KOSTRA&vintage=2026-06-15'), {
        method: 'POST',
        headers: {
          ...sameOrigin(api('/benchmarks/import?source=SSB%20KOSTRA&vintage=2026-06-15')),
          'content-type': 'text/csv',
          cookie: consultant,
        },
        body: csv,
      });
      expect([res.status, await res.text()]).toEqual([200, expect.stringContaining('"applied":true')]);
      expect(cellsOf(await overview(), belowAverage).get(org.root.id)).toMatchObject({ status: 'met' });
      // The report says which mean it was judged against, and where the figures come from.
      const report = (await getJson(api(`/contracts/${contractId}/reports/2026`), { cookie: consultant }))
        .body;
      const goal = report.report.areas.flatMap((a: Json) => a.goals).find((g: Json) => g.id === belowAverage);
      expect(goal.result.benchmarks).toEqual([
        {
          comparisonGroup: 'KOSTRA-gruppe 13',
          year: 2026,
          average: expect.closeTo(0.055, 12),
          municipalities: 3,
          source: 'SSB KOSTRA',
          vintages: ['2026-06-15'],
        },
      ]);
      const html = await (
        await fetch(`${store.url}/dashboard/contracts/${contractId}/reports/2026/print?lang=da`, {
          headers: { cookie: consultant },
        })
      ).text();
      expect(html).toContain(
        'Gennemsnit for KOSTRA-gruppe 13 2026: 5,5 % (3 kommuner; SSB KOSTRA, 2026-06-15)',
      );
    });

    it('when a sick-leave goal names a breakdown or a survey goal names a period, then 422 names the field and nothing is stored', async () => {
      const count = async () =>
        ((await store.db.execute(sql`select count(*)::int as n from goals`)) as unknown as { rows: Json[] })
          .rows[0].n;
      const before = await count();
      const withGrades = await addGoal({
        rule: { type: 'threshold', op: '<', target: 0.06 },
        breakdownFilter: { breakdownKey: 'grade', values: ['6'] },
      });
      expect(withGrades.status).toBe(422);
      expect(JSON.stringify(withGrades.body)).toContain('breakdownFilter');
      const surveyWithPeriod = await addGoal({
        instrumentKey: 'pupil-wellbeing',
        indicatorKey: 'wellbeing',
        rule: { type: 'threshold', op: '>', target: 0.9 },
        measurePeriod: 'quarter',
      });
      expect(surveyWithPeriod.status).toBe(422);
      expect(JSON.stringify(surveyWithPeriod.body)).toContain('measurePeriod');
      const percentNotShare = await addGoal({ rule: { type: 'threshold', op: '<', target: 6 } });
      expect(percentNotShare.status).toBe(422);
      expect(JSON.stringify(percentNotShare.body)).toContain('rule.target');
      expect(await count()).toBe(before);
    });

    it('when the app adds "falling, and below 6 %" by quarter, then the goal is stored as both rules with 0.06', async () => {
      // The app's form turns "falling" + "below 6" (percent, for a share) into this rule.
      const draft = emptyRuleDraft();
      draft.trend = { on: true, direction: 'falling', significant: false };
      draft.threshold = { on: true, op: '<', target: '6' };
      const res = await addGoal({
        serviceArea: 'personale',
        title: { da: 'Sygefraværet falder kvartal for kvartal og er under 6 %' },
        measurePeriod: 'quarter',
        rule: ruleOfDraft(draft, 'share'),
        deadline: '2026-12-31',
      });
      expect(res.status).toBe(201);
      const { rows } = (await store.db.execute(
        sql`select rule, measure_period from goals where title->>'da' like '%kvartal for kvartal%'`,
      )) as unknown as { rows: { rule: Json; measure_period: string }[] };
      expect(rows[0]).toEqual({
        measure_period: 'quarter',
        rule: {
          type: 'all',
          rules: [
            { type: 'trend', direction: 'falling', significant: false },
            { type: 'threshold', op: '<', target: 0.06 },
          ],
        },
      });
      const body = await overview();
      const quarterly = body.contracts[0].goals.find((g: Json) => g.measurePeriod === 'quarter');
      expect(quarterly.round.title.da).toBe('1. kvt. 2026');
      // Q1 2026 against Q1 2025: the same months as the year so far, so the same verdicts.
      expect(cellsOf(body, quarterly.id).get(org.school.id).status).toBe('met');
    });
  });
}
