import type { GoalRule, SingleRule } from '../goals/goal-rule';
import type { Locale } from '../indicators/indicator-definition';
import { goalTextMessages } from '../messages/goal-text-messages';
import { translator } from '../messages/message-catalogue';
import { formatValueIn, type ValueUnit } from './format-value';

const OPS = {
  '>': 'goal.rule.over',
  '>=': 'goal.rule.atLeast',
  '<': 'goal.rule.under',
  '<=': 'goal.rule.atMost',
} as const;

/** "over 90,0 %", "stigende", "faldende og under gennemsnittet for kostra-13". */
export function ruleTextIn(rule: GoalRule, unit: ValueUnit, locale: Locale): string {
  if (rule.type !== 'all') return partText(rule, unit, locale);
  const and = translator(goalTextMessages, locale)('goal.rule.and');
  return rule.rules.map((r) => partText(r, unit, locale)).join(` ${and} `);
}

function partText(rule: SingleRule, unit: ValueUnit, locale: Locale): string {
  const t = translator(goalTextMessages, locale);
  if (rule.type === 'threshold') return t(OPS[rule.op], { target: formatValueIn(rule.target, unit, locale) });
  if (rule.type === 'trend')
    return t('goal.rule.trend', { direction: rule.direction, significant: rule.significant ? 'yes' : 'no' });
  const key = rule.position === 'below' ? 'goal.rule.belowAverage' : 'goal.rule.aboveAverage';
  return t(key, { group: rule.comparisonGroup });
}
