import ExcelJS from 'exceljs';
import { createUnit } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const year = new Date().getUTCFullYear();
const HIDDEN = 'Hidden: too few answers';
const STATUS: Record<string, string> = {
  met: 'Met',
  'not-met': 'Not met',
  uncertain: 'Uncertain',
  'no-data': 'No data',
  hidden: 'Hidden',
};

/** RFC 4180 with the given separator; the BOM is checked and dropped. */
function parseCsv(text: string, separator: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && quoted && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== separator && c !== '\r')) field += c;
    else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++; // the \n of CRLF
      }
    }
  }
  return rows;
}

/** A share as the English CSV writes it: percent with one decimal. */
const percent = (share: number) => (share * 100).toFixed(1);
const numberIn = (unit: string, x: number) =>
  unit === 'share' ? percent(x) : unit === 'score' ? x.toFixed(2) : x.toFixed(1);

/**
 * What the goal status export must say for one JSON cell: status, value, CI low, CI high, n. The
 * JSON leaves out cells of goals that do not cover the unit; the export says so.
 */
function goalColumns(cell: Json | undefined): string[] {
  if (cell === undefined) return ['Not covered', '', '', '', ''];
  if (cell.status === 'hidden') return ['Hidden', HIDDEN, HIDDEN, HIDDEN, HIDDEN];
  const shown = cell.status === 'no-data' ? cell.measured : cell;
  const numbers = shown
    ? [percent(shown.value), percent(shown.ciLow), percent(shown.ciHigh), `${shown.n}`]
    : [];
  return [STATUS[cell.status]!, ...(shown ? numbers : ['', '', '', ''])];
}

/** n, value, CI low, CI high of a unit indicator view. */
function valueColumns(view: Json, unit: string): string[] {
  if (view.shown)
    return [`${view.n}`, ...[view.value, view.ciLow, view.ciHigh].map((x) => numberIn(unit, x))];
  return view.reason === 'no-data' ? ['', 'No data', '', ''] : [HIDDEN, HIDDEN, HIDDEN, HIDDEN];
}

