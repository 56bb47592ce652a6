import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { computeIndicatorCells } from '../../../core/indicators/compute-indicator-cells';
import { compareRounds } from '../../../core/indicators/compare-rounds';

const text = { da: 'x', nb: 'x', en: 'x' };
const declaration = (itemSets: string[][]) => ({
  instrument: { key: 'pupils', version: 1, name: text },
  itemScores: { bullied: { '1': 5, '2': 4, '3': 1 }, other: { '1': 1 } },
  indicators: [
    {
      key: 'bullied-frequency',
      label: text,
      description: text,
      polarity: 'neutral',
      unit: 'distribution',
      score: { itemSets, minAnsweredShare: 1 },
      measure: { type: 'distribution' },
    },
  ],
});

describe('a distribution over answer categories', () => {
  it('when declared over one item, then it becomes one share per category in scale order', () => {
    const { indicators } = InstrumentIndicators.parse(declaration([['bullied']]));
    expect(indicators.map((i) => [i.key, i.measure, i.category?.value])).toEqual([
      ['bullied-frequency--3', { type: 'share', condition: { op: '=', value: 1 } }, '3'],
      ['bullied-frequency--2', { type: 'share', condition: { op: '=', value: 4 } }, '2'],
      ['bullied-frequency--1', { type: 'share', condition: { op: '=', value: 5 } }, '1'],
    ]);
    expect(indicators.every((i) => i.unit === 'share' && i.polarity === 'neutral')).toBe(true);
  });

  it('when 10 pupils answer 6 × "1", 3 × "2", 1 × "3" and one skips, then the shares are 60 %, 30 % and 10 % of the 10', () => {
    const instrument = InstrumentIndicators.parse(declaration([['bullied']]));
    const answers = [
      ...Array.from({ length: 6 }, () => ({ bullied: '1' })),
      ...Array.from({ length: 3 }, () => ({ bullied: '2' })),
      { bullied: '3' },
      {},
    ];
    const totals = computeIndicatorCells(instrument, answers).filter((c) => c.breakdownKey === '');
    expect(totals.map((c) => [c.indicatorKey, c.n, c.k, c.value])).toEqual([
      ['bullied-frequency--3', 10, 1, 0.1],
      ['bullied-frequency--2', 10, 3, 0.3],
      ['bullied-frequency--1', 10, 6, 0.6],
    ]);
  });

  it('when a distribution names more than one item, then the definition is refused where it says so', () => {
    const parsed = InstrumentIndicators.safeParse(declaration([['bullied', 'other']]));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['indicators', 0, 'score', 'itemSets'],
      message: 'a distribution is over exactly one scored item',
    });
  });

  it.each([
    [
      'a repeated group',
      { 'kids[].bullied': { '1': 5, '2': 4 } },
      'kids[].bullied',
      'a distribution is over an item with one answer per respondent, not a repeated group',
    ],
    [
      'two answers with one score',
      { travel: { walk: 1, bike: 2, other: 2 } },
      'travel',
      'a distribution needs a different score for each answer value, so that each is a category of its own',
    ],
  ])(
    'when a distribution is over %s, then it is refused where it says so',
    (_, itemScores, item, message) => {
      const parsed = InstrumentIndicators.safeParse({
        ...declaration([[item]]),
        itemScores,
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ['indicators', 0, 'score', 'itemSets'],
        message,
      });
    },
  );

  it('when a category’s share clearly changes, then it has changed, neither improved nor worsened', () => {
    const [category] = InstrumentIndicators.parse(declaration([['bullied']])).indicators;
    const side = (k: number, n: number) => ({
      stats: { n, k, sum: 0, sumSq: 0 },
      population: null,
      definitionHash: 'h',
    });
    expect(compareRounds(category!, side(56, 70), side(48, 80))).toMatchObject({
      comparable: true,
      verdict: 'changed',
    });
  });
});
