import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

// The round builder opens rounds a week ago: that is the year their goals compare with.
const year = Number(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 4));
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const figures = (values: [string, string][]) =>
  csv(
    'kommune;kostragruppe;indikator;år;verdi',
    ...values.map(([m, v]) => `${m};KOSTRA 13;wellbeing;${year};${v}`),
  );

for (const kind of STORES) {
  describe(`${kind.name}: benchmarks and goals "above the average of comparable municipalities"`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let consultant: string;
    let leader: string;
    let contractId: string;
    const goal: Record<string, string> = {};

    const api = (path: string) => `${store.url}/api${path}`;
    const importCsv = async (
      text: string,
      query = '?source=SSB%20KOSTRA&vintage=2025-06-16',
      cookie = consultant,
    ) => {
      const res = await fetch(api(`/benchmarks/import${query}`), {
        method: 'POST',
        headers: { ...sameOrigin(api(`/benchmarks/import${query}`)), 'content-type': 'text/csv', cookie },
        body: text,
      });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const rootCell = async (goalId: string) => {
      const overview = (await getJson(api('/goals'), { cookie: consultant })).body;
      return overview.rows.find((r: Json) => r.unitId === org.root.id).cells[goalId];
    };
    const stored = async () =>
      (await store.db.execute(sql`select count(*)::int as n from benchmark_figures`)) as unknown as {
        rows: { n: number }[];
      };

    /** New goals start a full recompute of their rounds, a queued job that settled() does not see on BullMQ. */
    const fullRecomputesDone = async () => {
      for (let waited = 0; waited < 30_000; waited += 100) {
        const { rows } = (await store.db.execute(
          sql`select count(*)::int as n from recompute_runs where status in ('queued', 'running')`,
        )) as unknown as { rows: { n: number }[] };
        if (rows[0]!.n === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("the goals' recomputes did not finish in time");
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      // 8 of 10 pupils express wellbeing: 0.8, Wilson 95 % 0.4901 .. 0.9433.
      for (let i = 0; i < 10; i++)
        await submit(
          store.url,
          round.codes.get(org.classes.get(6)!.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing: i < 8 ? 5 : 1, bullied: false }),
        );
      await store.settled();
      contractId = (
        await postJson(
          api('/contracts'),
          { title: 'Kvalitetskontrakt', periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31` },
          { cookie: consultant },
        )
      ).body.id;
      await postJson(
        api(`/contracts/${contractId}/service-areas`),
        { name: 'Skole' },
        { cookie: consultant },
      );
      for (const position of ['above', 'below'] as const) {
        const res = await postJson(
          api(`/contracts/${contractId}/goals`),
          {
            serviceArea: 'skole',
            title: { da: `Trivsel ${position} KOSTRA 13` },
            instrumentKey: 'pupil-wellbeing',
            indicatorKey: 'wellbeing',
            scopeUnitId: org.root.id,
            rule: { type: 'benchmark', position, comparisonGroup: 'KOSTRA 13' },
            deadline: `${year + 1}-12-31`,
          },
          { cookie: consultant },
        );
        expect(res.status).toBe(201);
        goal[position] = res.body.id;
      }
      await store.settled(30_000);
      await fullRecomputesDone();
      await store.release(round.roundId);
    });
    afterAll(() => store?.stop());

    it('when no figures are imported yet, then a benchmark goal has no data for lack of a benchmark', async () => {
      expect(await rootCell(goal.above!)).toMatchObject({ status: 'no-data', reasons: ['no-benchmark'] });
    });

    it('when the file has errors, then 422 lists each by line and column and nothing is stored', async () => {
      const res = await importCsv(
        figures([
          ['0301 Oslo', '30'],
          ['Bergen', '..'],
          ['Trondheim', 'fem'],
          ['0301', '31'],
        ]),
      );
      expect(res.status).toBe(422);
      expect(res.body.applied).toBe(false);
      expect(res.body.errors.map((e: Json) => [e.line, e.field])).toEqual([
        [3, 'verdi'],
        [4, 'verdi'],
        [5, 'kommune'],
      ]);
      expect((await stored()).rows[0]!.n).toBe(0);
    });

    it('when three municipalities report 30, 40 and 50 %, then the group average is 40 % over 3 and the goal above it is met', async () => {
      const res = await importCsv(
        figures([
          ['0301 Oslo', '30'],
          ['Bergen', '40'],
          ['Trondheim', '50'],
        ]),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ errors: [], imported: 3, replaced: 0, series: 1, applied: true });
      const { body } = await getJson(api('/benchmarks'), { cookie: consultant });
      expect(body.averages).toEqual([
        {
          source: 'SSB KOSTRA',
          comparisonGroup: 'KOSTRA 13',
          indicatorKey: 'wellbeing',
          period: year,
          average: 40,
          municipalities: 3,
          vintages: ['2025-06-16'],
          importedAt: expect.any(String),
        },
      ]);
      expect(body.figures.map((f: Json) => f.municipality).sort()).toEqual([
        '0301 Oslo',
        'Bergen',
        'Trondheim',
      ]);
      // 0.8 (0.4901 .. 0.9433) lies wholly above 0.40.
      expect(await rootCell(goal.above!)).toMatchObject({ status: 'met', n: 10, value: 0.8 });
      expect(await rootCell(goal.below!)).toMatchObject({ status: 'not-met' });
    });

    it('when the same series is imported again with 95, 97 and 99 %, then it replaces the old figures and the goal is not met', async () => {
      const res = await importCsv(
        figures([
          ['0301 Oslo', '95'],
          ['Bergen', '97'],
          ['Trondheim', '99'],
        ]),
      );
      expect(res.body).toMatchObject({ imported: 3, replaced: 3, applied: true });
      expect((await stored()).rows[0]!.n).toBe(3);
      const { body } = await getJson(api('/benchmarks'), { cookie: consultant });
      expect(body.averages.map((a: Json) => [a.average, a.municipalities])).toEqual([[97, 3]]);
      // 0.97 lies above the interval's top 0.9433.
      expect(await rootCell(goal.above!)).toMatchObject({ status: 'not-met' });
      expect(await rootCell(goal.below!)).toMatchObject({ status: 'met' });
      // The follow-up report judges the same way.
      const report = (await getJson(api(`/contracts/${contractId}/reports/${year}`), { cookie: consultant }))
        .body;
      const [above] = report.report.areas[0].goals;
      expect(above.result).toMatchObject({ status: 'not-met', n: 10 });
    });

    it('when the same file is imported twice, then the stored figures are the same', async () => {
      const file = figures([
        ['0301 Oslo', '95'],
        ['Bergen', '97'],
        ['Trondheim', '99'],
      ]);
      const before = (await getJson(api('/benchmarks'), { cookie: consultant })).body.figures;
      await importCsv(file);
      const after = (await getJson(api('/benchmarks'), { cookie: consultant })).body.figures;
      const strip = (list: Json[]) => list.map(({ importedAt: _at, ...f }) => f);
      expect(strip(after)).toEqual(strip(before));
    });

    it('when a school leader asks for benchmarks, then it is refused', async () => {
      expect((await getJson(api('/benchmarks'), { cookie: leader })).status).toBe(403);
      expect((await importCsv(figures([['Oslo', '1']]), '', leader)).status).toBe(403);
    });

    it('when a file with an error and then the fixed file are sent with a source and vintage, then the first is refused whole and the second imported with them', async () => {
      const query = `?${new URLSearchParams({ source: 'Eget udtræk', vintage: '2025' })}`;
      const before = (await stored()).rows[0]!.n;
      const failed = await importCsv(
        csv('kommune;gruppe2;indikator;år;verdi', 'Oslo;Peers;wellbeing;2025;5'),
        query,
      );
      expect(failed.status).toBe(422);
      expect(failed.body.errors).toHaveLength(2); // gruppe2 is unknown; sammenligningsgruppe is missing
      expect(failed.body.errors.map((e: Json) => e.field).sort()).toEqual(['comparison_group', 'gruppe2']);
      expect((await stored()).rows[0]!.n).toBe(before);
      const fixed = await importCsv(
        csv('kommune;sammenligningsgruppe;indikator;år;verdi', 'Oslo;Peers;wellbeing;2025;5'),
        query,
      );
      expect(fixed).toMatchObject({ status: 200, body: { applied: true, imported: 1, replaced: 0 } });
      const { averages } = (await getJson(api('/benchmarks'), { cookie: consultant })).body;
      expect(averages.find((a: Json) => a.comparisonGroup === 'Peers')).toMatchObject({
        source: 'Eget udtræk',
        vintages: ['2025'],
        average: 5,
      });
    });

    it('when the old classic pages are asked for, then they redirect (302) to the app and the APIs', async () => {
      const moved = async (path: string) => {
        const res = await fetch(`${store.url}${path}`, {
          headers: { cookie: consultant },
          redirect: 'manual',
        });
        return [res.status, res.headers.get('location')];
      };
      expect(await moved('/dashboard/benchmarks')).toEqual([302, '/app/benchmarks']);
      expect(await moved('/dashboard/sick-leave')).toEqual([302, '/app/sick-leave/import']);
      const id = '0b0f7a8e-3f7e-4a52-9a7e-5d2c8f7b9a01';
      expect(await moved(`/dashboard/sick-leave?import=${id}`)).toEqual([
        302,
        `/app/sick-leave/import?import=${id}`,
      ]);
      expect(await moved('/dashboard/sick-leave/template.xlsx')).toEqual([
        302,
        '/api/sick-leave/template.xlsx',
      ]);
      expect(await moved('/dashboard/admin/networks')).toEqual([302, '/app/admin/networks']);
      expect(await moved('/dashboard/network?instrumentKey=pupil-wellbeing&indicatorKey=bullied')).toEqual([
        302,
        '/app/network?instrument=pupil-wellbeing&indicator=bullied',
      ]);
      const oldForm = await fetch(`${store.url}/dashboard/benchmarks/import`, {
        method: 'POST',
        headers: { ...sameOrigin(`${store.url}/dashboard/benchmarks/import`), cookie: consultant },
        redirect: 'manual',
      });
      expect(oldForm.status).toBe(404);
    });
  });
}
