import fc from 'fast-check';
import { changeInterval, compareRounds, type RoundSide } from '../../../core/indicators/compare-rounds';
import type { IndicatorDefinition } from '../../../core/indicators/indicator-definition';
import { censusChange } from '../../../core/sick-leave/census-change';

const text = { da: 'x', nb: 'x', en: 'x' };

function anIndicator(measure: 'share' | 'mean'): IndicatorDefinition {
  return {
    key: 'x',
    label: text,
    description: text,
    polarity: 'higher-is-better',
    unit: measure === 'share' ? 'share' : 'score',
    score: { itemSets: [['q1']], minAnsweredShare: 1 },
    measure: measure === 'share' ? { type: 'share', condition: { op: '>=', value: 3 } } : { type: 'mean' },
    breakdowns: [],
    sensitive: false,
  };
}

const shareSide = (k: number, n: number, population: number | null = null): RoundSide => ({
  stats: { n, k, sum: 0, sumSq: 0 },
  population,
  definitionHash: 'h',
});

const meanSide = (scores: number[], population: number | null = null): RoundSide => ({
  stats: {
    n: scores.length,
    k: 0,
    sum: scores.reduce((s, x) => s + x, 0),
    sumSq: scores.reduce((s, x) => s + x * x, 0),
  },
  population,
  definitionHash: 'h',
});

function pOf(indicator: IndicatorDefinition, current: RoundSide, previous: RoundSide) {
  const result = compareRounds(indicator, current, previous);
  if (!result.comparable) throw new Error('expected a comparison');
  return result;
}

describe('the p-value of a change between rounds', () => {
  it('when a mean changes, then p is the two-sided Welch test’s', () => {
    // 4,5,4,5,4 against 3,4,3,4,3,3: d = 1.066667, se = 0.323179, T = d/se = 3.300548,
    // ν = 8.42326 (compare-rounds.test.ts); p = 2·P(T₈.₄₂₃ > 3.300548) = 0.0100991
    // (scipy.stats.ttest_ind(equal_var=False).pvalue = 0.010099096439475591).
    const result = pOf(anIndicator('mean'), meanSide([4, 5, 4, 5, 4]), meanSide([3, 4, 3, 4, 3, 3]));
    expect(result.pValue).toBeCloseTo(0.0100990964, 9);
    expect(result.verdict).toBe('improved');
  });

  it.each([
    // Newcombe's hybrid score interval inverted: the α whose lower bound touches 0, found with
    // scipy.optimize.brentq on an independent implementation (z = scipy.stats.norm.isf(α/2)).
    // 56/70 vs 48/80: 95 % interval 0.0524 .. 0.3339; lower bound 0 at z* = 2.646492, p = 0.00813314.
    { k1: 56, n1: 70, k0: 48, n0: 80, p: 0.008133140358606824 },
    // 9/10 vs 3/10: 0.1705 .. 0.8090; z* = 2.809399, p = 0.00496340.
    { k1: 9, n1: 10, k0: 3, n0: 10, p: 0.004963401417510224 },
    // 40/50 vs 37/50: −0.1051 .. 0.2214 holds 0; it would exclude 0 only at z* = 0.712316, p = 0.47627.
    { k1: 40, n1: 50, k0: 37, n0: 50, p: 0.4762692375408106 },
  ])(
    'when a share goes from $k0/$n0 to $k1/$n1, then p is where Newcombe’s interval first excludes 0',
    ({ k1, n1, k0, n0, p }) => {
      const result = pOf(anIndicator('share'), shareSide(k1, n1), shareSide(k0, n0));
      expect(result.pValue / p).toBeCloseTo(1, 8);
    },
  );

  it('when two censuses differ, then p is 0; when they agree, then p is 1', () => {
    const share = anIndicator('share');
    expect(pOf(share, shareSide(20, 24, 24), shareSide(15, 24, 24)).pValue).toBe(0);
    expect(pOf(share, shareSide(15, 24, 24), shareSide(15, 24, 24)).pValue).toBe(1);
    const mean = anIndicator('mean');
    expect(pOf(mean, meanSide([4, 5, 4], 3), meanSide([3, 4, 3], 3)).pValue).toBe(0);
    expect(pOf(mean, meanSide([4, 5, 4], 3), meanSide([5, 4, 4], 3)).pValue).toBe(1);
    // Sick leave counts every employee: two rates are two censuses.
    expect(censusChange(6.1, 5.2)).toMatchObject({ verdict: 'worsened', pValue: 0 });
    expect(censusChange(5.2, 5.2)).toMatchObject({ verdict: 'no-detectable-change', pValue: 1 });
  });

  it('when a sample does not move at all, then p is 1', () => {
    expect(pOf(anIndicator('share'), shareSide(30, 40), shareSide(15, 20)).pValue).toBe(1);
  });
});

/**
 * Any share round: k of n, with or without a population; `beyond` 0 lets a population equal n
 * (a census), 1 keeps every round a sample.
 */
const aShareRound = (beyond: number) =>
  fc
    .integer({ min: 1, max: 400 })
    .chain((n) =>
      fc
        .tuple(fc.integer({ min: 0, max: n }), fc.option(fc.integer({ min: n + beyond, max: 3 * n + 5 })))
        .map(([k, population]) => shareSide(k, n, population ?? null)),
    );

/** Any mean round: 2 to 60 scores on 1-5, with or without a population (`beyond` as for shares). */
const aMeanRound = (beyond: number) =>
  fc
    .array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 60 })
    .chain((scores) =>
      fc
        .option(fc.integer({ min: scores.length + beyond, max: 3 * scores.length }))
        .map((population) => meanSide(scores, population ?? null)),
    );

describe.each([
  { measure: 'share' as const, round: aShareRound },
  { measure: 'mean' as const, round: aMeanRound },
])('the p-value of any $measure change', ({ measure, round }) => {
  const indicator = anIndicator(measure);

  it('when a change is marked, then p < 0.05, and when not, then p ≥ 0.05', () => {
    fc.assert(
      fc.property(round(0), round(0), (current, previous) => {
        const result = pOf(indicator, current, previous);
        expect(result.pValue < 0.05).toBe(result.verdict !== 'no-detectable-change');
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('when p is strictly between 0 and 1, then the interval excludes 0 just above p and holds it just below', () => {
    const excludesZero = (current: RoundSide, previous: RoundSide, alpha: number) => {
      const interval = changeInterval(indicator, current, previous, alpha)!;
      return interval.ciLow > 0 || interval.ciHigh < 0;
    };
    fc.assert(
      fc.property(round(1), round(1), (current, previous) => {
        const { pValue } = pOf(indicator, current, previous);
        // Below 1e-12 the t quantile 1 − α/2 rounds towards 1; those are far from any verdict.
        // p = 1: the rounds agree exactly (or a mean has no spread in either).
        fc.pre(pValue > 1e-12 && pValue < 1);
        expect(excludesZero(current, previous, pValue * 1.0001)).toBe(true);
        expect(excludesZero(current, previous, pValue / 1.0001)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
