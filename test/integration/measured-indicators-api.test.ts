import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { OrgUnit } from '../../core/org/org-unit';
import { createMeasuredImport, readMeasuredUpload } from '../../db/repositories/measured-imports';
import { createUnit, updateUnit } from '../../db/repositories/org-units';
import { auditEvents, measuredValues } from '../../db/schema';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { staffUsers } from '../../db/schema';
import { getJson, sameOrigin, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A quarterly share of the municipality's own: pupils offered homework help, hidden below 5 pupils. */
const HOMEWORK = {
  key: 'homework-help',
  title: { da: 'Andel elever tilbudt lektiehjælp', en: 'Share of pupils offered homework help' },
  kind: 'share',
  numeratorLabel: { da: 'Tilbudt', en: 'Offered' },
  denominatorLabel: { da: 'Elever', en: 'Pupils' },
  grain: 'quarter',
  polarity: 'higher-is-better',
  personsLabel: { da: 'elever', en: 'pupils' },
  minPersons: 5,
};

const HEADER = ['indikator', 'enhedskode', 'periode', 'tæller', 'nævner', 'personer'];
type Row = (string | number | null)[];

const csvOf = (rows: Row[]) =>
  `\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => (c === null ? '' : String(c).replace('.', ','))).join(';')).join('\r\n')}\r\n`;

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nøgletal');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Q1: NORD has 3 pupils (hidden), so SKOLE, the smallest shown sibling, is hidden beside it.
const FIRST_HALF: Row[] = [
  ['homework-help', 'SKOLE', '2025-Q1', 90, 100, 10],
  ['homework-help', 'NORD', '2025-Q1', 2, 4, 3],
  ['homework-help', 'BH', '2025-Q1', 30, 60, 12],
  ['homework-help', 'SKOLE', '2025-Q2', 90, 100, 10],
  ['homework-help', 'NORD', '2025-Q2', 4, 8, 8],
  ['homework-help', 'BH', '2025-Q2', 30, 60, 12],
  ['qualified-teacher-lessons', 'SKOLE', '2024/25', 470, 500, 12],
  ['qualified-teacher-lessons', 'NORD', '2024/25', 180, 200, 6],
];
const SECOND_HALF: Row[] = [
  ['homework-help', 'SKOLE', '2025-Q3', 90, 100, 10],
  ['homework-help', 'NORD', '2025-Q3', 4, 8, 8],
  ['homework-help', 'BH', '2025-Q3', 30, 60, 12],
  ['homework-help', 'SKOLE', '2025-Q4', 90, 100, 10],
  ['homework-help', 'NORD', '2025-Q4', 4, 8, 8],
  ['homework-help', 'BH', '2025-Q4', 30, 60, 12],
  ['qualified-teacher-lessons', 'SKOLE', '2023/24', 400, 500, 12],
  ['qualified-teacher-lessons', 'NORD', '2023/24', 100, 200, 6],
];

const HIDDEN = { status: 'hidden', minPersons: 5 };

for (const kind of STORES) {
  describe(`${kind.name}: measured indicators through the API`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let north: OrgUnit;
    let consultant: string;
    let leader: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1]).create();
      north = await createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent: org.area,
        kind: 'institution',
        name: 'Nordskolen',
        sector: 'school',
      });
      await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
      await updateUnit(store.db, north.id, { code: 'NORD' });
      await updateUnit(store.db, org.daycare.id, { code: 'BH' });
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    });
    afterAll(() => store?.stop());

    async function send(method: string, path: string, body: unknown, cookie = consultant) {
      const url = `${store.url}${path}`;
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', ...sameOrigin(url), cookie },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
    }
    const get = (path: string, cookie = consultant) => getJson(`${store.url}${path}`, { cookie });

    async function upload(body: string | Buffer, fileName: string, type = 'text/csv', cookie = consultant) {
      const url = `${store.url}/api/measured/imports`;
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          ...sameOrigin(url),
          'content-type': type,
          cookie,
          'x-file-name': encodeURIComponent(fileName),
        },
        body,
      });
      return { status: res.status, body: (await res.json()) as Json };
    }

    /** Asks for the import until the worker has finished it, as the app does. */
    async function finished(id: string): Promise<Json> {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { body } = await get(`/api/measured/imports/${id}`);
        if (body.status === 'applied' || body.status === 'failed') return body;
        if (Date.now() > deadline) throw new Error(`import ${id} still ${body.status}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    async function importFile(body: string | Buffer, fileName: string, type?: string): Promise<Json> {
      const accepted = await upload(body, fileName, type);
      expect(accepted.status).toBe(202);
      return finished(accepted.body.import.id);
    }

    async function storedValues() {
      const rows = await store.db
        .select()
        .from(measuredValues)
        .where(eq(measuredValues.municipalityId, org.municipality.id));
      return rows
        .map(
          (r) =>
            `${r.indicatorKey} ${r.unitId} ${r.periodStart} ${r.numerator}/${r.denominator} ${r.persons}`,
        )
        .sort();
    }

    const figuresOf = async (key: string, query: string, cookie = consultant) => {
      const res = await get(`/api/measured/${key}/figures?${query}`, cookie);
      expect(res.status).toBe(200);
      return res.body;
    };
    const unitFigures = (table: Json, unitId: string) =>
      table.units.find((u: Json) => u.id === unitId)?.figures;

    it('when a consultant takes one indicator from the library and defines her own, then both are listed and the library offers the rest', async () => {
      const adopted = await send('POST', '/api/measured/definitions', {
        fromLibrary: 'qualified-teacher-lessons',
      });
      const own = await send('POST', '/api/measured/definitions', { definition: HOMEWORK });
      const again = await send('POST', '/api/measured/definitions', {
        fromLibrary: 'qualified-teacher-lessons',
      });
      const listed = await get('/api/measured/definitions');

      expect(adopted.status).toBe(201);
      expect(adopted.body.definition).toMatchObject({
        key: 'qualified-teacher-lessons',
        grain: 'school-year',
      });
      expect(own.status).toBe(201);
      expect(own.body.definition).toMatchObject({ ...HOMEWORK, per: 1, interval: 'none', kostraCode: null });
      expect(again.status).toBe(409);
      expect(again.body.error.details).toEqual([{ field: 'fromLibrary', issue: 'the key is in use' }]);
      expect(listed.body.definitions.map((d: Json) => d.key)).toEqual([
        'homework-help',
        'qualified-teacher-lessons',
      ]);
      expect(listed.body.library.map((d: Json) => d.key).sort()).toEqual([
        'deviations-followed-up',
        'nursing-home-falls',
        'nursing-home-waiting-days',
      ]);
    });

    it('when a definition does not hold together, then it is refused naming each field, and a leader may not define one', async () => {
      const bad = await send('POST', '/api/measured/definitions', {
        definition: { ...HOMEWORK, key: 'Homework Help', grain: 'week', per: 100, minPersons: -1 },
      });
      const countWithDenominator = await send('POST', '/api/measured/definitions', {
        definition: { ...HOMEWORK, key: 'complaints', kind: 'count' },
      });
      const byLeader = await send(
        'POST',
        '/api/measured/definitions',
        { definition: { ...HOMEWORK, key: 'x-y' } },
        leader,
      );
      const unknown = await send('POST', '/api/measured/definitions', { fromLibrary: 'no-such' });

      expect(bad.status).toBe(422);
      expect(bad.body.error.code).toBe('validation_failed');
      expect(bad.body.error.details.map((d: Json) => d.field).sort()).toEqual([
        'definition.grain',
        'definition.key',
        'definition.minPersons',
      ]);
      expect(countWithDenominator.body.error.details).toEqual([
        { field: 'definition.denominatorLabel', issue: 'a count has no denominator' },
      ]);
      expect(byLeader.status).toBe(403);
      expect(unknown.body.error.details).toEqual([
        { field: 'fromLibrary', issue: 'not a key of the library' },
      ]);
      expect((await get('/api/measured/definitions')).body.definitions).toHaveLength(2);
    });

    it('when a file with two indicators is imported as CSV and another as XLSX, then both are stored and the import says what it did', async () => {
      const csv = await importFile(csvOf(FIRST_HALF), 'nøgletal-h1.csv');
      const xlsx = await importFile(await xlsxOf(SECOND_HALF), 'nøgletal-h2.xlsx', XLSX_TYPE);

      expect(csv).toMatchObject({
        status: 'applied',
        fileName: 'nøgletal-h1.csv',
        rowsDone: 8,
        rowsTotal: 8,
        errors: [],
        summary: {
          values: 8,
          replacedValues: 0,
          indicators: ['homework-help', 'qualified-teacher-lessons'],
          units: 3,
          periods: ['2024/25', '2025-Q2'],
        },
      });
      expect(xlsx).toMatchObject({
        status: 'applied',
        format: 'xlsx',
        summary: { values: 8, replacedValues: 0 },
      });
      expect(await storedValues()).toHaveLength(16);
      expect((await readMeasuredUpload(store.db, csv.id))!.file).toBeNull();
      const listed = await get('/api/measured/imports');
      expect(listed.body.imports.map((i: Json) => i.fileName)).toEqual([
        'nøgletal-h2.xlsx',
        'nøgletal-h1.csv',
      ]);
      const trail = await store.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.municipalityId, org.municipality.id),
            eq(auditEvents.action, 'measured_imported'),
          ),
        );
      expect(trail).toHaveLength(2);
    });

    it('when units add up, then a parent is Σ numerators ÷ Σ denominators, not a mean of its children’s shares', async () => {
      const table = await figuresOf('homework-help', 'period=own');
      expect(table.periods.map((p: Json) => [p.key, p.partial])).toEqual([
        ['2025-Q1', false],
        ['2025-Q2', false],
        ['2025-Q3', false],
        ['2025-Q4', false],
      ]);
      expect(table.periods[0].title).toEqual({ da: '1. kvt. 2025', nb: '1. kv. 2025', en: 'Q1 2025' });
      // Q2: SKOLE 90/100, NORD 4/8, BH 30/60 → the area is 124/168 = 73.8 %, not (90 + 50 + 50)/3 = 63.3 %.
      const q2 = unitFigures(table, org.area.id)[1];
      expect(q2).toMatchObject({ status: 'shown', numerator: 124, denominator: 168, persons: 30 });
      expect(q2.value).toBeCloseTo(124 / 168, 10);
      expect(unitFigures(table, org.root.id)[1].value).toBeCloseTo(124 / 168, 10);
      // 2024/25: 470/500 and 180/200 → 650/700 = 92.9 % (not 93.5 %); a year before 500/700.
      const qualified = await figuresOf('qualified-teacher-lessons', 'period=own');
      expect(qualified.periods.map((p: Json) => p.key)).toEqual(['2023/24', '2024/25']);
      const area = unitFigures(qualified, org.area.id);
      expect(area[1]).toMatchObject({ numerator: 650, denominator: 700, persons: 18 });
      expect(area[1].sameLastYear.change.change).toBeCloseTo(650 / 700 - 500 / 700, 10);
      expect(area[1].sameLastYear.change.verdict).toBe('improved');
    });

    it('when a school has fewer pupils than the minimum, then it is hidden, its sibling too, and both their years', async () => {
      const table = await figuresOf('homework-help', 'period=own');
      // Q1: NORD has 3 pupils; SKOLE (10) is hidden beside it, so area − BH does not give NORD away.
      expect(unitFigures(table, north.id)[0]).toEqual(HIDDEN);
      expect(unitFigures(table, org.school.id)[0]).toEqual(HIDDEN);
      expect(unitFigures(table, org.daycare.id)[0]).toMatchObject({ status: 'shown', value: 0.5 });
      expect(unitFigures(table, org.area.id)[0]).toMatchObject({
        numerator: 122,
        denominator: 164,
        persons: 25,
      });
      expect(unitFigures(table, org.school.id)[1]).toMatchObject({ status: 'shown', value: 0.9 });

      const years = await figuresOf('homework-help', 'period=year');
      expect(years.periods.map((p: Json) => [p.key, p.partial])).toEqual([
        ['2021', false],
        ['2022', false],
        ['2023', false],
        ['2024', false],
        ['2025', false],
      ]);
      // SKOLE has 10 pupils every quarter but is hidden in Q1: its year would give Q1 away.
      expect(unitFigures(years, org.school.id)[4]).toEqual(HIDDEN);
      expect(unitFigures(years, north.id)[4]).toEqual(HIDDEN);
      expect(unitFigures(years, org.daycare.id)[4]).toMatchObject({ numerator: 120, denominator: 240 });
      // The area's year: (4 × 90 + 2 + 3 × 4 + 4 × 30) / (400 + 4 + 24 + 240) = 494/668.
      expect(unitFigures(years, org.area.id)[4]).toMatchObject({ numerator: 494, denominator: 668 });
      expect(unitFigures(years, org.area.id)[0]).toEqual({ status: 'no-data' });
    });

    it('when a reader is limited to one school, then she sees only its units, hidden as for everyone', async () => {
      const table = await figuresOf('homework-help', 'period=own', leader);
      const ids = table.units.map((u: Json) => u.id);
      expect(ids).toContain(org.school.id);
      expect(ids).not.toContain(north.id);
      expect(ids).not.toContain(org.area.id);
      expect(ids).not.toContain(org.root.id);
      expect(
        ids.every((id: string) =>
          [org.school.id, ...[...org.classes.values()].map((c) => c.id)].includes(id),
        ),
      ).toBe(true);
      expect(unitFigures(table, org.school.id)[0]).toEqual(HIDDEN);
      // Reading is hers; importing is for quality staff of the whole municipality.
      expect((await upload(csvOf(FIRST_HALF), 'h1.csv', 'text/csv', leader)).status).toBe(403);
      expect((await get('/api/measured/imports', leader)).status).toBe(403);
    });

    it('when a file has errors, then it is refused whole with a row report and nothing is stored', async () => {
      const before = await storedValues();
      const report = await importFile(
        csvOf([
          ['homework-help', 'SKOLE', '2026-Q1', 90, 100, 10],
          ['homework-help', 'VEST', '2026-Q1', 1, 2, 6],
          ['homework-help', 'BH', '2026-Q1', 70, 60, 12],
          ['homework-help', 'NORD', '2026/27', 1, 2, null],
          ['waiting-days', 'NORD', '2026-Q1', 1, 2, 6],
        ]),
        'fejl.csv',
      );
      expect(report).toMatchObject({ status: 'failed', errorCount: 5, rowsTotal: 5, summary: null });
      expect(report.errors.map(({ code: _c, params: _p, ...issue }: Json) => issue)).toEqual([
        { line: 3, field: 'enhedskode', message: 'no unit has the code "VEST"' },
        { line: 4, field: 'tæller', message: '70 is more than the 60 it is a share of' },
        {
          line: 5,
          field: 'periode',
          message: '"2026/27" is not a period of this indicator; write e.g. 2025-Q1',
        },
        { line: 5, field: 'personer', message: 'give the persons behind the figure; it is hidden below 5' },
        {
          line: 6,
          field: 'indikator',
          message: 'no measured indicator has the key or KOSTRA code "waiting-days"',
        },
      ]);
      expect(await storedValues()).toEqual(before);
      expect((await readMeasuredUpload(store.db, report.id))!.file).toBeNull();
    });

    it('when the same file is imported again, then nothing changes: its values replace themselves', async () => {
      const values = await storedValues();
      const figures = await figuresOf('homework-help', 'period=own');
      const again = await importFile(csvOf(FIRST_HALF), 'nøgletal-h1.csv');
      expect(again).toMatchObject({ status: 'applied', summary: { values: 8, replacedValues: 8 } });
      expect(await storedValues()).toEqual(values);
      expect(await figuresOf('homework-help', 'period=own')).toEqual(figures);
    });

    it('when figures are entered by hand, then they are stored all or nothing, each problem named values[i].field', async () => {
      const bad = await send('PUT', '/api/measured/qualified-teacher-lessons/values', {
        values: [
          { unitId: org.school.id, period: '2025/26', numerator: 480, denominator: 500, persons: 12 },
          { unitId: org.root.id, period: '2025-Q1', numerator: -1, denominator: 500, persons: 12 },
          {
            unitId: '00000000-0000-0000-0000-000000000000',
            period: '2025/26',
            numerator: 1,
            denominator: 2,
            persons: null,
          },
        ],
      });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details.map((d: Json) => [d.field, d.code])).toEqual([
        ['values[1].period', undefined],
        ['values[1].numerator', 'negative'],
        ['values[2].unitId', undefined],
        ['values[2].persons', 'givePersons'],
      ]);
      const byLeader = await send(
        'PUT',
        '/api/measured/qualified-teacher-lessons/values',
        { values: [] },
        leader,
      );
      expect(byLeader.status).toBe(403);
      expect((await figuresOf('qualified-teacher-lessons', 'period=own')).periods).toHaveLength(2);

      const good = await send('PUT', '/api/measured/qualified-teacher-lessons/values', {
        values: [
          { unitId: org.school.id, period: '2025/26', numerator: 480, denominator: 500, persons: 12 },
          { unitId: north.id, period: '2025/2026', numerator: 190, denominator: 200, persons: 6 },
        ],
      });
      expect(good).toEqual({ status: 200, body: { saved: 2 } });
      const table = await figuresOf('qualified-teacher-lessons', 'period=own');
      expect(table.periods.map((p: Json) => p.key)).toEqual(['2023/24', '2024/25', '2025/26']);
      expect(unitFigures(table, org.area.id)[2]).toMatchObject({ numerator: 670, denominator: 700 });
    });

    it('when a definition with values changes its grain, then it is refused naming the field; a new title is kept', async () => {
      const { body } = await get('/api/measured/definitions');
      const homework = body.definitions.find((d: Json) => d.key === 'homework-help');
      const regrained = await send('PUT', '/api/measured/definitions/homework-help', {
        ...homework,
        grain: 'month',
      });
      const retitled = await send('PUT', '/api/measured/definitions/homework-help', {
        ...homework,
        title: { ...homework.title, nb: 'Andel elever tilbudt leksehjelp' },
      });
      expect(regrained.status).toBe(409);
      expect(regrained.body.error.details).toEqual([
        { field: 'grain', issue: 'cannot change once the indicator has values', code: 'fixed_by_values' },
      ]);
      expect(retitled.status).toBe(200);
      expect(retitled.body.definition.title.nb).toBe('Andel elever tilbudt leksehjelp');
    });

    it("when a KOSTRA extract names the indicator by its code and gives the figure, then it is the whole municipality's", async () => {
      const defined = await send('POST', '/api/measured/definitions', {
        definition: {
          key: 'pupils-per-teacher',
          title: { nb: 'Elever per lærer', en: 'Pupils per teacher' },
          kind: 'mean',
          numeratorLabel: { en: 'Pupils' },
          denominatorLabel: { en: 'Teacher FTEs' },
          grain: 'calendar-year',
          polarity: 'lower-is-better',
          minPersons: 0,
          kostraCode: 'KOSTRA-16',
          source: 'KOSTRA tabell 12345',
        },
      });
      expect(defined.status).toBe(201);
      const report = await importFile(
        '\uFEFFnøkkeltall;år;verdi\r\nKOSTRA-16;2024;14,2\r\nkostra-16;2025;13,8\r\n',
        'kostra.csv',
      );
      expect(report).toMatchObject({
        status: 'applied',
        summary: { values: 2, indicators: ['pupils-per-teacher'] },
      });
      const table = await figuresOf('pupils-per-teacher', 'period=year&from=2024&to=2025');
      const root = unitFigures(table, org.root.id);
      expect(root[0]).toMatchObject({ status: 'shown', value: 14.2, numerator: 14.2, denominator: 1 });
      expect(root[1]).toMatchObject({ status: 'shown', value: 13.8 });
      expect(root[1].sameLastYear.change).toMatchObject({ verdict: 'improved' });
      expect(root[1].sameLastYear.change.change).toBeCloseTo(-0.4, 10);
      expect(unitFigures(table, org.area.id)).toEqual([{ status: 'no-data' }, { status: 'no-data' }]);
    });

    it('when an upload was kept while its job was lost, then the sweep runs it', async () => {
      const [me] = await store.db
        .select({ id: staffUsers.id })
        .from(staffUsers)
        .where(eq(staffUsers.municipalityId, org.municipality.id))
        .limit(1);
      const id = await createMeasuredImport(store.db, {
        municipalityId: org.municipality.id,
        fileName: 'kept.csv',
        format: 'csv',
        file: Buffer.from(csvOf([['homework-help', 'BH', '2026-Q1', 31, 60, 12]])),
        createdBy: me!.id,
      });
      expect(await finished(id)).toMatchObject({ status: 'applied', summary: { values: 1 } });
    });

    it('when the template is fetched, then it has the columns and a row per indicator', async () => {
      const res = await fetch(`${store.url}/api/measured/imports/template.csv`, {
        headers: { cookie: consultant },
      });
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(res.status).toBe(200);
      expect(lines[0]).toBe('indicator;unit_code;period;numerator;denominator;persons');
      // The first two indicators by key, each in its own grain.
      expect(lines.slice(1).map((l) => l.split(';').slice(0, 3))).toEqual([
        [
          'homework-help',
          expect.stringMatching(/^(SKOLE|NORD|BH)$/),
          expect.stringMatching(/^\d{4}-Q[1-4]$/),
        ],
        ['pupils-per-teacher', '', expect.stringMatching(/^\d{4}$/)],
      ]);
      const xlsx = await fetch(`${store.url}/api/measured/imports/template.xlsx`, {
        headers: { cookie: consultant },
      });
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toContain(XLSX_TYPE);
    });
  });
}
