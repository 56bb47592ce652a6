import fc from 'fast-check';
import { computeIndicator } from '../../../core/indicators/compute-indicator';
import { estimateFromStats } from '../../../core/indicators/estimate-from-stats';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { wilsonInterval } from '../../../core/statistics/wilson-interval';
import { referenceIndicator } from '../../support/reference-indicator';

const text = { da: 'x', nb: 'x', en: 'x' };
const scale = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** "wellbeing": the mean of q1..q3 (at least half answered); "thriving": the share with that mean >= 3.5. */
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text },
  itemScores: { q1: scale, q2: scale, q3: scale },
  indicators: [
    {
      key: 'wellbeing',
      label: text,
      description: text,
      polarity: 'higher-is-better',
      unit: 'score',
      score: { itemSets: [['q1', 'q2', 'q3']], minAnsweredShare: 0.5 },
      measure: { type: 'mean' },
    },
    {
      key: 'thriving',
      label: text,
      description: text,
      polarity: 'higher-is-better',
      unit: 'share',
      score: { itemSets: [['q1', 'q2', 'q3']], minAnsweredShare: 0.5 },
      measure: { type: 'share', condition: { op: '>=', value: 3.5 } },
    },
  ],
});
const mean = instrument.indicators[0]!;
const share = instrument.indicators[1]!;

/** An item answer: a scored value (as text or number), "don't know" (unscored), null or left out. */
const anAnswer = fc.constantFrom<unknown>('1', '2', '3', '4', '5', 1, 3, 5, 'dont-know', null);
const answerSets = fc.array(fc.record({ q1: anAnswer, q2: anAnswer, q3: anAnswer }, { requiredKeys: [] }), {
  maxLength: 40,
});

describe('estimateFromStats for a share', () => {
  it('when k=15 of n=20, then the value is k/n with the Wilson interval', () => {
    const estimate = estimateFromStats(share, { n: 20, k: 15, sum: 0, sumSq: 0 });
    const { low, high } = wilsonInterval(15, 20);
    expect(estimate).toEqual({ n: 20, k: 15, value: 0.75, ciLow: low, ciHigh: high });
  });

  it('when the population is 24, then the interval is Wilson with the correction √(4/23)', () => {
    // See finite-population.test.ts: effective n = 115 → 0.6636479 .. 0.8201894
    const estimate = estimateFromStats(share, { n: 20, k: 15, sum: 0, sumSq: 0 }, 24);
    expect(estimate.ciLow).toBeCloseTo(0.6636479, 6);
    expect(estimate.ciHigh).toBeCloseTo(0.8201894, 6);
  });

  it('when everyone in the population answered, then the interval is the share itself', () => {
    const estimate = estimateFromStats(share, { n: 20, k: 15, sum: 0, sumSq: 0 }, 20);
    expect(estimate).toMatchObject({ value: 0.75, ciLow: 0.75, ciHigh: 0.75 });
  });

  it('when nobody has a score, then k is 0 and the value and interval are null', () => {
    expect(estimateFromStats(share, { n: 0, k: 0, sum: 0, sumSq: 0 })).toEqual({
      n: 0,
      k: 0,
      value: null,
      ciLow: null,
      ciHigh: null,
    });
  });
});

describe('estimateFromStats for a mean', () => {
  it.each([mean, share])(
    'when answers are random, then $key agrees with the raw-score reference to 1e-9',
    (indicator) => {
      fc.assert(
        fc.property(answerSets, (answersList) => {
          const actual = computeIndicator(indicator, instrument.itemScores, answersList);
          const expected = referenceIndicator(indicator, instrument.itemScores, answersList);
          expect(actual.n).toBe(expected.n);
          expect(actual.k).toBe(expected.k);
          for (const field of ['value', 'ciLow', 'ciHigh'] as const) {
            if (expected[field] === null) expect(actual[field]).toBeNull();
            else expect(actual[field]).toBeCloseTo(expected[field], 9);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('when scores 3, 4, 5, 4 come from a population of 6, then the t-interval has the correction', () => {
    // n = 4, sum = 16, sumSq = 9 + 16 + 25 + 16 = 66 → x̄ = 4, s² = (66 − 16²/4)/3 = 2/3, s = 0.8164966
    // t(0.975, 3) = 3.182446; f = √((6 − 4)/(6 − 1)) = √(2/5) = 0.6324555
    // half = 3.182446 · 0.8164966 · 0.6324555 / √4 = 0.821704 → 3.178296 .. 4.821704
    const estimate = estimateFromStats(mean, { n: 4, k: 0, sum: 16, sumSq: 66 }, 6);
    expect(estimate).toEqual({
      n: 4,
      k: null,
      value: 4,
      ciLow: expect.closeTo(3.178296, 5),
      ciHigh: expect.closeTo(4.821704, 5),
    });
  });

  it('when one respondent has a score, then the value is theirs and there is no interval', () => {
    expect(estimateFromStats(mean, { n: 1, k: 0, sum: 4, sumSq: 16 })).toEqual({
      n: 1,
      k: null,
      value: 4,
      ciLow: null,
      ciHigh: null,
    });
  });

  it('when nobody has a score, then the value, k and interval are null', () => {
    expect(estimateFromStats(mean, { n: 0, k: 0, sum: 0, sumSq: 0 })).toEqual({
      n: 0,
      k: null,
      value: null,
      ciLow: null,
      ciHigh: null,
    });
  });
});

describe('a mean rescaled to 0-100', () => {
  /** An instrument with one 1-5 item shown as a mean rescaled to 0-100, declared with `unit`. */
  const declaring = (unit: string) => ({
    instrument: { key: 'care', version: 1, name: text },
    itemScores: { q1: scale },
    indicators: [
      {
        key: 'index',
        label: text,
        description: text,
        polarity: 'higher-is-better',
        unit,
        score: { itemSets: [['q1']], minAnsweredShare: 1 },
        measure: { type: 'mean', rescale: { min: 1, max: 5 } },
      },
    ],
  });
  const indexed = InstrumentIndicators.parse(declaring('index')).indicators[0]!;

  it('when scores 3, 4, 5, 4 are shown on 0-100, then the mean 4 is 75 and the interval maps the same way', () => {
    // Mean 4, s = √(2/3) = 0.816497, t₀.₉₇₅(3) = 3.182446: half-width 3.182446 · 0.816497 / √4 =
    // 1.299235, so 2.700765 .. 5.299235 on 1-5, and (x − 1) / 4 · 100 → 42.5191 .. 107.4809 on 0-100
    // (an interval may reach past the ends of a scale).
    const stats = { n: 4, k: 0, sum: 16, sumSq: 9 + 16 + 25 + 16 };
    const estimate = estimateFromStats(indexed, stats);
    expect(estimate.value).toBeCloseTo(75, 9);
    expect(estimate.ciLow).toBeCloseTo(42.5191, 3);
    expect(estimate.ciHigh).toBeCloseTo(107.4809, 3);
  });

  it('when a rescaled mean is declared with unit "score", then the definition is refused', () => {
    const parsed = InstrumentIndicators.safeParse(declaring('score'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['indicators', 0, 'unit']);
  });
});
