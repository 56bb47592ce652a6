import { mulberry32 } from '../../scripts/demo/mulberry32';
import { eq, getTableColumns } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/indicator-definition';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import type { OrgUnit } from '../../core/org/org-unit';
import { setUnitPopulation } from '../../db/repositories/org-units';
import { goalEvaluations, indicatorValues, responses } from '../../db/schema';
import { pupilAnswers, valueScoring } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { runFullRecompute } from '../support/full-recompute';
import { submit } from '../support/http';
import { referenceIndicator } from '../support/reference-indicator';
import { STORES, type TestStore } from '../support/stores';

const GRADES = [1, 4, 6, 9];
/** Pupils per class answering, in the order the batches interleave them: 40 in all. */
const RESPONDENTS: Record<number, number> = { 1: 9, 4: 11, 6: 8, 9: 12 };
/**
 * Pupils per class. 9.A's 12 pupils all answer (a census); 4.A has one pupil who answers too few
 * items to be scored. The daycare's population stays unknown, so the area's and the
 * municipality's do too (a parent's is known only when every child's is).
 */
const POPULATIONS: Record<number, number> = { 1: 24, 4: 26, 6: 28, 9: 12 };
const BATCHES = 4;
const TOLERANCE = 1e-9;

const { computedAt: _computedAt, ...valueColumns } = getTableColumns(indicatorValues);
const { evaluatedAt: _evaluatedAt, ...evaluationColumns } = getTableColumns(goalEvaluations);

const FLOAT_COLUMNS = new Set(['value', 'ciLow', 'ciHigh', 'statSum', 'statSumSq']);

type Row = Record<string, unknown>;

/**
 * A pupil's answers at an overall wellbeing `level` (1-5): each wellbeing item of the grade's
 * variant scores near the level (the young form has only 1, 3 and 5), some items are skipped, and
 * the bullying item is at its best or worst. `scored: false` answers too few items to be counted.
 */
function variedAnswers(
  pupil: CheckedInstrument,
  random: () => number,
  opts: { grade: number; level: number; bullied: boolean; scored?: boolean },
): Record<string, unknown> {
  const answers = pupilAnswers(pupil, {
    grade: opts.grade,
    wellbeing: opts.level >= 3 ? 5 : 1,
    bullied: opts.bullied,
  });
  const [wellbeing] = pupil.indicators.indicators;
  const items = wellbeing!.score.itemSets[opts.grade <= 3 ? 0 : 1]!;
  items.forEach((item, index) => {
    if (opts.scored === false) {
      // Under half the set: the wellbeing score is missing (the grade and bullying item stay).
      if (index >= Math.floor(items.length / 2) - 1) delete answers[item];
      return;
    }
    // Skip about one item in eight, but never the first few (the pupil stays scored).
    if (index > 3 && random() < 0.125) {
      delete answers[item];
      return;
    }
    const wanted = Math.min(5, Math.max(1, opts.level + Math.round(random() * 2 - 1)));
    const offered = Object.values(pupil.indicators.itemScores[item]!).sort(
      (a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b,
    );
    answers[item] = valueScoring(pupil, item, offered[0]!);
  });
  return answers;
}

function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every difference between two row lists: integer and text columns exactly, floats to 1e-9. */
function differences(before: Row[], after: Row[], keyOf: (row: Row) => string): string[] {
  const found: string[] = [];
  const afterByKey = new Map(after.map((row) => [keyOf(row), row]));
  const beforeKeys = new Set(before.map(keyOf));
  for (const row of before) {
    const key = keyOf(row);
    const other = afterByKey.get(key);
    if (!other) {
      found.push(`${key}: missing after the full recompute`);
      continue;
    }
    for (const column of Object.keys(row)) {
      const x = row[column];
      const y = other[column];
      const same =
        FLOAT_COLUMNS.has(column) && typeof x === 'number' && typeof y === 'number'
          ? closeEnough(x, y)
          : x === y;
      if (!same) found.push(`${key} ${column}: ${String(x)} → ${String(y)}`);
    }
  }
  for (const row of after)
    if (!beforeKeys.has(keyOf(row))) found.push(`${keyOf(row)}: appeared only after the full recompute`);
  return found;
}

const valueKey = (r: Row) =>
  [r.unitId, r.indicatorKey, r.breakdownKey, r.breakdownValue].map(String).join(' / ');
const evaluationKey = (r: Row) => [r.goalId, r.unitId].map(String).join(' / ');
const sortedBy = (rows: Row[], keyOf: (row: Row) => string) =>
  [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));

