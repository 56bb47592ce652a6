import { AttackerSystem } from '../../../core/anonymity/bounds/attacker-system';
import { BoundEvaluator } from '../../../core/anonymity/bounds/bound-evaluator';
import { checkStatistic } from '../../../core/anonymity/bounds/check-protection';
import { layerRelations } from '../../../core/anonymity/bounds/layer-relations';
import type { TableLayer } from '../../../core/anonymity/bounds/table-layer';
import type { BoundSolver } from '../../../core/anonymity/bound-solver';
import { familyModel } from '../../../core/anonymity/family-statistics';
import { cellGroupId } from '../../../core/anonymity/group-id';
import { loadHighsBoundSolver } from '../../../worker/anonymity/highs-bound-solver';
import { instrument } from './support/release-fixture';

// A school of two classes; the school is shown, both classes hidden. What a reader can pin of
// class p from the school's numbers, the classes' answer counts and each scale's ends.
const units = [
  { id: 'school', parentId: null },
  { id: 'p', parentId: 'school' },
  { id: 's', parentId: 'school' },
];
const stats = (n: number, k: number, sum = 0) => ({ n, k, sum, sumSq: 0 });

function layer(
  p: { n: number; k: number; sum?: number },
  s: { n: number; k: number; sum?: number },
): TableLayer {
  const cell = (key: string, st: ReturnType<typeof stats>, shown: boolean) =>
    [key, { stats: st, shown }] as const;
  const group = (x: typeof p, shown: boolean) =>
    new Map([
      cell('not-bullied', stats(x.n, x.k), shown),
      cell('happiness', stats(x.n, 0, x.sum ?? 0), shown),
    ]);
  return {
    cells: new Map([
      [
        cellGroupId('school', '', ''),
        group({ n: p.n + s.n, k: p.k + s.k, sum: (p.sum ?? 0) + (s.sum ?? 0) }, true),
      ],
      [cellGroupId('p', '', ''), group(p, false)],
      [cellGroupId('s', '', ''), group(s, false)],
    ]),
    goals: new Map(),
    subtreeResponses: new Map([
      ['school', p.n + s.n],
      ['p', p.n],
      ['s', s.n],
    ]),
  };
}

const model = familyModel(instrument, new Set(['not-bullied', 'happiness']));
const statistic = (key: string) => model.statistics.find((s) => s.key === key)!;
// The protection asked for in full: no larger shown group says anything of p's members here.
const full = (own: { parts: number[] }) => ({
  parts: own.parts.map(() => 1),
  allAlike: own.parts.map(() => false),
  sum: 4,
  atTop: false,
  atBottom: false,
  dependsOn: [],
});
let solver: BoundSolver;
beforeAll(async () => {
  solver = await loadHighsBoundSolver();
});

function check(table: TableLayer, key: string) {
  const system = new AttackerSystem(model, [table], [layerRelations(units, table, () => true)]);
  const bounds = new BoundEvaluator(system, solver);
  try {
    const finding = checkStatistic(
      system,
      bounds,
      { group: cellGroupId('p', '', ''), layer: 0 },
      statistic(key),
      full,
    );
    const part = (i: number) => system.part(0, cellGroupId('p', '', ''), statistic(key) as never, i)!;
    return { finding, bounds, part, system };
  } finally {
    bounds.dispose();
  }
}

describe('what a reader can pin of a hidden small group', () => {
  it('when the two hidden classes together are all not bullied, then the class of 3 is pinned to all of them', () => {
    // School 17 of 17 not bullied: p (3) and s (14) are each 'all', whatever their split.
    const { finding } = check(layer({ n: 3, k: 3 }, { n: 14, k: 14 }), 'not-bullied');
    expect(finding).toMatchObject({ kind: 'all-alike', part: 0 });
  });

  it('when the other hidden class has two bullied pupils, then p may have 0..2 of them: protected', () => {
    const system = new AttackerSystem(
      model,
      [layer({ n: 3, k: 3 }, { n: 14, k: 12 })],
      [layerRelations(units, layer({ n: 3, k: 3 }, { n: 14, k: 12 }), () => true)],
    );
    const bounds = new BoundEvaluator(system, solver);
    const p = cellGroupId('p', '', '');
    const nb = statistic('not-bullied') as never;
    // no(p) ≤ the school's 2 bullied; yes(p) ≥ 3 − 2 = 1 since p has 3 answers (counts are live).
    expect(bounds.maximize(system.part(0, p, nb, 1)!)).toBeCloseTo(2);
    expect(bounds.minimize(system.part(0, p, nb, 0)!)).toBeCloseTo(1);
    expect(checkStatistic(system, bounds, { group: p, layer: 0 }, statistic('not-bullied'), full)).toBeNull();
    bounds.dispose();
  });

  it("when a single pupil's score is squeezed into 4..5 by the school's sum, then its interval is narrower than one respondent's range", () => {
    // p: one pupil scoring 5; s: four scoring 19 in all; the school 24 of 5 pupils. s ≤ 20, so
    // p ≥ 24 − 20 = 4: p's sum lies in 4..5, narrower than the scale's 1..5.
    const { finding } = check(layer({ n: 1, k: 0, sum: 5 }, { n: 4, k: 0, sum: 19 }), 'happiness');
    expect(finding).toMatchObject({ kind: 'narrow' });
  });

  it('when the other class spreads over the whole scale, then the pupil could have scored anything', () => {
    // s: four pupils scoring 10 in all (room to give or take 4 either way), p: 3.
    const { finding } = check(layer({ n: 1, k: 0, sum: 3 }, { n: 4, k: 0, sum: 10 }), 'happiness');
    expect(finding).toBeNull();
  });
});
