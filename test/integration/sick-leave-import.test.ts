import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { createUnit, updateUnit } from '../../db/repositories/org-units';
import { readSickLeaveUpload } from '../../db/repositories/sick-leave-imports';
import { sickLeaveImports, sickLeaveRecords } from '../../db/schema';
import { parseConfig } from '../../main/config';
import { startMalbar, type Malbar } from '../../main/runtime';
import { aSickLeaveFile } from '../builders/sick-leave-file';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import type { Json } from '../support/http';
import { REDIS_URL } from '../support/services';
import { deleteRedisPrefix, STORES, type TestStore } from '../support/stores';
import { sameOrigin } from '../support/http';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

for (const kind of STORES) {
  describe(`${kind.name}: importing sick leave from HR/payroll exports`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let consultant: string;
    const codeOf = new Map<string, string>();

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1]).create();
      for (const [unit, code] of [
        [org.area, 'BU'],
        [org.school, 'SKOLE'],
        [org.daycare, 'BH-01'],
      ] as const) {
        await updateUnit(store.db, unit.id, { code });
        codeOf.set(unit.id, code);
      }
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    async function upload(body: string | Buffer, fileName: string, type = 'text/csv', cookie = consultant) {
      const res = await fetch(`${store.url}/api/sick-leave/imports`, {
        method: 'POST',
        headers: {
          ...sameOrigin(`${store.url}/api/sick-leave/imports`),
          'content-type': type,
          cookie,
          'x-file-name': encodeURIComponent(fileName),
        },
        body,
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
    }

    /** Asks for the import until the worker has finished it, as the page does. */
    async function finished(id: string): Promise<Json> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const res = await fetch(`${store.url}/api/sick-leave/imports/${id}`, {
          headers: { cookie: consultant },
        });
        const body = (await res.json()) as Json;
        if (body.status === 'applied' || body.status === 'failed') return body;
        if (Date.now() > deadline) throw new Error(`import ${id} still ${body.status}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    const importFile = async (body: string | Buffer, fileName: string, type?: string) => {
      const accepted = await upload(body, fileName, type);
      expect(accepted.status).toBe(202);
      return finished(accepted.body.id);
    };

    /** The stored records of one year, as the unit codes and the numbers. */
    async function recordsOf(year: number) {
      const rows = await store.db
        .select()
        .from(sickLeaveRecords)
        .where(
          and(
            eq(sickLeaveRecords.municipalityId, org.municipality.id),
            gte(sickLeaveRecords.periodStart, `${year}-01-01`),
            lte(sickLeaveRecords.periodStart, `${year}-12-31`),
          ),
        )
        .orderBy(asc(sickLeaveRecords.periodStart), asc(sickLeaveRecords.unitId));
      return rows.map(({ municipalityId: _m, importId: _i, unitId, ...r }) => ({
        unit: codeOf.get(unitId),
        ...r,
      }));
    }

    it('when the file has errors, then the import fails, nothing is written and each error names its line and column', async () => {
      const bad = aSickLeaveFile()
        .row('SKOLE', '2024-01', 420, 21, 14, 7, 20)
        .row('VEST', '2024-01', 100, 5, null, null, 5)
        .row('BH-01', '2024-01', -100, 5, null, null, 5)
        .row('BH-01', '2024-02', 100, 120, null, null, 5)
        .row('BU', '2024-01', 100, 10, 6, 5, 5)
        .row('BU', 'januar', 100, 10, null, null, 5)
        .row('SKOLE', 'januar 2024', 420, 21, null, null, 20);

      const accepted = await upload(bad.csv(), 'fravær-2024.csv');
      const report = await finished(accepted.body.id);

      expect(accepted.status).toBe(202);
      expect(accepted.body).toMatchObject({ fileName: 'fravær-2024.csv', format: 'csv', errors: [] });
      expect(report).toMatchObject({
        status: 'failed',
        errorCount: 6,
        rowsDone: 7,
        rowsTotal: 7,
        summary: null,
      });
      expect(report.errors).toEqual([
        { line: 3, field: 'enhed', message: 'no unit has the code "VEST"' },
        { line: 4, field: 'planlagte dagsværk', message: '-100 is negative' },
        { line: 5, field: 'sygedage', message: '120 sick days, more than the 100 planned' },
        { line: 6, field: 'korttid + langtid', message: 'together 11 days, more than the 10 sick days' },
        {
          line: 7,
          field: 'periode',
          message:
            '"januar" is not a month or quarter; write e.g. 2025-03, 2025-Q1, "marts 2025" or "1. kvartal 2025"',
        },
        { line: 8, field: 'periode', message: 'the same unit and period as line 2' },
      ]);
      expect(await recordsOf(2024)).toEqual([]);
      expect((await readSickLeaveUpload(store.db, report.id))!.file).toBeNull();
    });

    it('when the corrected file is imported, then its records are stored and the import says what it did', async () => {
      const fixed = aSickLeaveFile()
        .row('SKOLE', '2024-01', 420, 21, 14, 7, 20)
        .row('BH-01', '2024-01', 100, 5, null, null, 5)
        .row('BH-01', '2024-02', 100, 12.5, null, null, 5)
        .row('BU', '2024-01', 100, 10, 6, 4, 5);

      const report = await importFile(fixed.csv(), 'fravær-2024-rettet.csv');

      expect(report).toMatchObject({
        status: 'applied',
        errors: [],
        errorCount: 0,
        rowsDone: 4,
        rowsTotal: 4,
        summary: {
          records: 4,
          replacedRecords: 0,
          units: 3,
          periods: ['2024-01', '2024-02'],
          ignoredColumns: [],
        },
      });
      const split = { selfCertifiedDays: null, doctorCertifiedDays: null, periodKind: 'month' };
      expect(await recordsOf(2024)).toEqual(
        [
          {
            unit: 'BU',
            periodStart: '2024-01-01',
            plannedDays: 100,
            sickDays: 10,
            shortTermDays: 6,
            longTermDays: 4,
            employees: 5,
            ...split,
          },
          {
            unit: 'SKOLE',
            periodStart: '2024-01-01',
            plannedDays: 420,
            sickDays: 21,
            shortTermDays: 14,
            longTermDays: 7,
            employees: 20,
            ...split,
          },
          {
            unit: 'BH-01',
            periodStart: '2024-01-01',
            plannedDays: 100,
            sickDays: 5,
            shortTermDays: null,
            longTermDays: null,
            employees: 5,
            ...split,
          },
          {
            unit: 'BH-01',
            periodStart: '2024-02-01',
            plannedDays: 100,
            sickDays: 12.5,
            shortTermDays: null,
            longTermDays: null,
            employees: 5,
            ...split,
          },
        ].sort(byPeriodThenUnit(org)),
      );
    });

    it('when the same file is imported twice, then the records are the same and none is doubled', async () => {
      const file = aSickLeaveFile()
        .row('SKOLE', '2023-Q1', 1260, 60, 40, 20, 21)
        .row('BH-01', '2023-Q1', 300, 15, null, null, 6)
        .csv();
      const first = await importFile(file, 'q1.csv');
      const before = await recordsOf(2023);

      const second = await importFile(file, 'q1.csv');

      expect(first.summary).toMatchObject({
        records: 2,
        replacedRecords: 0,
        periods: ['2023-Q1', '2023-Q1'],
      });
      expect(second.summary).toMatchObject({ records: 2, replacedRecords: 2 });
      expect(await recordsOf(2023)).toEqual(before);
      expect(before).toHaveLength(2);
      expect(before.map((r) => r.periodKind)).toEqual(['quarter', 'quarter']);
      const owners = await store.db
        .select({ importId: sickLeaveRecords.importId })
        .from(sickLeaveRecords)
        .where(eq(sickLeaveRecords.periodStart, '2023-01-01'));
      expect(owners.map((o) => o.importId)).toEqual([second.id, second.id]);
    });

    it('when one month is imported again with other numbers, then that month is replaced and the others are kept', async () => {
      await importFile(
        aSickLeaveFile()
          .row('SKOLE', '2022-01', 400, 20, null, null, 20)
          .row('SKOLE', '2022-02', 380, 30, null, null, 20)
          .csv(),
        'jan-feb.csv',
      );

      const again = await importFile(
        aSickLeaveFile().row('SKOLE', 'februar 2022', 390, 18.25, 10, 8.25, 19).csv(),
        'feb.csv',
      );

      expect(again.summary).toMatchObject({
        records: 1,
        replacedRecords: 1,
        periods: ['2022-02', '2022-02'],
      });
      expect(
        (await recordsOf(2022)).map((r) => [
          r.periodStart,
          r.plannedDays,
          r.sickDays,
          r.shortTermDays,
          r.employees,
        ]),
      ).toEqual([
        ['2022-01-01', 400, 20, null, 20],
        ['2022-02-01', 390, 18.25, 10, 19],
      ]);
    });

    it('when a month lies inside a quarter already stored for the unit, then the import is refused and the quarter kept', async () => {
      await importFile(aSickLeaveFile().row('BH-01', '2021-Q2', 300, 15, null, null, 6).csv(), 'q2.csv');
      const before = await recordsOf(2021);

      const report = await importFile(
        aSickLeaveFile()
          .row('SKOLE', '2021-05', 420, 21, null, null, 20)
          .row('BH-01', 'maj 2021', 100, 4, null, null, 6)
          .csv(),
        'maj.csv',
      );

      expect(report.status).toBe('failed');
      expect(report.errors).toEqual([
        {
          line: 3,
          field: 'periode',
          message:
            "2021-05 overlaps 2021-Q2, already imported for this unit by quarter; give a unit's figures by month or by quarter, not both",
        },
      ]);
      expect(await recordsOf(2021)).toEqual(before);
    });

    it('when the file is an XLSX workbook, then it is streamed and imported like a CSV', async () => {
      const workbook = await aSickLeaveFile([
        'Enhedskode',
        'Enhedsnavn',
        'Periode',
        'Planlagte dagsværk',
        'Sygedage',
        'Egenmeldt',
        'Lægemeldt',
      ])
        .row('SKOLE', 'Testskolen', new Date(Date.UTC(2020, 2, 1)), 420.5, 20.25, 5, 15.25)
        .row('BH-01', 'Testbørnehaven', '2020-Q1', 300, 9, null, 9)
        .xlsx();

      const report = await importFile(workbook, 'sygefravær 2020.xlsx', XLSX_TYPE);

      expect(report).toMatchObject({
        format: 'xlsx',
        status: 'applied',
        rowsTotal: 2,
        summary: { records: 2, units: 2, periods: ['2020-Q1', '2020-03'], ignoredColumns: ['Enhedsnavn'] },
      });
      expect(
        (await recordsOf(2020)).map((r) => [
          r.unit,
          r.periodKind,
          r.periodStart,
          r.plannedDays,
          r.sickDays,
          r.selfCertifiedDays,
          r.doctorCertifiedDays,
        ]),
      ).toEqual([
        ['BH-01', 'quarter', '2020-01-01', 300, 9, null, 9],
        ['SKOLE', 'month', '2020-03-01', 420.5, 20.25, 5, 15.25],
      ]);
    });

    it('when a file has 6,000 rows, then it is read with its row count known from the start and applied whole', async () => {
      const units = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          createUnit(store.db, {
            municipalityId: org.municipality.id,
            parent: org.daycare,
            kind: 'group',
            name: `Stue ${i + 1}`,
            code: `E${String(i + 1).padStart(2, '0')}`,
          }),
        ),
      );
      // 60 units × 100 months (2010-01 … 2018-04) = 6,000 rows.
      const file = aSickLeaveFile();
      for (const [u] of units.entries())
        for (let m = 0; m < 100; m++) {
          const month = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
          file.row(`E${String(u + 1).padStart(2, '0')}`, month, 400 + m, (m % 20) + 0.5, null, null, 20);
        }

      const report = await importFile(file.csv(), 'ti-år.csv');

      expect(report).toMatchObject({
        status: 'applied',
        rowsDone: 6000,
        rowsTotal: 6000,
        summary: { records: 6000, replacedRecords: 0, units: 60, periods: ['2010-01', '2018-04'] },
      });
      const stored = await store.db
        .select({ importId: sickLeaveRecords.importId })
        .from(sickLeaveRecords)
        .where(eq(sickLeaveRecords.importId, report.id));
      expect(stored).toHaveLength(6000);
    });

    it('when the templates are downloaded, then they have the columns and a row for each of two units, and import as they are', async () => {
      const csv = await fetch(`${store.url}/api/sick-leave/template.csv`, {
        headers: { cookie: consultant },
      });
      const xlsx = await fetch(`${store.url}/api/sick-leave/template.xlsx`, {
        headers: { cookie: consultant },
      });

      expect(csv.headers.get('content-disposition')).toMatch(
        /^attachment; filename=sick-leave-test-kommune-[0-9a-f]{6}\.csv$/,
      );
      // The bytes, not text(): fetch's decoder drops the byte order mark Excel needs.
      const lines = Buffer.from(await csv.arrayBuffer())
        .toString('utf8')
        .split('\r\n');
      expect(lines[0]).toBe(
        '\uFEFFunit_code;period;planned_days;sick_days;short_term_days;long_term_days;self_certified_days;doctor_certified_days;employees',
      );
      // Both units are institutions; which comes first depends on their ids.
      expect(
        lines
          .slice(1, 3)
          .map((l) => l.split(';')[0])
          .sort(),
      ).toEqual(['BH-01', 'SKOLE']);
      const bytes = Buffer.from(await xlsx.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...lines[0]!.slice(1).split(';')]);
      expect([sheet.getCell('A2').value, sheet.getCell('A3').value].sort()).toEqual(['BH-01', 'SKOLE']);
      expect(sheet.getCell('C2').value).toEqual(expect.any(Number));

      // The example rows are for last month: here October 2026 (the test's clock is the real one).
      const report = await importFile(bytes, 'template.xlsx', XLSX_TYPE);
      const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1));
      const label = lastMonth.toISOString().slice(0, 7);
      expect(report).toMatchObject({
        status: 'applied',
        summary: { records: 2, units: 2, periods: [label, label] },
      });
    });

    it('when an old .xls workbook or an empty body is sent, then it is refused at once and nothing is queued', async () => {
      const before = await store.db.select({ id: sickLeaveImports.id }).from(sickLeaveImports);

      const xls = await upload(
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        'old.xls',
        'application/vnd.ms-excel',
      );
      const empty = await upload('', 'empty.csv');

      expect(xls.status).toBe(422);
      expect(xls.body.error.details).toEqual([
        { field: 'file', issue: 'the file is an old Excel workbook (.xls); save it as .xlsx or as CSV' },
      ]);
      expect(empty.status).toBe(422);
      expect(await store.db.select({ id: sickLeaveImports.id }).from(sickLeaveImports)).toHaveLength(
        before.length,
      );
    });

    it('when staff who are not quality staff of the whole municipality ask, then they are refused', async () => {
      const schoolConsultant = await logIn(store.url, await aStaffUser(store.db, org.school, 'consultant'));
      const viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      const before = await store.db.select({ id: sickLeaveImports.id }).from(sickLeaveImports);
      const file = aSickLeaveFile().row('SKOLE', '2019-01', 420, 21, null, null, 20).csv();

      for (const cookie of [schoolConsultant, viewer]) {
        expect((await upload(file, 'x.csv', 'text/csv', cookie)).status).toBe(403);
        const list = await fetch(`${store.url}/api/sick-leave/imports`, { headers: { cookie } });
        expect(list.status).toBe(403);
        const template = await fetch(`${store.url}/api/sick-leave/template.csv`, { headers: { cookie } });
        expect(template.status).toBe(403);
      }
      expect(await store.db.select({ id: sickLeaveImports.id }).from(sickLeaveImports)).toHaveLength(
        before.length,
      );
      expect(await recordsOf(2019)).toEqual([]);
    });

    it('when the imports are listed, then the newest comes first and none carries its file or report', async () => {
      const res = await fetch(`${store.url}/api/sick-leave/imports`, { headers: { cookie: consultant } });
      const { imports } = (await res.json()) as Json;

      expect(imports.length).toBeGreaterThanOrEqual(9);
      const times = imports.map((i: Json) => i.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
      expect(imports.every((i: Json) => !('file' in i) && !('errors' in i))).toBe(true);
    });
  });
}

/** The records' order in the query: by period, then by unit id. */
function byPeriodThenUnit(org: BuiltOrganisation) {
  const idOf: Record<string, string> = { BU: org.area.id, SKOLE: org.school.id, 'BH-01': org.daycare.id };
  return (a: { unit?: string; periodStart: string }, b: { unit?: string; periodStart: string }) =>
    a.periodStart.localeCompare(b.periodStart) || idOf[a.unit!]!.localeCompare(idOf[b.unit!]!);
}

const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

describe('postgres + redis: an upload is kept while Redis is down and imported when a worker is back', () => {
  let store: TestStore;
  let worker: Malbar | undefined;
  const workerPrefix = `malbar-test-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    // Nothing listens on this port: the server's queue is down from the start.
    store = await postgres.start({ REDIS_URL: 'redis://127.0.0.1:6390' });
  });
  afterAll(async () => {
    await worker?.stop();
    await store?.stop();
    await deleteRedisPrefix(workerPrefix);
  });

  it('when Redis is unreachable, then the upload is accepted and stays queued, and a worker started later applies it', async () => {
    const org = await aMunicipality(store.db).withClasses([]).create();
    await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
    const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
    const file = aSickLeaveFile().row('SKOLE', '2025-01', 420, 21, null, null, 20).csv();

    const res = await fetch(`${store.url}/api/sick-leave/imports`, {
      method: 'POST',
      headers: { ...sameOrigin(`${store.url}/api/sick-leave/imports`), 'content-type': 'text/csv', cookie },
      body: file,
    });
    const accepted = (await res.json()) as Json;
    expect(res.status).toBe(202);
    expect(accepted).toMatchObject({ status: 'queued', fileName: 'sick-leave.csv' });

    const config = parseConfig({
      DATABASE_URL: (store.config.database as { url: string }).url,
      REDIS_URL,
      REDIS_PREFIX: workerPrefix,
      SWEEP_INTERVAL_MS: '200',
    });
    worker = await startMalbar(config, 'worker');
    let status = 'queued';
    for (let i = 0; i < 100 && status !== 'applied'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await store.db
        .select({ status: sickLeaveImports.status })
        .from(sickLeaveImports)
        .where(eq(sickLeaveImports.id, accepted.id));
      status = row!.status;
    }
    expect(status).toBe('applied');
    expect(
      await store.db.select().from(sickLeaveRecords).where(eq(sickLeaveRecords.importId, accepted.id)),
    ).toHaveLength(1);
  });
});