for (const kind of STORES) {
  describe(`${kind.name}: stored indicator values are reproducible from the stored responses`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let versionId: string;
    let submitted = 0;
    let incremental: { values: Row[]; evaluations: Row[] };

    const snapshot = async () => ({
      values: sortedBy(
        await store.db
          .select(valueColumns)
          .from(indicatorValues)
          .where(eq(indicatorValues.roundId, round.roundId)),
        valueKey,
      ),
      evaluations: sortedBy(
        await store.db
          .select(evaluationColumns)
          .from(goalEvaluations)
          .where(eq(goalEvaluations.roundId, round.roundId)),
        evaluationKey,
      ),
    });
    const totalCell = (rows: Row[], unit: OrgUnit, indicatorKey: string) => {
      const cell = rows.find(
        (r) => r.unitId === unit.id && r.indicatorKey === indicatorKey && r.breakdownKey === '',
      );
      if (!cell) throw new Error(`no ${indicatorKey} total for ${unit.name}`);
      return cell;
    };
    const indicator = (key: string): IndicatorDefinition =>
      pupil.indicators.indicators.find((i) => i.key === key)!;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses(GRADES).create();
      for (const grade of GRADES)
        await setUnitPopulation(store.db, org.classes.get(grade)!.id, POPULATIONS[grade]!);
      versionId = store.malbar.versionIds['pupil-wellbeing']!;
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(versionId);
      await aContractWithGoals(store.db, org.root, [
        {
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          op: '>',
          target: 0.6,
          breakdownFilter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
        },
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'not-bullied', op: '>', target: 0.5 },
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'social-wellbeing', op: '>=', target: 3 },
      ]);
    });
    afterAll(() => store?.stop());

    it('when a round has been computed response by response, then a full recompute from the stored responses gives the same values', async () => {
      const random = mulberry32(20260101);
      // Every class's pupils, spread over the batches so that each batch touches several classes.
      const pupils = GRADES.flatMap((grade) =>
        Array.from({ length: RESPONDENTS[grade]! }, (_, i) => ({
          grade,
          level: 1 + ((i * 3 + grade) % 5),
          bullied: (i + grade) % 4 === 0,
          scored: !(grade === 4 && i === 2),
          batch: i % BATCHES,
        })),
      );
      for (let batch = 0; batch < BATCHES; batch++) {
        const answers = pupils
          .filter((p) => p.batch === batch)
          .map((p) => ({ grade: p.grade, answers: variedAnswers(pupil, random, p) }));
        const results = await Promise.all(
          answers.map((a) => submit(store.url, round.codes.get(org.classes.get(a.grade)!.id)!, a.answers)),
        );
        expect(results.map((r) => r.status)).toEqual(answers.map(() => 201));
        submitted += results.length;
        await store.settled();
      }
      expect(submitted).toBe(40);

      incremental = await snapshot();
      // Four classes, the school, the area and the municipality, each with every indicator.
      const units = new Set(incremental.values.map((r) => r.unitId));
      expect(units).toEqual(
        new Set([...org.classes.values(), org.school, org.area, org.root].map((u) => u.id)),
      );
      expect(incremental.evaluations.length).toBe(3 * units.size);

      await store.settled();
      const run = await runFullRecompute(store, {
        municipalityId: org.municipality.id,
        roundId: round.roundId,
      });
      expect(run).toMatchObject({
        status: 'done',
        total: submitted,
        processed: submitted,
        error: null,
      });

      const full = await snapshot();
      expect(differences(incremental.values, full.values, valueKey)).toEqual([]);
      expect(differences(incremental.evaluations, full.evaluations, evaluationKey)).toEqual([]);
      expect(full.values.length).toBe(incremental.values.length);
      expect(full.evaluations.length).toBe(incremental.evaluations.length);
    });

    it('when every value is stored, then it records the definition it was computed with', async () => {
      const instrument = await store.malbar.instruments.get(versionId);
      for (const rows of [incremental.values, (await snapshot()).values]) {
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const expected = instrument.definitionHashes.get(row.indicatorKey as string);
          expect(expected).toMatch(/^[0-9a-f]{16}$/);
          expect({ key: valueKey(row), hash: row.definitionHash, version: row.instrumentVersionId }).toEqual({
            key: valueKey(row),
            hash: expected,
            version: versionId,
          });
        }
      }
    });

    it("when a class's value is read, then it equals an independent computation over its raw answers", async () => {
      const raw = await store.db
        .select({ unitId: responses.unitId, answers: responses.answers })
        .from(responses)
        .where(eq(responses.roundId, round.roundId));
      expect(raw.length).toBe(submitted);
      const answersOf = (units: OrgUnit[]) =>
        raw
          .filter((r) => units.some((u) => u.id === r.unitId))
          .map((r) => r.answers as Record<string, unknown>);
      const { values } = await snapshot();
      const classes = [...org.classes.values()];
      const groups: { unit: OrgUnit; members: OrgUnit[]; population: number | null }[] = [
        ...classes.map((c) => ({ unit: c, members: [c], population: POPULATIONS[c.grade!]! })),
        {
          unit: org.school,
          members: classes,
          population: GRADES.reduce((sum, g) => sum + POPULATIONS[g]!, 0),
        },
        { unit: org.area, members: classes, population: null },
        { unit: org.root, members: classes, population: null },
      ];
      for (const { unit, members, population } of groups) {
        for (const key of ['wellbeing', 'social-wellbeing']) {
          const expected = referenceIndicator(
            indicator(key),
            pupil.indicators.itemScores,
            answersOf(members),
          );
          const stored = totalCell(values, unit, key);
          const where = `${unit.name} ${key}`;
          expect({
            where,
            n: stored.n,
            population: stored.population,
            suppressed: stored.suppressed,
          }).toEqual({
            where,
            n: expected.n,
            population,
            suppressed: false,
          });
          if (expected.value === null) {
            // 1.A answers the young form, which has no social-wellbeing items.
            expect({ where, value: stored.value }).toEqual({ where, value: null });
            continue;
          }
          expect({ where, value: stored.value }).toEqual({ where, value: expect.closeTo(expected.value, 9) });
          if (key === 'wellbeing') expect({ where, k: stored.k }).toEqual({ where, k: expected.k });
          if (population === null) {
            // No finite population correction: the reference interval itself.
            expect({ where, ciLow: stored.ciLow, ciHigh: stored.ciHigh }).toEqual({
              where,
              ciLow: expect.closeTo(expected.ciLow!, 9),
              ciHigh: expect.closeTo(expected.ciHigh!, 9),
            });
          } else if (key === 'social-wellbeing' && expected.n < population) {
            // A mean's t-interval narrows by √(1 − n/N) around the same mean (Cochran, Theorem 2.2).
            const correction = Math.sqrt(1 - expected.n / population);
            const half = (expected.ciHigh! - expected.value) * correction;
            expect({ where, ciLow: stored.ciLow, ciHigh: stored.ciHigh }).toEqual({
              where,
              ciLow: expect.closeTo(expected.value - half, 9),
              ciHigh: expect.closeTo(expected.value + half, 9),
            });
          }
        }
      }
    });

    it('when a class where everyone answered is shown, then its interval is the value itself', async () => {
      const { values } = await snapshot();
      const census = org.classes.get(9)!;
      const cell = totalCell(values, census, 'wellbeing');
      expect(cell).toMatchObject({ n: POPULATIONS[9], population: POPULATIONS[9], suppressed: false });
      expect(cell.value).toEqual(expect.any(Number));
      expect(cell.ciLow).toBe(cell.value);
      expect(cell.ciHigh).toBe(cell.value);

      // A class where only some answered keeps an interval of positive width.
      const sample = totalCell(values, org.classes.get(6)!, 'wellbeing');
      expect(sample.n).toBeLessThan(POPULATIONS[6]!);
      expect(sample.ciLow as number).toBeLessThan(sample.ciHigh as number);
    });
  });
}
