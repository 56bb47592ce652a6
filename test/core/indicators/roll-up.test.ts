import fc from 'fast-check';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { StatsTable } from '../../../core/indicators/indicator-stats';
import { populationsOf, rollUp, withAncestors, type TreeNode } from '../../../core/indicators/roll-up';
import {
  addResponse,
  responseAdder,
  scoreResponse,
  tableFromAnswers,
} from '../../../core/indicators/score-response';

const text = { da: 'x', nb: 'x', en: 'x' };
const scale = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const indicatorBase = {
  label: text,
  description: text,
  polarity: 'higher-is-better',
  score: { itemSets: [['q1', 'q2']], minAnsweredShare: 0.5 },
};

/** "thriving" (share with mean q1, q2 >= 3.5) by grade and gender; "wellbeing" (mean) by grade only. */
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text },
  breakdowns: [
    { key: 'grade', question: 'grade', label: text },
    { key: 'gender', question: 'gender', label: text },
  ],
  itemScores: { q1: scale, q2: scale },
  indicators: [
    {
      ...indicatorBase,
      key: 'thriving',
      unit: 'share',
      measure: { type: 'share', condition: { op: '>=', value: 3.5 } },
      breakdowns: ['grade', 'gender'],
    },
    { ...indicatorBase, key: 'wellbeing', unit: 'score', measure: { type: 'mean' }, breakdowns: ['grade'] },
  ],
});

const node = (id: string, parentId: string | null, population: number | null = null): TreeNode => ({
  id,
  parentId,
  population,
});

/** Municipality m → schools s1, s2 → classes c11, c12 and c21, c22. */
const nodes = [
  node('m', null),
  node('s1', 'm'),
  node('s2', 'm'),
  node('c11', 's1'),
  node('c12', 's1'),
  node('c21', 's2'),
  node('c22', 's2'),
];
const allIds = new Set(nodes.map((n) => n.id));

function subtreeOf(id: string): string[] {
  return [id, ...nodes.filter((n) => n.parentId === id).flatMap((n) => subtreeOf(n.id))];
}

type Answers = Record<string, unknown>;
const anItem = fc.constantFrom<unknown>('1', '2', '3', '4', '5', 4, 'dont-know', null);
const aResponse = fc.record(
  {
    q1: anItem,
    q2: anItem,
    grade: fc.constantFrom<unknown>('1', '6', 9, ''),
    gender: fc.constantFrom('g', 'b'),
  },
  { requiredKeys: [] },
);
const someResponses = fc.array(aResponse, { maxLength: 12 });
/** Responses given directly to each class, and a few to school s1 itself (e.g. a pupil without a class). */
const responsesByUnit = fc.record({
  c11: someResponses,
  c12: someResponses,
  c21: someResponses,
  c22: someResponses,
  s1: someResponses,
});

function directTables(byUnit: Record<string, Answers[]>): Map<string, StatsTable> {
  return new Map(Object.entries(byUnit).map(([id, list]) => [id, tableFromAnswers(instrument, list)]));
}

const cellId = (c: { indicatorKey: string; breakdownKey: string; breakdownValue: string }) =>
  `${c.indicatorKey}/${c.breakdownKey}/${c.breakdownValue}`;

function expectSameStats(actual: StatsTable | undefined, expected: StatsTable): void {
  expect(actual).toBeDefined();
  expect(actual!.all().map(cellId).sort()).toEqual(expected.all().map(cellId).sort());
  for (const { indicatorKey, breakdownKey, breakdownValue, stats } of expected.all()) {
    const got = actual!.find(indicatorKey, breakdownKey, breakdownValue)!.stats;
    expect([got.n, got.k]).toEqual([stats.n, stats.k]);
    expect(got.sum).toBeCloseTo(stats.sum, 9);
    expect(got.sumSq).toBeCloseTo(stats.sumSq, 9);
  }
}

describe('scoreResponse and addResponse', () => {
  it('when a pupil answers both items and a grade, then they count in the total and in their grade', () => {
    // score (5 + 4)/2 = 4.5 ≥ 3.5; no gender answered → no gender cell
    const answers = { q1: '5', q2: 4, grade: 6 };
    expect(scoreResponse(instrument, answers)).toEqual({
      scores: [4.5, 4.5],
      meets: [true, false],
      groups: ['6', null],
    });
    const table = tableFromAnswers(instrument, [answers]);
    expect(table.all().map(cellId).sort()).toEqual([
      'thriving//',
      'thriving/grade/6',
      'wellbeing//',
      'wellbeing/grade/6',
    ]);
    expect(table.find('thriving', 'grade', '6')!.stats).toEqual({ n: 1, k: 1, sum: 4.5, sumSq: 20.25 });
  });

  it('when a pupil has no score, then their groups exist with n = 0', () => {
    const table = new StatsTable();
    addResponse(table, instrument, scoreResponse(instrument, { q1: 'dont-know', grade: '1', gender: 'g' }));
    expect(table.find('thriving', 'gender', 'g')!.stats).toEqual({ n: 0, k: 0, sum: 0, sumSq: 0 });
    // "wellbeing" does not list gender
    expect(table.find('wellbeing', 'gender', 'g')).toBeUndefined();
  });
});

