import { count } from 'drizzle-orm';
import { updateUnit } from '../../db/repositories/org-units';
import { sickLeaveImports, sickLeaveRecords } from '../../db/schema';
import {
  aHandWrittenWorkbook,
  aLargeCsv,
  aSharedStringsBomb,
  aWideCsv,
  aWideSheetWithoutDimension,
  aWideSheetWorkbook,
  aWorkbookFormattedToXfd,
} from '../builders/hostile-files';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aSickLeaveFile } from '../builders/sick-leave-file';
import { aStaffUser, logIn } from '../builders/staff';
import type { Json } from '../support/http';
import { startHealthzProbe } from '../support/healthz-probe';
import { STORES, type TestStore } from '../support/stores';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// No time bounds here: a test must pass at load 8 on 2 cores (one failed at 1.8 s for /healthz on
// a loaded CI machine). The times are logged; `npm run bench:hostile-files` measures them.

interface Timed {
  status: number;
  body: Json;
  ms: number;
  /** /healthz answer times, asked from another thread while the upload was under way (at least one). */
  healthz: number[];
}

/** Built once: the exceljs workbook takes a moment to write. */
let wideWorkbook: Promise<Buffer>;
beforeAll(() => {
  wideWorkbook = aWideSheetWorkbook(1000);
});