for (const kind of STORES) {
  describe(`${kind.name}: the dashboard's tables as CSV and XLSX`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let consultant: string;
    let leader: string;
    let contractId: string;

    const api = (path: string) => `${store.url}/api${path}`;
    const download = async (path: string, cookie: string) => {
      const res = await fetch(api(path), { headers: { cookie } });
      return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
    };
    const csvOf = async (path: string, cookie: string, separator = ',') =>
      parseCsv((await download(path, cookie)).body.toString('utf8'), separator);
    const sheetOf = async (path: string, cookie: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(path, cookie)).body as never);
      return workbook.worksheets[0]!;
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      // A unit named like a formula: it must stay text in both files.
      await createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent: org.daycare,
        kind: 'group',
        name: '=SUM(1+1)',
      });
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      contractId = await aContractThroughTheApi();
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      const answer = (grade: number, wellbeing: 1 | 5, bullied: boolean) =>
        submit(
          store.url,
          round.codes.get(org.classes.get(grade)!.id)!,
          pupilAnswers(pupil, { grade, wellbeing, bullied }),
        );
      // 6.A: 5 of 6 express wellbeing; 1.A: 4 answers, fewer than the 5 a group needs to be shown.
      for (let i = 0; i < 6; i++) expect((await answer(6, i < 5 ? 5 : 1, i === 5)).status).toBe(201);
      for (let i = 0; i < 4; i++) expect((await answer(1, 5, false)).status).toBe(201);
      await store.settled(30_000);
      await store.release(round.roundId);
    });
    afterAll(() => store?.stop());

    async function aContractThroughTheApi(): Promise<string> {
      const body = {
        title: 'Kvalitetskontrakt',
        periodStart: `${year}-01-01`,
        periodEnd: `${year + 1}-12-31`,
      };
      const id = (await postJson(api('/contracts'), body, { cookie: consultant })).body.id as string;
      await postJson(api(`/contracts/${id}/service-areas`), { name: 'Skole' }, { cookie: consultant });
      const goal = (indicatorKey: string, target: number, extra: object) =>
        postJson(
          api(`/contracts/${id}/goals`),
          {
            serviceArea: 'skole',
            title: { da: indicatorKey, en: `${indicatorKey} (en)` },
            instrumentKey: 'pupil-wellbeing',
            indicatorKey,
            scopeUnitId: org.root.id,
            rule: { type: 'threshold', op: '>', target },
            deadline: `${year + 1}-12-31`,
            ...extra,
          },
          { cookie: consultant },
        );
      const grades = { breakdownKey: 'grade', values: ['1', '6'] };
      expect((await goal('wellbeing', 0.9, { breakdownFilter: grades, eachUnitKind: 'group' })).status).toBe(
        201,
      );
      expect((await goal('not-bullied', 0.4, {})).status).toBe(201);
      return id;
    }

    it('when the consultant downloads the goal status as CSV, then it is an attachment whose rows and cells are the JSON the screen reads', async () => {
      const res = await download('/exports/goals.csv', consultant);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename=goal-status-test-kommune-[0-9a-f]{6}-\d{4}-\d\d-\d\d\.csv$/,
      );
      const [header, ...rows] = parseCsv(res.body.toString('utf8'), ',');
      const json = (await getJson(api('/goals'), { cookie: consultant })).body;
      const goals = json.contracts.flatMap((c: Json) => c.goals);
      expect(header).toEqual([
        'Unit',
        'Level',
        'Kind',
        ...goals.flatMap((g: Json) =>
          ['Status', 'Value (%)', 'CI low (%)', 'CI high (%)', 'n'].map((w) => `${g.title.en} – ${w}`),
        ),
      ]);
      expect(rows.map((r) => r[0])).toEqual(
        json.rows.map((r: Json) => (r.name.startsWith('=') ? `'${r.name}` : r.name)),
      );
      json.rows.forEach((row: Json, i: number) => {
        expect(rows[i]!.slice(1, 3)).toEqual([`${row.depth}`, expect.any(String)]);
        expect(rows[i]!.slice(3)).toEqual(goals.flatMap((g: Json) => goalColumns(row.cells[g.id])));
      });
      // 1.A is hidden, and no number of it is in the file; the school's 10 answers are shown.
      const oneA = rows.find((r) => r[0] === '1.A')!;
      expect(oneA.slice(3).join(' ')).not.toMatch(/\d/);
      expect(oneA.slice(3, 8)).toEqual(['Hidden', HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
      expect(rows.find((r) => r[0] === 'Testskolen')![7]).toBe('10');
    });

    it('when the goal status is downloaded in Danish, then semicolons and decimal commas are used and a formula-like name stays text', async () => {
      const [header, ...rows] = await csvOf('/exports/goals.csv?lang=da', consultant, ';');
      expect(header!.slice(0, 4)).toEqual(['Enhed', 'Niveau', 'Type', 'wellbeing – Status']);
      const school = rows.find((r) => r[0] === 'Testskolen')!;
      // School: 6.A's 5 of 6 and 1.A's 4 of 4 = 9 of 10 = 90,0 %.
      expect(school.slice(4, 5)).toEqual(['90,0']);
      expect(rows.find((r) => r[0] === '1.A')!.slice(4, 8)).toEqual(Array(4).fill('Skjult: for få svar'));
      expect(rows.map((r) => r[0])).toContain("'=SUM(1+1)");
    });

    it('when the goal status is downloaded as XLSX, then shares are numbers in a percent format and hidden cells are text', async () => {
      const res = await download('/exports/goals.xlsx', consultant);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=goal-status-.*\.xlsx$/);
      const sheet = await sheetOf('/exports/goals.xlsx', consultant);
      expect(sheet.name).toBe('Goal status');
      const rowOf = (name: string) =>
        sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).text === name)!;
      const school = rowOf('Testskolen');
      expect(school.getCell(5).value).toBeCloseTo(0.9, 6);
      expect(school.getCell(5).numFmt).toBe('0.0%');
      expect(school.getCell(8).value).toBe(10);
      expect(school.getCell(1).alignment).toMatchObject({ indent: 2 });
      const oneA = rowOf('1.A');
      for (let column = 4; column <= 13; column++)
        expect(typeof oneA.getCell(column).value).not.toBe('number');
      expect(oneA.getCell(5).value).toBe(HIDDEN);
      const formulaLike = rowOf('=SUM(1+1)').getCell(1);
      expect([formulaLike.type, formulaLike.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
    });

    it("when a school's leader downloads, then she gets her subtree only and no other unit", async () => {
      const rows = (await csvOf('/exports/goals.csv', leader)).slice(1);
      expect(rows.map((r) => r[0])).toEqual(['Testskolen', '1.A', '6.A']);
      const sheet = await sheetOf('/exports/goals.xlsx', leader);
      expect(sheet.rowCount).toBe(4);
      expect((await download(`/exports/units/${org.daycare.id}/indicators.csv`, leader)).status).toBe(403);
      expect((await download(`/exports/units/${org.root.id}/indicators.xlsx`, leader)).status).toBe(403);
      expect((await download(`/exports/units/${org.classes.get(1)!.id}/indicators.csv`, leader)).status).toBe(
        200,
      );
    });

    it("when a unit's indicators are downloaded, then each round × indicator × group row matches the JSON, hidden ones as text", async () => {
      for (const unit of [org.school, org.classes.get(1)!]) {
        const json = (await getJson(api(`/units/${unit.id}/indicators`), { cookie: consultant })).body;
        const rows = (await csvOf(`/exports/units/${unit.id}/indicators.csv`, consultant)).slice(1);
        const expected = json.rounds.flatMap((r: Json) =>
          r.indicators.flatMap((i: Json) => [
            [r.title.en, i.label.en, 'Total', 'Total', ...valueColumns(i.total, i.unit)],
            ...i.breakdowns.flatMap((b: Json) =>
              b.cells.map((c: Json) => [
                r.title.en,
                i.label.en,
                b.label.en,
                c.label,
                ...valueColumns(c.view, i.unit),
              ]),
            ),
          ]),
        );
        expect(rows.map((r) => [...r.slice(0, 4), ...r.slice(5, 9)])).toEqual(expected);
      }
      // 1.A's 4 answers: every value is hidden or missing, and no number of it is in the file.
      const hidden = (
        await csvOf(`/exports/units/${org.classes.get(1)!.id}/indicators.csv`, consultant)
      ).slice(1);
      expect(hidden.filter((row) => row[6] === HIDDEN).length).toBeGreaterThan(0);
      for (const row of hidden) expect(row.slice(5).join(' ')).not.toMatch(/\d/);
      // The school's own figures are hidden with 1.A's: its not-bullied count minus its bullying
      // distribution (asked from grade 4) would be 1.A's four pupils, and indicators of the same
      // answers are hidden together. In the workbook that is text, never a number.
      const sheet = await sheetOf(`/exports/units/${org.school.id}/indicators.xlsx?lang=nb`, consultant);
      const total = sheet.getRow(2);
      expect([total.getCell(3).text, total.getCell(6).value, total.getCell(7).value]).toEqual([
        'Totalt',
        'Skjult: for få svar',
        'Skjult: for få svar',
      ]);
    });

    it('when the contract overview is downloaded, then one row per goal says its target, status and result as the JSON does', async () => {
      const json = (await getJson(api(`/contracts/${contractId}/overview`), { cookie: consultant })).body;
      const [header, ...rows] = await csvOf(`/exports/contracts/${contractId}/overview.csv`, consultant);
      expect(header!.slice(0, 3)).toEqual(['Area', 'Goal', 'Target']);
      const goals = json.areas.flatMap((a: Json) => a.goals.map((g: Json) => ({ area: a.name, ...g })));
      expect(rows.map((r) => r.slice(0, 3))).toEqual(
        goals.map((g: Json) => [g.area, g.title.en, `above ${percent(g.rule.target)} %`]),
      );
      goals.forEach((goal: Json, i: number) => {
        const result = goal.result;
        expect(rows[i]![6]).toBe(STATUS[result.status]);
        expect(rows[i]!.slice(8, 10)).toEqual(
          result.value === undefined ? [HIDDEN, HIDDEN] : [`${result.n}`, percent(result.value)],
        );
        expect(rows[i]![17]).toBe(goal.units ? `${goal.units.met}` : '');
      });
      expect(rows[0]!.slice(17, 19)).toEqual([`${goals[0].units.met}`, '2']); // 1.A and 6.A are counted
      const sheet = await sheetOf(`/exports/contracts/${contractId}/overview.xlsx?lang=da`, consultant);
      expect(sheet.getRow(1).getCell(3).text).toBe('Målsætning');
      expect(sheet.getRow(2).getCell(3).text).toBe('over 90,0 %');
      expect(sheet.getRow(2).getCell(10).value).toBeCloseTo(goals[0].result.value, 6);
      const res = await download(`/exports/contracts/${contractId}/overview.xlsx`, consultant);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename=kvalitetskontrakt-${year}.xlsx`,
      );
    });

    it('when the caller is not logged in, asks for an unknown thing or a language we lack, then the answer says so and sends no file', async () => {
      for (const path of [
        '/exports/goals.csv',
        `/exports/units/${org.school.id}/indicators.xlsx`,
        `/exports/contracts/${contractId}/overview.csv`,
      ])
        expect((await download(path, '')).status).toBe(401);
      const bad = await getJson(api('/exports/goals.csv?lang=sv'), { cookie: consultant });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details[0].field).toBe('lang');
      expect((await download('/exports/units/not-a-uuid/indicators.csv', consultant)).status).toBe(404);
      expect(
        (await download('/exports/contracts/00000000-0000-4000-8000-000000000000/overview.csv', consultant))
          .status,
      ).toBe(404);
      expect(
        (await download(`/exports/contracts/${contractId}/overview.csv?year=1999`, consultant)).status,
      ).toBe(404);
    });
  });
}
