import type { GoalRule } from '../../../core/goals/goal-rule';
import { ruleTextIn } from '../../../core/text/goal-rule-text';

const atLeast90: GoalRule = { type: 'threshold', op: '>=', target: 0.9 };
const fallingAndBelow: GoalRule = {
  type: 'all',
  rules: [
    { type: 'trend', direction: 'falling', significant: true },
    { type: 'benchmark', position: 'below', comparisonGroup: 'kostra-13' },
  ],
};

describe('ruleTextIn', () => {
  it.each([
    { locale: 'da', rule: atLeast90, unit: 'share', expected: 'mindst 90,0 %' },
    { locale: 'nb', rule: atLeast90, unit: 'share', expected: 'minst 90,0 %' },
    { locale: 'en', rule: atLeast90, unit: 'share', expected: 'at least 90.0 %' },
    {
      locale: 'da',
      rule: { type: 'threshold', op: '<', target: 2.5 },
      unit: 'score',
      expected: 'under 2,50',
    },
    {
      locale: 'nb',
      rule: { type: 'threshold', op: '<=', target: 4 },
      unit: 'index',
      expected: 'høyst 4,0',
    },
    {
      locale: 'en',
      rule: { type: 'trend', direction: 'rising', significant: false },
      unit: 'share',
      expected: 'rising',
    },
    {
      locale: 'da',
      rule: fallingAndBelow,
      unit: 'share',
      expected: 'faldende (sikker ændring) og under gennemsnittet for kostra-13',
    },
    {
      locale: 'nb',
      rule: fallingAndBelow,
      unit: 'share',
      expected: 'synkende (sikker endring) og under gjennomsnittet for kostra-13',
    },
    {
      locale: 'en',
      rule: fallingAndBelow,
      unit: 'share',
      expected: 'falling (a clear change) and below the average of kostra-13',
    },
  ] as const)(
    'when the rule is shown in $locale, then it reads "$expected"',
    ({ locale, rule, unit, expected }) => {
      expect(ruleTextIn(rule, unit, locale)).toBe(expected);
    },
  );
});
