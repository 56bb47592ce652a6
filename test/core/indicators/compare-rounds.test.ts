import { compareRounds, type RoundSide } from '../../../core/indicators/compare-rounds';
import type { IndicatorDefinition } from '../../../core/indicators/indicator-definition';
import type { IndicatorStats } from '../../../core/indicators/indicator-stats';

const text = { da: 'x', nb: 'x', en: 'x' };

function anIndicator(
  measure: 'share' | 'mean',
  polarity: IndicatorDefinition['polarity'] = 'higher-is-better',
): IndicatorDefinition {
  return {
    key: 'x',
    label: text,
    description: text,
    polarity,
    unit: measure === 'share' ? 'share' : 'score',
    score: { itemSets: [['q1']], minAnsweredShare: 1 },
    measure: measure === 'share' ? { type: 'share', condition: { op: '>=', value: 3 } } : { type: 'mean' },
    breakdowns: [],
    sensitive: false,
  };
}

const shareSide = (
  k: number,
  n: number,
  population: number | null = null,
  definitionHash = 'h',
): RoundSide => ({
  stats: { n, k, sum: 0, sumSq: 0 },
  population,
  definitionHash,
});

function statsOf(scores: number[]): IndicatorStats {
  return {
    n: scores.length,
    k: 0,
    sum: scores.reduce((s, x) => s + x, 0),
    sumSq: scores.reduce((s, x) => s + x * x, 0),
  };
}
const meanSide = (scores: number[], population: number | null = null): RoundSide => ({
  stats: statsOf(scores),
  population,
  definitionHash: 'h',
});

describe('compareRounds', () => {
  it.each([
    // Newcombe (1998), Statistics in Medicine 17:873, example (a) and (b), method 10:
    // 56/70 − 48/80 = 0.2000, 95 % interval 0.0524 .. 0.3339; 9/10 − 3/10 = 0.6000, 0.1705 .. 0.8090.
    { k1: 56, n1: 70, k0: 48, n0: 80, change: 0.2, low: 0.0524, high: 0.3339 },
    { k1: 9, n1: 10, k0: 3, n0: 10, change: 0.6, low: 0.1705, high: 0.809 },
  ])(
    'when a share goes from $k0/$n0 to $k1/$n1, then the change has Newcombe’s hybrid score interval',
    ({ k1, n1, k0, n0, change, low, high }) => {
      const result = compareRounds(anIndicator('share'), shareSide(k1, n1), shareSide(k0, n0));
      expect(result).toMatchObject({ comparable: true, verdict: 'improved' });
      if (!result.comparable) throw new Error('expected a comparison');
      expect(result.change).toBeCloseTo(change, 10);
      expect(result.ciLow).toBeCloseTo(low, 3);
      expect(result.ciHigh).toBeCloseTo(high, 3);
    },
  );

  it('when a share moves within the noise of a school, then there is no detectable change', () => {
    // 40/50 vs 37/50: +0.06, interval about −0.105 .. 0.221 contains 0.
    const result = compareRounds(anIndicator('share'), shareSide(40, 50), shareSide(37, 50));
    expect(result).toMatchObject({ comparable: true, verdict: 'no-detectable-change' });
  });

  it('when lower is better and the share clearly rose, then it worsened', () => {
    const result = compareRounds(
      anIndicator('share', 'lower-is-better'),
      shareSide(56, 70),
      shareSide(48, 80),
    );
    expect(result).toMatchObject({ comparable: true, verdict: 'worsened' });
  });

  it('when a mean changes, then the change has Welch’s interval', () => {
    // s₁² = 0.3 (n 5), s₀² = 0.26667 (n 6); se² = 0.06 + 0.044444 = 0.104444; Welch–Satterthwaite
    // ν = se⁴ / (0.06²/4 + 0.044444²/5) = 8.42326; t₀.₉₇₅(8.42326) = 2.285989 (scipy.stats.t.ppf);
    // d = 4.4 − 3.3333 = 1.066667 ± 2.285989 · 0.323179 → 0.327884 .. 1.805450
    // (scipy.stats.ttest_ind(equal_var=False).confidence_interval() gives the same).
    const result = compareRounds(
      anIndicator('mean'),
      meanSide([4, 5, 4, 5, 4]),
      meanSide([3, 4, 3, 4, 3, 3]),
    );
    if (!result.comparable) throw new Error('expected a comparison');
    expect(result.change).toBeCloseTo(1.066667, 5);
    expect(result.ciLow).toBeCloseTo(0.327884, 5);
    expect(result.ciHigh).toBeCloseTo(1.80545, 5);
    expect(result.verdict).toBe('improved');
  });

  it('when both rounds were answered by everyone, then the change is exact', () => {
    const result = compareRounds(anIndicator('mean'), meanSide([4, 5, 4], 3), meanSide([3, 4, 3], 3));
    if (!result.comparable) throw new Error('expected a comparison');
    expect(result.change).toBeCloseTo(1, 12);
    expect([result.ciLow, result.ciHigh]).toEqual([result.change, result.change]);
    expect(result.verdict).toBe('improved');
  });

  it('when the population is known, then the interval is narrower than without it', () => {
    const without = compareRounds(anIndicator('share'), shareSide(20, 24), shareSide(15, 24));
    const withPopulation = compareRounds(anIndicator('share'), shareSide(20, 24, 26), shareSide(15, 24, 26));
    if (!without.comparable || !withPopulation.comparable) throw new Error('expected comparisons');
    expect(withPopulation.ciHigh - withPopulation.ciLow).toBeLessThan(without.ciHigh - without.ciLow);
  });

  it('when the items changed between the rounds, then the trend is broken, not joined', () => {
    const result = compareRounds(
      anIndicator('share'),
      shareSide(9, 10, null, 'new'),
      shareSide(3, 10, null, 'old'),
    );
    expect(result).toEqual({ comparable: false, reason: 'definition-changed' });
  });

  it('when a mean has a single respondent in a round, then there is too little to compare', () => {
    expect(compareRounds(anIndicator('mean'), meanSide([4]), meanSide([3, 4]))).toEqual({
      comparable: false,
      reason: 'too-few',
    });
  });
});

describe('compareRounds on a 0-100 index', () => {
  it('when a 1-5 mean is shown rescaled to 0-100, then its change and interval are stretched by 25', () => {
    const indexed: IndicatorDefinition = {
      ...anIndicator('mean'),
      unit: 'index',
      measure: { type: 'mean', rescale: { min: 1, max: 5 } },
    };
    const plain = compareRounds(anIndicator('mean'), meanSide([4, 5, 4, 5, 4]), meanSide([3, 4, 3, 4, 3, 3]));
    const stretched = compareRounds(indexed, meanSide([4, 5, 4, 5, 4]), meanSide([3, 4, 3, 4, 3, 3]));
    if (!plain.comparable || !stretched.comparable) throw new Error('expected comparisons');
    // 1.066667 points on 1-5 = 26.67 points on 0-100 (100 / (5 − 1) = 25 per point).
    expect(stretched.change).toBeCloseTo(26.666667, 5);
    expect(stretched.ciLow).toBeCloseTo(plain.ciLow * 25, 9);
    expect(stretched.ciHigh).toBeCloseTo(plain.ciHigh * 25, 9);
    expect(stretched.verdict).toBe(plain.verdict);
  });
});
