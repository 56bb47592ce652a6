import { computeIndicator } from '../../../core/indicators/compute-indicator';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { scoreResponse, tableFromAnswers } from '../../../core/indicators/score-response';

const text = { da: 'x', nb: 'x', en: 'x' };
const scale5 = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const indicator = (key: string, itemSets: string[][], minAnsweredShare: number, rest: object) => ({
  key,
  label: text,
  description: text,
  polarity: 'higher-is-better',
  score: { itemSets, minAnsweredShare },
  breakdowns: ['grade', 'kids-age'],
  ...rest,
});

/**
 * A matrix `env` whose rows noise, light and air make one index; a ranking `rank` (share ranking
 * the bus first); a radiogroup `travel` with an 'other' item coded 5 and a 'none' item not scored;
 * a dynamic panel `children`, one panel per child; a background question named `bg.grade`.
 */
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'parents', version: 1, name: text },
  breakdowns: [
    { key: 'grade', question: 'bg.grade', label: text },
    // A repeated group has no single group per respondent (check-instrument refuses it): no group.
    { key: 'kids-age', question: 'children[].age', label: text },
  ],
  itemScores: {
    'env.noise': scale5,
    'env.light': scale5,
    'env.air': scale5,
    'rank.bus': { '1': 1, '2': 0, '3': 0 },
    travel: { walk: 1, bike: 2, bus: 3, other: 5 },
    'children[].happy': scale5,
  },
  indicators: [
    indicator('environment', [['env.noise', 'env.light', 'env.air']], 0.5, {
      unit: 'score',
      measure: { type: 'mean' },
    }),
    indicator('bus-first', [['rank.bus']], 1, {
      unit: 'share',
      measure: { type: 'share', condition: { op: '>=', value: 1 } },
    }),
    indicator('travel', [['travel']], 1, {
      polarity: 'neutral',
      unit: 'distribution',
      measure: { type: 'distribution' },
    }),
    indicator('children-happy', [['children[].happy']], 1, { unit: 'score', measure: { type: 'mean' } }),
  ],
});

const respondents: Record<string, unknown>[] = [
  // A: env (4 + 5 + 3) / 3 = 4 · bus ranked 1st · bike · children (4 + 2) / 2 = 3 · grade 6
  {
    env: { noise: '4', light: '5', air: '3' },
    rank: ['bus', 'bike', 'walk'],
    travel: 'bike',
    children: [
      { happy: '4', age: '7' },
      { happy: '2', age: '9' },
    ],
    'bg.grade': '6',
  },
  // B: env 2 of 3 rows ≥ one half → (2 + 2) / 2 = 2 · bus 2nd · other (its text aside) · 5 · grade 6
  {
    env: { noise: '2', light: '2' },
    rank: ['walk', 'bus', 'bike'],
    travel: 'other',
    'travel-Comment': 'by horse',
    children: [{ happy: '5' }],
    'bg.grade': '6',
  },
  // C: env 1 of 3 < one half → no score · bus 3rd · 'none' is not scored · no child scored · grade 7
  {
    env: { noise: '5' },
    rank: ['bike', 'walk', 'bus'],
    travel: 'none',
    children: [{}, { happy: 'dont-know' }],
    'bg.grade': '7',
  },
  // D: stored in old or broken shapes: nothing is scored, nothing throws, no group
  { env: 'broken', rank: 'bus', travel: ['bike'], children: { happy: '5' }, 'bg.grade': { v: 6 } },
  // E: bus not ranked · other · three children (1 + 1 + 4) / 3 = 2, counted once
  {
    rank: [],
    travel: 'other',
    children: [{ happy: '1' }, { happy: '1' }, { happy: '4' }],
  },
];

const table = tableFromAnswers(instrument, respondents);
const total = (key: string) => table.find(key, '', '')?.stats;

describe('indicators over item paths', () => {
  it('when a matrix’s three rows are one index, then each respondent is the mean of their rows', () => {
    // A 4, B 2; C and D too few rows → n 2, sum 6, sum of squares 16 + 4 = 20
    expect(total('environment')).toEqual({ n: 2, k: 0, sum: 6, sumSq: 20 });
    const [environment] = instrument.indicators;
    expect(computeIndicator(environment!, instrument.itemScores, respondents)).toMatchObject({
      n: 2,
      value: 3,
    });
  });

  it('when a share counts ranking the bus first, then it is k of those who ranked the bus', () => {
    // A 1st (yes), B 2nd, C 3rd; D's ranking is no array, E left the bus out → n 3, k 1
    expect(total('bus-first')).toMatchObject({ n: 3, k: 1 });
  });

  it('when a distribution’s item codes "other", then "other" is a category of its own and unscored "none" is no answer', () => {
    const categories = instrument.indicators.filter((i) => i.category?.of === 'travel');
    // scale order: walk 1, bike 2, bus 3, other 5
    expect(categories.map((c) => c.category?.value)).toEqual(['walk', 'bike', 'bus', 'other']);
    // A bike, B other, E other; C 'none' and D's array are not answers → n 3
    expect(categories.map((c) => [c.category?.value, total(c.key)?.n, total(c.key)?.k])).toEqual([
      ['walk', 3, 0],
      ['bike', 3, 1],
      ['bus', 3, 0],
      ['other', 3, 2],
    ]);
  });

  it('when a dynamic panel holds one child per panel, then a parent counts once with the mean of their children', () => {
    // A 3, B 5, E 2; C has no scored child, D's panels are no array → n 3 persons, not 6 children
    // sum 3 + 5 + 2 = 10, sum of squares 9 + 25 + 4 = 38
    expect(total('children-happy')).toEqual({ n: 3, k: 0, sum: 10, sumSq: 38 });
  });

  it('when a breakdown’s question name holds a dot, then respondents are grouped by that question', () => {
    // grade 6: A 4 and B 2; grade 7: C, counted with no score
    expect(table.find('environment', 'grade', '6')?.stats).toEqual({ n: 2, k: 0, sum: 6, sumSq: 20 });
    expect(table.find('environment', 'grade', '7')?.stats.n).toBe(0);
    expect(table.groups('environment', 'grade').map((g) => g.breakdownValue)).toEqual(['6', '7']);
  });

  it('when a breakdown reads a repeated group or a malformed answer, then the respondent is in no group', () => {
    expect(scoreResponse(instrument, respondents[0]!).groups).toEqual(['6', null]);
    expect(scoreResponse(instrument, respondents[3]!).groups).toEqual([null, null]);
    expect(table.groups('environment', 'kids-age')).toEqual([]);
  });
});
