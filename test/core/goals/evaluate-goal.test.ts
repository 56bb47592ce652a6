import { evaluateThresholdGoal } from '../../../core/goals/evaluate-goal';
import type { ThresholdRule as GoalRule } from '../../../core/goals/goal-rule';

const rule = (op: GoalRule['op'], target: number): GoalRule => ({ type: 'threshold', op, target });
const shown = (n: number, value: number, ciLow: number | null, ciHigh: number | null) => ({
  n,
  value,
  ciLow,
  ciHigh,
  suppressed: false,
});

describe('evaluateThresholdGoal', () => {
  it.each([
    {
      when: 'the cell is suppressed',
      rule: rule('>=', 0.9),
      estimate: { n: 3, value: null, ciLow: null, ciHigh: null, suppressed: true },
      status: 'hidden',
    },
    {
      when: 'nobody was counted',
      rule: rule('>=', 0.9),
      estimate: { n: 0, value: null, ciLow: null, ciHigh: null, suppressed: false },
      status: 'no-data',
    },
    {
      when: 'there is no value although n > 0',
      rule: rule('>=', 0.9),
      estimate: { n: 12, value: null, ciLow: null, ciHigh: null, suppressed: false },
      status: 'no-data',
    },
    // 45/50 = 0.90, 95 % CI 0.7864 .. 0.9565 contains 0.9
    {
      when: 'the interval straddles the target',
      rule: rule('>=', 0.9),
      estimate: shown(50, 0.9, 0.7864, 0.9565),
      status: 'uncertain',
    },
    // target 0.7864 is the lower bound itself: every value in 0.7864 .. 0.9565 is >= 0.7864
    {
      when: 'the target equals the lower bound of ">="',
      rule: rule('>=', 0.7864),
      estimate: shown(50, 0.9, 0.7864, 0.9565),
      status: 'met',
    },
    // …but not every value is > 0.7864: the lower bound itself is not
    {
      when: 'the target equals the lower bound of ">"',
      rule: rule('>', 0.7864),
      estimate: shown(50, 0.9, 0.7864, 0.9565),
      status: 'uncertain',
    },
    // a census: 21 of 24 pupils = 0.875 exactly, interval of width 0
    {
      when: 'a census of 21 of 24 is judged against "at least 87.5 %"',
      rule: rule('>=', 0.875),
      estimate: shown(21, 0.875, 0.875, 0.875),
      status: 'met',
    },
    {
      when: 'a census of 21 of 24 is judged against "above 87.5 %"',
      rule: rule('>', 0.875),
      estimate: shown(21, 0.875, 0.875, 0.875),
      status: 'not-met',
    },
    {
      when: 'a census of 21 of 24 is judged against "at most 87.5 %"',
      rule: rule('<=', 0.875),
      estimate: shown(21, 0.875, 0.875, 0.875),
      status: 'met',
    },
    // target 0.9565 is the upper bound itself
    {
      when: 'the target equals the upper bound',
      rule: rule('>=', 0.9565),
      estimate: shown(50, 0.9, 0.7864, 0.9565),
      status: 'uncertain',
    },
    // 0.97 >= 0.9 and the interval 0.93 .. 0.99 lies above 0.9
    {
      when: 'the interval lies above a ">=" target',
      rule: rule('>=', 0.9),
      estimate: shown(400, 0.97, 0.93, 0.99),
      status: 'met',
    },
    // 0.97 > 0.9 likewise
    {
      when: 'the interval lies above a ">" target',
      rule: rule('>', 0.9),
      estimate: shown(400, 0.97, 0.93, 0.99),
      status: 'met',
    },
    // 0.80 >= 0.9 is false and 0.72 .. 0.86 lies below 0.9
    {
      when: 'the interval lies below a ">=" target',
      rule: rule('>=', 0.9),
      estimate: shown(100, 0.8, 0.72, 0.86),
      status: 'not-met',
    },
    // lower is better: 0.05 < 0.1 and 0.02 .. 0.08 lies below 0.1
    {
      when: 'the interval lies below a "<" target',
      rule: rule('<', 0.1),
      estimate: shown(300, 0.05, 0.02, 0.08),
      status: 'met',
    },
    // 0.2 <= 0.1 is false and 0.15 .. 0.25 lies above 0.1
    {
      when: 'the interval lies above a "<=" target',
      rule: rule('<=', 0.1),
      estimate: shown(300, 0.2, 0.15, 0.25),
      status: 'not-met',
    },
    // an imported figure without an interval: 0.95 >= 0.9 on the value alone
    {
      when: 'there is no interval and the value meets the target',
      rule: rule('>=', 0.9),
      estimate: shown(1, 0.95, null, null),
      status: 'met',
    },
    // 0.85 >= 0.9 is false
    {
      when: 'there is no interval and the value misses',
      rule: rule('>=', 0.9),
      estimate: shown(1, 0.85, null, null),
      status: 'not-met',
    },
  ])('when $when, then the status is $status', ({ rule: goalRule, estimate, status }) => {
    expect(evaluateThresholdGoal(goalRule, estimate)).toBe(status);
  });
});