describe('responseAdder', () => {
  it("when it adds a unit's responses one after another, then the table is addResponse's: the same cells in the same order, the same numbers", () => {
    fc.assert(
      fc.property(someResponses, (responses) => {
        const expected = new StatsTable();
        const table = new StatsTable();
        const add = responseAdder(table, instrument);
        for (const answers of responses) {
          addResponse(expected, instrument, scoreResponse(instrument, answers));
          add(scoreResponse(instrument, answers));
        }
        expect(table.all()).toEqual(expected.all());
      }),
    );
  });
});

describe('rollUp', () => {
  it('when every unit is affected, then each subtree equals the table of all its responses', () => {
    fc.assert(
      fc.property(responsesByUnit, (byUnit) => {
        const rolled = rollUp({ nodes, affected: allIds, direct: directTables(byUnit), stored: new Map() });
        const units: Record<string, Answers[]> = byUnit;
        for (const id of allIds) {
          const responses = subtreeOf(id).flatMap((unit) => units[unit] ?? []);
          expectSameStats(rolled.get(id), tableFromAnswers(instrument, responses));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('when one class gets new responses, then rolling up it and its ancestors equals a full roll-up', () => {
    fc.assert(
      fc.property(responsesByUnit, someResponses, (before, added) => {
        const previous = rollUp({ nodes, affected: allIds, direct: directTables(before), stored: new Map() });
        const after = { ...before, c21: [...before.c21, ...added] };

        const affected = withAncestors(nodes, ['c21']);
        const stored = new Map([...previous].filter(([id]) => !affected.has(id)));
        const incremental = rollUp({ nodes, affected, direct: directTables(after), stored });
        const full = rollUp({ nodes, affected: allIds, direct: directTables(after), stored: new Map() });

        expect([...incremental.keys()].sort()).toEqual(['c21', 'm', 's2']);
        for (const id of affected) expectSameStats(incremental.get(id), full.get(id)!);
      }),
      { numRuns: 100 },
    );
  });
});

describe('populationsOf', () => {
  it('when a unit records its own population, then that wins over its children', () => {
    const populations = populationsOf([node('s', null, 50), node('a', 's', 20), node('b', 's', 20)]);
    expect(populations.get('s')).toBe(50);
  });

  it('when every child is known, then the parents have the sum, up through the tree', () => {
    // s1 = 24 + 20 = 44, s2 = 18 + 22 = 40, m = 44 + 40 = 84; listed children first to test the order
    const known = [
      node('c22', 's2', 22),
      node('c21', 's2', 18),
      node('c12', 's1', 20),
      node('c11', 's1', 24),
      node('s2', 'm'),
      node('s1', 'm'),
      node('m', null),
    ];
    expect(Object.fromEntries(populationsOf(known))).toEqual({
      m: 84,
      s1: 44,
      s2: 40,
      c11: 24,
      c12: 20,
      c21: 18,
      c22: 22,
    });
  });

  it('when one child is unknown, then its parent and the parent’s unrecorded ancestors are unknown', () => {
    const populations = populationsOf([
      node('m', null),
      node('s1', 'm'),
      node('s2', 'm', 40),
      node('c11', 's1', 24),
      node('c12', 's1'),
    ]);
    expect(populations.get('c12')).toBeNull();
    expect(populations.get('s1')).toBeNull();
    expect(populations.get('s2')).toBe(40);
    expect(populations.get('m')).toBeNull();
  });
});

describe('withAncestors', () => {
  it('when given one class, then it returns the class, its school and the municipality', () => {
    expect([...withAncestors(nodes, ['c21'])].sort()).toEqual(['c21', 'm', 's2']);
  });

  it('when given two classes of one school, then the shared ancestors appear once', () => {
    expect([...withAncestors(nodes, ['c11', 'c12'])].sort()).toEqual(['c11', 'c12', 'm', 's1']);
  });

  it('when given an unknown id or nothing, then the set is empty', () => {
    expect(withAncestors(nodes, ['nowhere']).size).toBe(0);
    expect(withAncestors(nodes, []).size).toBe(0);
  });
});
