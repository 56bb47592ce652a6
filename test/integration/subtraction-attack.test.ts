import { sql } from 'drizzle-orm';
import type { OrgUnit } from '../../core/org/org-unit';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { createUnit, listSubtree } from '../../db/repositories/org-units';
import { mulberry32 } from '../../scripts/demo/mulberry32';
import { pupilAnswers } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { solveForUnknowns, type KnownSum } from '../support/linear-attack';
import { STORES, type TestStore } from '../support/stores';

const MIN_GROUP = 5;

for (const kind of STORES) {
  describe(`${kind.name}: an attacker with every published table of a generated municipality`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let classes: OrgUnit[];
    let units: OrgUnit[];
    let round: BuiltRound;
    let goalIds: string[];
    let cookie: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).create();
      // Two more schools, one in a second area, some grades with two classes: the sums cross.
      const unit = (parent: OrgUnit, kind: OrgUnit['kind'], name: string, grade?: number) =>
        createUnit(store.db, {
          municipalityId: org.root.id === parent.id ? parent.municipalityId : parent.municipalityId,
          parent,
          kind,
          name,
          sector: 'school',
          grade,
        });
      const second = await unit(org.area, 'institution', 'Nordskolen');
      const area2 = await unit(org.root, 'area', 'Område Syd');
      const third = await unit(area2, 'institution', 'Sydskolen');
      classes = [...org.classes.values()];
      for (const grade of [1, 2, 3, 6]) {
        classes.push(await unit(second, 'group', `${grade}.A`, grade));
        classes.push(await unit(second, 'group', `${grade}.B`, grade));
      }
      for (const grade of [4, 5, 9]) classes.push(await unit(third, 'group', `${grade}.A`, grade));
      units = await listSubtree(store.db, org.root);

      const pupil: CheckedInstrument = await store.malbar.instruments.get(
        store.malbar.versionIds['pupil-wellbeing']!,
      );
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits(classes).create();
      goalIds = await aContractWithGoals(store.db, org.root, [
        {
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          op: '>',
          target: 0.9,
          breakdownFilter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
        },
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'not-bullied', op: '>', target: 0.9 },
      ]);
      // Class sizes from a fixed seed: about a third below the minimum, the rest 5-14.
      const random = mulberry32(7);
      const submissions = classes.flatMap((c) => {
        const size = random() < 0.35 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 10);
        return Array.from({ length: size }, () => ({
          code: round.codes.get(c.id)!,
          answers: pupilAnswers(pupil, {
            grade: c.grade!,
            wellbeing: random() < 0.7 ? 5 : 1,
            bullied: random() < 0.15,
          }),
        }));
      });
      for (let i = 0; i < submissions.length; i += 20) {
        const batch = submissions.slice(i, i + 20);
        const results = await Promise.all(batch.map((s) => submit(store.url, s.code, s.answers)));
        expect(results.every((r) => r.status === 201)).toBe(true);
      }
      await store.settled();
      await store.release(round.roundId);
      cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    /** Everything the consultant can read: each unit's page and the goal overview. */
    async function publishedTables() {
      const pages = new Map<string, Json>();
      for (const u of units) {
        const page = (await getJson(`${store.url}/api/units/${u.id}/indicators`, { cookie })).body;
        pages.set(
          u.id,
          page.rounds.find((r: Json) => r.id === round.roundId),
        );
      }
      const goals = (await getJson(`${store.url}/api/goals`, { cookie })).body;
      return { pages, goals };
    }

    /** The true counts (n and k) of every cell, for checking the attacker and judging what it finds. */
    async function truth(): Promise<Map<string, { n: number; k: number }>> {
      const result = (await store.db.execute(sql`
        select unit_id, indicator_key, breakdown_key, breakdown_value, n, stat_k
        from indicator_values where round_id = ${round.roundId} and internal = false`)) as unknown as {
        rows: {
          unit_id: string;
          indicator_key: string;
          breakdown_key: string;
          breakdown_value: string;
          n: number;
          stat_k: number;
        }[];
      };
      return new Map(
        result.rows.map((r) => [
          `${r.unit_id}|${r.indicator_key}|${r.breakdown_key}|${r.breakdown_value}`,
          { n: r.n, k: r.stat_k },
        ]),
      );
    }

    it('when it adds up and subtracts every published number, and solves the linear system of counts, then no group under five is found', async () => {
      const { pages, goals } = await publishedTables();
      const real = await truth();
      const childrenOf = (id: string) => units.filter((u) => u.parentId === id);
      const indicatorKeys: string[] = pages.get(org.root.id).indicators.map((i: Json) => i.key);
      let hiddenSmall = 0;
      let shownCells = 0;
      for (const measure of ['n', 'k'] as const) {
        for (const indicatorKey of indicatorKeys) {
          const known = new Map<string, number>();
          const present = new Set<string>();
          const cellsAt = new Map<string, string[]>(); // unit → cell ids published there
          const record = (unitId: string, key: string, view: Json) => {
            const id = `${unitId}|${indicatorKey}|${key}`;
            present.add(id);
            cellsAt.set(unitId, [...(cellsAt.get(unitId) ?? []), id]);
            if (view.shown) {
              shownCells++;
              const value = measure === 'n' ? view.n : Math.round(view.value * view.n);
              if (
                measure === 'n' ||
                pages.get(org.root.id).indicators.find((i: Json) => i.key === indicatorKey).unit === 'share'
              )
                known.set(id, value);
            } else if (view.reason === 'no-data') known.set(id, 0);
          };
          for (const u of units) {
            const indicator = pages.get(u.id)?.indicators.find((i: Json) => i.key === indicatorKey);
            if (!indicator) continue;
            record(u.id, '|', indicator.total);
            for (const b of indicator.breakdowns)
              for (const c of b.cells) record(u.id, `${b.key}|${c.value}`, c.view);
          }
          const sums: KnownSum[] = [];
          for (const u of units) {
            // A unit's cell is its children's same cells added up (no unit above a class has own answers here).
            const kids = childrenOf(u.id);
            for (const id of cellsAt.get(u.id) ?? []) {
              const key = id.slice(u.id.length + 1);
              if (kids.length > 0)
                sums.push({
                  total: id,
                  parts: kids.map((k) => `${k.id}|${key}`).filter((p) => present.has(p)),
                });
            }
            // A unit's total is its grade groups added up (every pupil gives a grade).
            const groups = (cellsAt.get(u.id) ?? []).filter((id) => id.includes(`|${indicatorKey}|grade|`));
            if (groups.length > 0) sums.push({ total: `${u.id}|${indicatorKey}||`, parts: groups });
          }
          // The goals' values: grades 1, 6 and 9 pooled (wellbeing), the whole unit (not bullied).
          goalIds.forEach((goalId, g) => {
            if ((g === 0 ? 'wellbeing' : 'not-bullied') !== indicatorKey) return;
            for (const row of goals.rows) {
              const cell = row.cells[goalId];
              if (!cell || cell.status === 'out-of-scope' || cell.status === 'no-data') continue;
              const id = `goal|${goalId}|${row.unitId}`;
              if (cell.status !== 'hidden')
                known.set(id, measure === 'n' ? cell.n : Math.round(cell.value * cell.n));
              const parts =
                g === 0
                  ? ['1', '6', '9']
                      .map((v) => `${row.unitId}|${indicatorKey}|grade|${v}`)
                      .filter((p) => present.has(p))
                  : [`${row.unitId}|${indicatorKey}||`];
              sums.push({ total: id, parts });
            }
          });
          const solved = solveForUnknowns(sums, known);
          for (const [id, value] of solved) {
            if (id.startsWith('goal|')) continue;
            const actual = real.get(id)!;
            // The attacker is right about what it solves (or the test itself would be wrong) …
            expect({ id, value }).toEqual({ id, value: actual[measure] });
            // … and what it solves is never a group under the minimum.
            expect({ id, n: actual.n, small: actual.n > 0 && actual.n < MIN_GROUP }).toEqual({
              id,
              n: actual.n,
              small: false,
            });
          }
          if (measure === 'n')
            hiddenSmall += [...real.entries()].filter(
              ([id, c]) => id.includes(`|${indicatorKey}|`) && c.n > 0 && c.n < MIN_GROUP,
            ).length;
        }
      }
      // The generated municipality really has small groups to attack and values to read.
      expect(hiddenSmall).toBeGreaterThan(5);
      expect(shownCells).toBeGreaterThan(50);
    });
  });
}
