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

  it("when scores 3, 4, 5, 4 come from a population of 6, then the t-interval has Cochran's correction √(1 − n/N)", () => {
    // n = 4, sum = 16, sumSq = 9 + 16 + 25 + 16 = 66 → x̄ = 4, s² = (66 − 16²/4)/3 = 2/3, s = 0.8164966
    // t(0.975, 3) = 3.182446; f = √(1 − 4/6) = √(1/3) = 0.5773503
    // half = 3.182446 · 0.8164966 · 0.5773503 / √4 = 0.750114 → 3.249886 .. 4.750114
    const estimate = estimateFromStats(mean, { n: 4, k: 0, sum: 16, sumSq: 66 }, 6);
    expect(estimate).toEqual({
      n: 4,
      k: null,
      value: 4,
      ciLow: expect.closeTo(3.249886, 5),
      ciHigh: expect.closeTo(4.750114, 5),
    });
  });

  it('when 25 answered in a class of 24, then nothing is corrected: more answers than people is no census', () => {
    const stats = { n: 25, k: 0, sum: 100, sumSq: 412 };
    expect(estimateFromStats(mean, stats, 24)).toEqual(estimateFromStats(mean, stats, null));
    const shares = { n: 25, k: 20, sum: 0, sumSq: 0 };
    expect(estimateFromStats(share, shares, 24)).toEqual(estimateFromStats(share, shares, null));
    expect(
      estimateFromStats(share, shares, 24).ciHigh! - estimateFromStats(share, shares, 24).ciLow!,
    ).toBeGreaterThan(0.2);
  });

  it('when 5 pupils all score 4 on the 1-5 scale, then the interval is what the others could score, not 4 .. 4', () => {
    // q = 1 − 0.025^(1/5) = 1 − e^(ln 0.025 / 5) = 1 − e^(−0.7377759) = 1 − 0.4781762 = 0.5218238
    // low = 4 − q·(4 − 1) = 2.4345286, high = 4 + q·(5 − 4) = 4.5218238
    const estimate = estimateFromStats(mean, { n: 5, k: 0, sum: 20, sumSq: 80 });
    expect(estimate.ciLow).toBeCloseTo(2.4345286, 6);
    expect(estimate.ciHigh).toBeCloseTo(4.5218238, 6);
  });

  it('when 20 of a class of 24 all score 4, then the bound is 2 of 24 unlike them (hypergeometric)', () => {
    // P(20 draws miss 1 unlike) = 4/24 = 0.1667 > 0.025; miss 2: (4·3)/(24·23) = 0.0217 ≤ 0.025 → D = 2
    // q = 2/24: low = 4 − 3/12 = 3.75, high = 4 + 1/12 = 4.0833333
    const estimate = estimateFromStats(mean, { n: 20, k: 0, sum: 80, sumSq: 320 }, 24);
    expect(estimate.ciLow).toBeCloseTo(3.75, 9);
    expect(estimate.ciHigh).toBeCloseTo(4.0833333, 6);
    // the whole class: a census, the value itself
    expect(estimateFromStats(mean, { n: 24, k: 0, sum: 96, sumSq: 384 }, 24)).toMatchObject({
      ciLow: 4,
      ciHigh: 4,
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

describe('an interval of width 0', () => {
  it('is given only when every member of a known population answered once', () => {
    fc.assert(
      fc.property(
        answerSets,
        fc.option(fc.integer({ min: 1, max: 60 })),
        fc.constantFrom(mean, share),
        (answersList, population, indicator) => {
          const estimate = computeIndicator(indicator, instrument.itemScores, answersList, population);
          if (estimate.ciLow === null || estimate.ciHigh === null) return;
          const census = population !== null && estimate.n === population;
          expect(estimate.ciHigh - estimate.ciLow === 0).toBe(census);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