for (const kind of STORES) {
  describe(`${kind.name}: hostile files are refused at the upload while the server keeps answering`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let consultant: string;
    let admin: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1]).create();
      await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
    });
    afterAll(() => store?.stop());

    /** Uploads the file while another thread asks /healthz, and times both. */
    async function timedUpload(path: string, body: Buffer | string, type: string, cookie: string) {
      const probe = await startHealthzProbe(`${store.url}/healthz`);
      const started = performance.now();
      const res = await fetch(`${store.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': type,
          cookie,
          origin: store.url,
          'x-file-name': encodeURIComponent('fravær.xlsx'),
        },
        body,
      });
      const text = await res.text();
      const ms = performance.now() - started;
      const timed: Timed = { status: res.status, body: JSON.parse(text), ms, healthz: await probe.stop() };
      return timed;
    }

    const uploadSickLeave = (body: Buffer | string, type = XLSX_TYPE) =>
      timedUpload('/api/sick-leave/imports', body, type, consultant);

    const stored = async () => ({
      imports: (await store.db.select({ n: count() }).from(sickLeaveImports))[0]!.n,
      records: (await store.db.select({ n: count() }).from(sickLeaveRecords))[0]!.n,
    });

    /** Logs the figures; holds the answer and the server's other answers to what they must be. */
    function expectRefusalWhileServing(name: string, timed: Timed, status: number) {
      const worst = Math.max(...timed.healthz);
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `${kind.name}: ${name}: ${timed.status} in ${timed.ms.toFixed(0)} ms; /healthz ${timed.healthz.length}× during the upload, slowest ${worst.toFixed(1)} ms; rss ${rss} MB`,
      );
      expect(timed.status).toBe(status);
      // The server kept answering: every /healthz asked during the upload was answered.
      expect(timed.healthz.length).toBeGreaterThan(0);
      expect(timed.healthz.every((ms) => ms >= 0)).toBe(true); // none failed
    }

    it('when an XLSX has a cell in column XFD on every row, then it is refused at once with the rows at fault, and nothing is stored', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(await wideWorkbook);

      expectRefusalWhileServing('wide sheet (exceljs, 1,000 rows to XFD)', timed, 422);
      expect(timed.body.error.message).toBe(
        'The file cannot be imported: its sheet reaches column XFD; at most 200 columns (A to GR)',
      );
      const details = timed.body.error.details as { field: string; issue: string }[];
      expect(details[0]).toEqual({
        field: '(sheet)',
        issue: 'the used range A1:XFD1001 reaches column XFD; at most 200 columns (A to GR)',
      });
      expect(details[1]).toEqual({
        field: 'row 2',
        issue: 'has a cell in column XFD; at most 200 columns (A to GR)',
      });
      expect(details.at(-1)).toEqual({
        field: '(sheet)',
        issue: 'more rows have cells beyond column GR; the first 100 are listed',
      });
      expect(details).toHaveLength(102);
      expect(await stored()).toEqual(before);
    });

    it('when the wide sheet does not declare its used range, then its cells give it away all the same', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(aWideSheetWithoutDimension(1000));

      expectRefusalWhileServing('wide sheet (no dimension, 1,000 rows to XFD)', timed, 422);
      expect(timed.body.error.details.slice(0, 2)).toEqual([
        { field: 'row 2', issue: 'has a cell in column XFD; at most 200 columns (A to GR)' },
        { field: 'row 3', issue: 'has a cell in column XFD; at most 200 columns (A to GR)' },
      ]);
      expect(await stored()).toEqual(before);
    });

    it('when every row has an empty formatted cell in XFD, then the sheet is refused for how far its rows reach', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(aWorkbookFormattedToXfd(20_000));

      expectRefusalWhileServing('20,000 rows formatted out to XFD', timed, 413);
      expect(timed.body.error).toMatchObject({
        message: 'The file cannot be imported: its rows reach too far right',
        details: [
          {
            field: '(sheet)',
            issue: expect.stringMatching(
              /^empty cells with formatting reach column XFD in 6,2\d\d rows, too far to read; clear the formatting/,
            ),
          },
        ],
      });
      expect(await stored()).toEqual(before);
    });

    it('when the shared strings inflate to 1 GB, then the ZIP directory gives it away and the workbook is refused as too large', async () => {
      const before = await stored();
      const bomb = aSharedStringsBomb({ megabytes: 1000, declared: 'true' });

      const timed = await uploadSickLeave(bomb);

      expectRefusalWhileServing(
        `shared-strings bomb (${(bomb.length / 2 ** 20).toFixed(1)} MB → 1 GB)`,
        timed,
        413,
      );
      expect(timed.body.error).toMatchObject({
        code: 'too_large',
        message: 'The file cannot be imported: its shared strings unpack to more than 50 MB',
        details: [
          {
            field: 'xl/sharedStrings.xml',
            issue: 'unpacks to 1000 MB; the shared strings may unpack to at most 50 MB',
          },
        ],
      });
      expect(await stored()).toEqual(before);
    });

    it('when the ZIP directory understates the shared strings, then unpacking stops at the size it states and the workbook is refused', async () => {
      const before = await stored();
      const rssBefore = process.memoryUsage().rss;

      const timed = await uploadSickLeave(aSharedStringsBomb({ megabytes: 1000, declared: 'lying' }));

      expectRefusalWhileServing('shared-strings bomb with a lying directory', timed, 413);
      expect(timed.body.error).toMatchObject({
        code: 'too_large',
        message:
          'The file cannot be imported: xl/sharedStrings.xml unpacks to more than its ZIP directory says',
        details: [
          {
            field: 'xl/sharedStrings.xml',
            issue: 'unpacks to more than the 1,024 bytes its ZIP directory says',
          },
        ],
      });
      const grewMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
      console.log(`${kind.name}: the process grew by ${grewMb.toFixed(0)} MB while refusing it`);
      expect(grewMb).toBeLessThan(500);
      expect(await stored()).toEqual(before);
    });

    it('when a CSV is larger than 20 MB, then it is refused before it is read', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(aLargeCsv(21), 'text/csv');

      expectRefusalWhileServing('21 MB CSV', timed, 413);
      expect(timed.body.error).toMatchObject({
        code: 'too_large',
        details: [{ field: 'file', issue: 'the file is larger than 20 MB; at most 20 MB can be imported' }],
      });
      expect(await stored()).toEqual(before);
    });

    it('when a CSV has more than 100,000 rows, then it is refused with the count', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(aLargeCsv(5), 'text/csv');

      expectRefusalWhileServing('5 MB CSV of 180,000 rows', timed, 422);
      expect(timed.body.error.details).toEqual([
        { field: '(file)', issue: 'more than 100,000 rows; at most 100,000 rows can be imported' },
      ]);
      expect(await stored()).toEqual(before);
    });

    it('when CSV rows have more than 200 fields, then the rows at fault are named', async () => {
      const before = await stored();

      const timed = await uploadSickLeave(aWideCsv(5000, [3, 7]), 'text/csv');

      expectRefusalWhileServing('CSV with two rows of 5,000 fields', timed, 422);
      expect(timed.body.error.details).toEqual([
        { field: 'line 3', issue: 'has 5,000 fields; at most 200' },
        { field: 'line 7', issue: 'has 5,000 fields; at most 200' },
      ]);
      expect(await stored()).toEqual(before);
    });

    it('when an organisation CSV is 1.9 MB of empty fields, then it is refused before its cells are read', async () => {
      const csv = `kode;navn;type${';'.repeat(1_900_000)}\r\nX;Y;område\r\n`;

      const timed = await timedUpload('/api/admin/organisation/import', csv, 'text/csv', admin);

      expectRefusalWhileServing('organisation CSV with 1.9 M fields', timed, 422);
      expect(timed.body).toMatchObject({
        errors: [{ line: 1, field: '(row)', message: 'has 1,900,003 fields; at most 50' }],
        applied: false,
      });
    });

    it('when a benchmark CSV is 3.9 MB of empty fields, then it is refused before its cells are read', async () => {
      const csv = `kommune;indikator;periode;værdi${';'.repeat(3_900_000)}\r\nA;B;2024;1\r\n`;

      const timed = await timedUpload('/api/benchmarks/import', csv, 'text/csv', consultant);

      expectRefusalWhileServing('benchmark CSV with 3.9 M fields', timed, 422);
      expect(timed.body).toMatchObject({
        errors: [{ line: 1, field: '(row)', message: 'has 3,900,004 fields; at most 50' }],
        applied: false,
      });
    });

    /** Uploads a file that should pass, and follows its import to the end. */
    async function imported(body: Buffer) {
      const timed = await uploadSickLeave(body);
      expect(timed.status).toBe(202);
      const deadline = Date.now() + 20_000;
      let report: Json;
      do {
        await new Promise((r) => setTimeout(r, 50));
        const res = await fetch(`${store.url}/api/sick-leave/imports/${timed.body.id}`, {
          headers: { cookie: consultant },
        });
        report = await res.json();
      } while (report.status !== 'applied' && report.status !== 'failed' && Date.now() < deadline);
      return report;
    }

    it('when a good file follows the hostile ones, then it is imported as before', async () => {
      const good = await aSickLeaveFile().row('SKOLE', '2024-01', 420, 21, 14, 7, 20).xlsx();

      expect(await imported(good)).toMatchObject({
        status: 'applied',
        rowsTotal: 1,
        summary: { records: 1 },
      });
    });

    it('when a workbook was written as a stream (a data descriptor after each part), then it passes the checks and is imported', async () => {
      const streamed = aHandWrittenWorkbook([['SKOLE', '2024-02', 400, 12]], { descriptors: true });

      expect(await imported(streamed)).toMatchObject({
        status: 'applied',
        rowsTotal: 1,
        summary: { records: 1 },
      });
    });

    it('when the header row is formatted whole, as LibreOffice writes it (empty cells out to AMJ), then it passes and is imported', async () => {
      const libreOffice = aHandWrittenWorkbook([['SKOLE', '2024-03', 400, 12]], {
        headerFormattedWhole: true,
      });

      expect(await imported(libreOffice)).toMatchObject({
        status: 'applied',
        rowsTotal: 1,
        summary: { records: 1 },
      });
    });
  });
}
