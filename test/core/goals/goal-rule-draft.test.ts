import {
  draftOfRule,
  draftPartOfField,
  emptyRuleDraft,
  ruleOfDraft,
  type GoalRuleDraft,
} from '../../../core/goals/goal-rule-draft';
import type { GoalRule } from '../../../core/goals/goal-rule';

const draft = (change: (d: GoalRuleDraft) => void): GoalRuleDraft => {
  const d = emptyRuleDraft();
  change(d);
  return d;
};

describe('a goal rule as the form holds it', () => {
  it.each<[string, GoalRuleDraft, 'share' | 'score', GoalRule | null]>([
    // 90 typed for a share is 90 % = 0.9
    [
      'a share threshold',
      draft((d) => (d.threshold.target = '90')),
      'share',
      { type: 'threshold', op: '>', target: 0.9 },
    ],
    // a score is kept on its own scale; a Danish decimal comma is read
    [
      'a score threshold',
      draft((d) => ((d.threshold.op = '>='), (d.threshold.target = '3,8'))),
      'score',
      { type: 'threshold', op: '>=', target: 3.8 },
    ],
    [
      'a significant trend',
      draft(
        (d) => ((d.threshold.on = false), (d.trend = { on: true, direction: 'falling', significant: true })),
      ),
      'share',
      { type: 'trend', direction: 'falling', significant: true },
    ],
    [
      'falling and below 6 % (the sick-leave goal): trend first, 6 → 0.06',
      draft(
        (d) => (
          (d.trend.on = true),
          (d.trend.direction = 'falling'),
          (d.threshold.op = '<'),
          (d.threshold.target = '6')
        ),
      ),
      'share',
      {
        type: 'all',
        rules: [
          { type: 'trend', direction: 'falling', significant: false },
          { type: 'threshold', op: '<', target: 0.06 },
        ],
      },
    ],
    [
      'falling and below the group average',
      draft((d) => {
        d.threshold.on = false;
        d.trend = { on: true, direction: 'falling', significant: false };
        d.benchmark = { on: true, position: 'below', comparisonGroup: ' kostra-13 ' };
      }),
      'share',
      {
        type: 'all',
        rules: [
          { type: 'trend', direction: 'falling', significant: false },
          { type: 'benchmark', position: 'below', comparisonGroup: 'kostra-13' },
        ],
      },
    ],
    ['no part', draft((d) => (d.threshold.on = false)), 'share', null],
  ])('when the form holds %s, then the API gets that rule', (_name, given, unit, rule) => {
    expect(ruleOfDraft(given, unit)).toEqual(rule);
  });

  it('when the target is empty or not a number, then it is sent as null for the server to name', () => {
    expect(
      ruleOfDraft(
        draft((d) => (d.threshold.target = 'ni')),
        'share',
      ),
    ).toEqual({
      type: 'threshold',
      op: '>',
      target: null,
    });
  });

  it('when a stored rule is edited, then the form shows it as typed (a share in percent) and gives it back unchanged', () => {
    const rule: GoalRule = {
      type: 'all',
      rules: [
        { type: 'trend', direction: 'falling', significant: true },
        { type: 'threshold', op: '<', target: 0.065 },
        { type: 'benchmark', position: 'below', comparisonGroup: 'kostra-13' },
      ],
    };
    const shown = draftOfRule(rule, 'share');
    expect(shown.threshold).toEqual({ on: true, op: '<', target: '6.5' });
    expect(ruleOfDraft(shown, 'share')).toEqual(rule);
  });

  it('when the server names a part of a combined rule, then the field of that part is found', () => {
    const combined = draftOfRule(
      {
        type: 'all',
        rules: [
          { type: 'trend', direction: 'rising', significant: false },
          { type: 'threshold', op: '>', target: 2 },
        ],
      },
      'score',
    );
    expect(draftPartOfField(combined, 'rule.rules.1.target')).toBe('threshold');
    expect(draftPartOfField(combined, 'rule')).toBeNull();
    expect(draftPartOfField(emptyRuleDraft(), 'rule.target')).toBe('threshold');
  });
});
