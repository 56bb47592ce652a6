import { computeIndicator } from '../../../core/indicators/compute-indicator';
import type { ComparisonOp, IndicatorDefinition } from '../../../core/indicators/indicator-definition';

const text = { da: 'x', nb: 'x', en: 'x' };
const scale = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const itemScores = { q1: scale, q2: scale };

function anIndicator(op: ComparisonOp, value: number): IndicatorDefinition {
  return {
    key: 'wellbeing',
    label: text,
    description: text,
    polarity: 'higher-is-better',
    unit: 'share',
    score: { itemSets: [['q1', 'q2']], minAnsweredShare: 0.5 },
    measure: { type: 'share', condition: { op, value } },
    breakdowns: [],
    sensitive: false,
  };
}

// Scores: (4+4)/2 = 4, (3+3)/2 = 3, (3+4)/2 = 3.5, none answered → not counted, 5 alone (1/2 ≥ 0.5) = 5
const answersList = [{ q1: 4, q2: 4 }, { q1: 3, q2: 3 }, { q1: 3, q2: 4 }, {}, { q2: 5 }];

describe('computeIndicator', () => {
  it.each([
    // scores 4, 3, 3.5, 5 → n = 4; >= 3.5: 4, 3.5, 5 → k = 3; 3/4 = 0.75
    // Wilson: d = 1 + 3.8416/4 = 1.9604, centre = (0.75 + 0.4802)/d = 0.627525,
    // half = (1.96/d)·√(0.046875 + 0.060025) = 0.999796 · 0.326956 = 0.326889 → 0.3006 .. 0.9544
    { op: '>=' as const, k: 3, value: 0.75, ciLow: 0.3006, ciHigh: 0.9544 },
    // > 3.5: 4, 5 → k = 2; 2/4 = 0.5; centre 0.5, half = 0.999796 · √(0.0625 + 0.060025) = 0.349964
    { op: '>' as const, k: 2, value: 0.5, ciLow: 0.15, ciHigh: 0.85 },
    // < 3.5: 3 → k = 1; 1/4: centre = (0.25 + 0.4802)/1.9604 = 0.372475, half 0.326889 → 0.0456 .. 0.6994
    { op: '<' as const, k: 1, value: 0.25, ciLow: 0.0456, ciHigh: 0.6994 },
    // <= 3.5: 3, 3.5 → k = 2 → as for '>'
    { op: '<=' as const, k: 2, value: 0.5, ciLow: 0.15, ciHigh: 0.85 },
  ])('when the condition is score $op 3.5, then k = $k of n = 4', ({ op, k, value, ciLow, ciHigh }) => {
    const estimate = computeIndicator(anIndicator(op, 3.5), itemScores, answersList);
    expect(estimate.n).toBe(4);
    expect(estimate.k).toBe(k);
    expect(estimate.value).toBe(value);
    expect(estimate.ciLow).toBeCloseTo(ciLow, 4);
    expect(estimate.ciHigh).toBeCloseTo(ciHigh, 4);
  });

  it('when no respondent has a score, then n = 0 and the value and interval are null', () => {
    // {} and { q1: 9 } (9 is not on the scale) both answer 0 of 2 items
    const estimate = computeIndicator(anIndicator('>=', 3.5), itemScores, [{}, { q1: 9 }]);
    expect(estimate).toEqual({ n: 0, k: 0, value: null, ciLow: null, ciHigh: null });
  });

  it('when there are no responses at all, then n = 0 and the value is null', () => {
    expect(computeIndicator(anIndicator('>=', 3.5), itemScores, [])).toEqual({
      n: 0,
      k: 0,
      value: null,
      ciLow: null,
      ciHigh: null,
    });
  });

  it('when everyone meets the condition, then the value is 1 and the upper bound is exactly 1', () => {
    // 3 of 3: d = 1 + 3.8416/3 = 2.28053, centre = (1 + 0.64027)/d = 0.719247,
    // half = (1.96/d)·√(0 + 3.8416/36) = 0.859448 · 0.326667 = 0.280753 → low 0.4385, high 1
    const estimate = computeIndicator(anIndicator('>', 0), itemScores, answersList.slice(0, 3));
    expect(estimate).toMatchObject({ n: 3, k: 3, value: 1, ciHigh: 1 });
    expect(estimate.ciLow).toBeCloseTo(0.4385, 4);
  });
});

describe('computeIndicator with a mean measure', () => {
  const aMeanIndicator = (): IndicatorDefinition => ({
    ...anIndicator('>=', 0),
    unit: 'score',
    measure: { type: 'mean' },
  });

  it('when four respondents have scores 4, 3, 3.5 and 5, then the mean is 3.875 with its t-interval', () => {
    // x̄ = 15.5/4 = 3.875; deviations 0.125, −0.875, −0.375, 1.125 → Σd² = 2.1875, s² = 0.729167,
    // s = 0.853913; t(0.975, 3) = 3.182446 → half-width 3.182446 · 0.853913 / 2 = 1.358763.
    const estimate = computeIndicator(aMeanIndicator(), itemScores, answersList);
    expect(estimate).toEqual({
      n: 4,
      k: null,
      value: 3.875,
      ciLow: expect.closeTo(2.516237, 5),
      ciHigh: expect.closeTo(5.233763, 5),
    });
  });

  it('when no respondent has a score, then there is no value', () => {
    expect(computeIndicator(aMeanIndicator(), itemScores, [{}, { q3: 1 }])).toEqual({
      n: 0,
      k: null,
      value: null,
      ciLow: null,
      ciHigh: null,
    });
  });
});
