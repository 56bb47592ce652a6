import { judgeGoal, type GoalMeasurement } from '../../../core/goals/judge-goal';
import type { GoalRule } from '../../../core/goals/goal-rule';
import type { IndicatorDefinition } from '../../../core/indicators/indicator-definition';

const text = { da: 'x', nb: 'x', en: 'x' };
const satisfied: IndicatorDefinition = {
  key: 'satisfied',
  label: text,
  description: text,
  polarity: 'higher-is-better',
  unit: 'share',
  score: { itemSets: [['q1']], minAnsweredShare: 1 },
  measure: { type: 'share', condition: { op: '>=', value: 4 } },
  breakdowns: [],
  sensitive: false,
};

/** k of n, with the value and a Wilson-like interval the threshold part reads (given, not computed here). */
const measured = (k: number, n: number, ci: [number, number] = [0, 1], hash = 'h'): GoalMeasurement => ({
  hidden: false,
  n,
  value: k / n,
  ciLow: ci[0],
  ciHigh: ci[1],
  stats: { n, k, sum: 0, sumSq: 0 },
  population: null,
  definitionHash: hash,
});
const hidden: GoalMeasurement = { ...measured(3, 3), hidden: true, value: null, ciLow: null, ciHigh: null };
const rising: GoalRule = { type: 'trend', direction: 'rising', significant: false };
const risingSignificantly: GoalRule = { type: 'trend', direction: 'rising', significant: true };
const falling: GoalRule = { type: 'trend', direction: 'falling', significant: false };

describe('judgeGoal', () => {
  // Newcombe 1998, example (a): 56/70 − 48/80 = 0.2, hybrid score 95 % CI 0.0524 .. 0.3339.
  it('when a share rose from 48/80 to 56/70, then a rising goal is met and the change is +0.2 (0.0524 .. 0.3339)', () => {
    const judged = judgeGoal(rising, satisfied, measured(56, 70), measured(48, 80));
    expect(judged.status).toBe('met');
    expect(judged.change).toMatchObject({ comparable: true, verdict: 'improved' });
    if (!judged.change?.comparable) throw new Error('comparable');
    expect(judged.change.change).toBeCloseTo(0.2, 10);
    expect(judged.change.ciLow).toBeCloseTo(0.0524, 4);
    expect(judged.change.ciHigh).toBeCloseTo(0.3339, 4);
  });

  it.each([
    // the same two rounds the other way: −0.2 (−0.3339 .. −0.0524), wholly below 0
    {
      when: 'it fell from 56/70 to 48/80',
      rule: rising,
      now: measured(48, 80),
      before: measured(56, 70),
      status: 'not-met',
    },
    {
      when: 'a falling goal sees the same fall',
      rule: falling,
      now: measured(48, 80),
      before: measured(56, 70),
      status: 'met',
    },
    // 52/100 − 50/100 = 0.02; each Wilson interval is about ±0.098, so the change's interval straddles 0
    {
      when: 'it moved 50/100 → 52/100 and significance is not required',
      rule: rising,
      now: measured(52, 100),
      before: measured(50, 100),
      status: 'uncertain',
    },
    {
      when: 'it moved 50/100 → 52/100 and a significant rise is required',
      rule: risingSignificantly,
      now: measured(52, 100),
      before: measured(50, 100),
      status: 'not-met',
    },
  ])('when $when, then the goal is $status', ({ rule, now, before, status }) => {
    expect(judgeGoal(rule, satisfied, now, before).status).toBe(status);
  });

  it('when there is no earlier measurement, then a trend goal has no data yet: this is the baseline', () => {
    expect(judgeGoal(rising, satisfied, measured(56, 70), null)).toEqual({
      status: 'no-data',
      change: null,
      reasons: ['baseline'],
    });
  });

  it('when the earlier measurement was hidden, then neither the change nor a trend status is shown', () => {
    const judged = judgeGoal(rising, satisfied, measured(56, 70), hidden);
    expect(judged).toEqual({ status: 'hidden', change: null, reasons: ['previous-hidden'] });
    // A threshold goal still shows today's value, but without a change that would reveal the hidden one.
    const threshold = judgeGoal(
      { type: 'threshold', op: '>', target: 0.5 },
      satisfied,
      measured(56, 70, [0.69, 0.88]),
      hidden,
    );
    expect(threshold).toEqual({ status: 'met', change: null, reasons: [] });
  });

  it('when the questions changed between the rounds, then a trend goal is not judged', () => {
    const judged = judgeGoal(
      rising,
      satisfied,
      measured(56, 70, [0, 1], 'new'),
      measured(48, 80, [0, 1], 'old'),
    );
    expect(judged.status).toBe('no-data');
    expect(judged.reasons).toEqual(['not-comparable']);
  });

  it('when this round is hidden or empty, then the goal is hidden or has no data whatever the rule', () => {
    expect(judgeGoal(rising, satisfied, hidden, measured(48, 80)).status).toBe('hidden');
    expect(judgeGoal(rising, satisfied, null, measured(48, 80)).status).toBe('no-data');
  });

  describe('benchmark and combined rules', () => {
    const fallingAndBelow: GoalRule = {
      type: 'all',
      rules: [falling, { type: 'benchmark', position: 'below', comparisonGroup: 'kostra-13' }],
    };
    // sick-leave-like share: 48/80 = 0.6 with interval 0.49 .. 0.70, benchmark 0.75 lies above it
    const now = measured(48, 80, [0.49, 0.7]);
    const before = measured(56, 70);

    it('when there are no benchmark data, then the combined goal has no data and says why', () => {
      const judged = judgeGoal(fallingAndBelow, satisfied, now, before);
      expect(judged.status).toBe('no-data');
      expect(judged.reasons).toEqual(['no-benchmark']);
    });

    it('when it fell and the interval lies below the group average 0.75, then the combined goal is met', () => {
      expect(judgeGoal(fallingAndBelow, satisfied, now, before, () => 0.75).status).toBe('met');
    });

    it('when the group average 0.65 lies inside the interval, then the combined goal is uncertain', () => {
      expect(judgeGoal(fallingAndBelow, satisfied, now, before, () => 0.65).status).toBe('uncertain');
    });

    it('when it rose, then the combined goal is not met even if below the average', () => {
      expect(judgeGoal(fallingAndBelow, satisfied, before, now, () => 0.95).status).toBe('not-met');
    });
  });
});
