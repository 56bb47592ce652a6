import type { OrgUnit } from '../../core/org/org-unit';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import type { SickLeaveFigure } from '../../core/sick-leave/sick-leave-figures';
import { createUnit } from '../../db/repositories/org-units';
import { insertSickLeaveRecords } from '../../db/repositories/sick-leave-records';
import type { SickLeaveTable } from '../../server/use-cases/sick-leave-figures';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const record = (unit: OrgUnit, month: string, sickDays: number, plannedDays: number, employees: number) =>
  ({
    unitId: unit.id,
    periodKind: 'month',
    periodStart: `${month}-01`,
    plannedDays,
    sickDays,
    shortTermDays: null,
    longTermDays: null,
    selfCertifiedDays: null,
    doctorCertifiedDays: null,
    employees,
  }) satisfies SickLeaveRecord;

/*
 * Sick-leave figures through the API and the export: rolled up the tree weighted by planned days,
 * small units hidden without a number and not to be had by subtraction, the scope enforced.
 * Records go in through the repository; the import has its own tests.
 */
for (const kind of STORES) {
  describe(`${kind.name}: sick-leave figures`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let otherSchool: OrgUnit;
    let consultant: string;
    let leader: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6, 9]).create();
      otherSchool = await createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent: org.area,
        kind: 'institution',
        name: 'Vestskolen',
        sector: 'school',
      });
      const [c1, c6, c9] = [1, 6, 9].map((grade) => org.classes.get(grade)!) as [OrgUnit, OrgUnit, OrgUnit];
      // January 2025: 1.A 10/100 (20 people), 6.A 30/400 (25), 9.A 6/60 (3: too few), daycare 8/200 (12).
      // January 2024: 6.A 20/400, for the change against the same month last year.
      await insertSickLeaveRecords(store.db, {
        municipalityId: org.municipality.id,
        fileName: 'test',
        records: [
          record(c1, '2025-01', 10, 100, 20),
          record(c6, '2025-01', 30, 400, 25),
          record(c9, '2025-01', 6, 60, 3),
          record(org.daycare, '2025-01', 8, 200, 12),
          record(c6, '2024-01', 20, 400, 25),
        ],
      });
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    });
    afterAll(() => store?.stop());

    const table = (cookie: string, query: string) =>
      getJson(`${store.url}/api/sick-leave?${query}`, { cookie });
    const january = (unit: OrgUnit) => `unitId=${unit.id}&granularity=month&from=2025-01&to=2025-01`;
    const figureOf = (body: SickLeaveTable, unit: OrgUnit): SickLeaveFigure =>
      body.rows.find((r) => r.unitId === unit.id)!.figures[0]!;

    it('when the consultant opens the area, then each unit is its subtree added up, weighted by planned days', async () => {
      const res = await table(consultant, january(org.area));
      expect(res.status).toBe(200);
      const body = res.body as SickLeaveTable;
      expect(body.rows.map((r) => [r.name, r.level])).toEqual([
        [org.area.name, 0],
        [org.daycare.name, 1],
        [org.school.name, 1],
        ['Vestskolen', 1],
      ]);
      expect(body).toMatchObject({
        basis: 'all-employees',
        minEmployees: 5,
        firstMonth: '2024-01',
        lastMonth: '2025-01',
      });
      expect(body.periods).toEqual([
        { key: '2025-01', firstMonth: '2025-01', lastMonth: '2025-01', partial: false },
      ]);
      // School: (10 + 30 + 6) / (100 + 400 + 60) = 46/560; area: + daycare 8/200 = 54/760.
      const school = figureOf(body, org.school);
      expect(school).toMatchObject({ status: 'shown', sickDays: 46, plannedDays: 560, employees: 48 });
      if (school.status === 'shown') expect(school.rate).toBeCloseTo(46 / 560, 12);
      const area = figureOf(body, org.area);
      if (area.status !== 'shown') throw new Error('the area is shown');
      expect(area.rate).toBeCloseTo(54 / 760, 12);
      expect(figureOf(body, otherSchool)).toEqual({ status: 'no-data' });
    });

    it('when a class has 3 employees, then it carries no number, and the school minus the shown classes is a group of at least 5', async () => {
      const body = (await table(consultant, january(org.school))).body as SickLeaveTable;
      const [c1, c6, c9] = [1, 6, 9].map((grade) => org.classes.get(grade)!) as [OrgUnit, OrgUnit, OrgUnit];
      expect(figureOf(body, c9)).toEqual({ status: 'hidden', minEmployees: 5 });
      // 1.A (20) is hidden with it: else school − 1.A − 6.A would give 9.A's 3 people.
      expect(figureOf(body, c1)).toEqual({ status: 'hidden', minEmployees: 5 });
      const school = figureOf(body, org.school);
      const shown = figureOf(body, c6);
      if (school.status !== 'shown' || shown.status !== 'shown') throw new Error('school and 6.A are shown');
      expect(school.employees - shown.employees).toBeGreaterThanOrEqual(5);
      expect(shown.sameLastYear).toMatchObject({ available: true });
      if (shown.sameLastYear.available)
        expect(shown.sameLastYear.points).toBeCloseTo(30 / 400 - 20 / 400, 12);
    });

    it("when the school's leader asks, then she gets her school by default and a 403 for the area or another school", async () => {
      const mine = await table(leader, 'granularity=quarter');
      expect(mine.status).toBe(200);
      expect((mine.body as SickLeaveTable).unit.id).toBe(org.school.id);
      expect((mine.body as SickLeaveTable).path).toEqual([]);
      expect((await table(leader, january(org.area))).status).toBe(403);
      expect((await table(leader, january(otherSchool))).status).toBe(403);
    });

    it('when no window is given for rolling 12 months, then it is the twelve windows ending at the last month with data', async () => {
      const body = (await table(consultant, `unitId=${org.root.id}&granularity=rolling12`))
        .body as SickLeaveTable;
      expect(body.periods).toHaveLength(12);
      expect(body.periods.at(-1)).toMatchObject({ key: '2024-02..2025-01', lastMonth: '2025-01' });
      // The data begin in January 2024: only the windows from January and February 2024 are whole.
      expect(body.periods.filter((p) => !p.partial).map((p) => p.key)).toEqual([
        '2024-01..2024-12',
        '2024-02..2025-01',
      ]);
      expect(body.path).toEqual([]);
    });

    it('when the query is malformed, then the answer names the field', async () => {
      const res = await table(consultant, 'granularity=week&from=2025-13');
      expect(res.status).toBe(422);
      expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'from',
        'granularity',
      ]);
    });

    it('when the table is exported as CSV, then the same cells are hidden, as text', async () => {
      const res = await fetch(`${store.url}/api/exports/sick-leave.csv?lang=en&${january(org.school)}`, {
        headers: { cookie: consultant },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('sick-leave-testskolen-month-2025-01.csv');
      const lines = (await res.text()).split('\r\n');
      expect(lines[0]).toContain('Employees (all, not a sample)');
      const line = (name: string) => lines.find((l) => l.includes(`,${name},`) || l.startsWith(`${name},`))!;
      expect(line('9.A')).toContain('Hidden: fewer than 5 employees');
      expect(line('9.A')).not.toMatch(/,3,|10\.0/);
      expect(line('1.A')).toContain('Hidden');
      expect(line('6.A')).toMatch(/,7\.5,30\.0,400\.0,25,/);
      expect(line(org.school.name)).toMatch(/,8\.2,46\.0,560\.0,48,/);
      const xlsx = await fetch(`${store.url}/api/exports/sick-leave.xlsx?lang=da&${january(org.school)}`, {
        headers: { cookie: consultant },
      });
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-disposition')).toContain('sygefravaer-testskolen-maaned-2025-01.xlsx');
    });
  });
}
