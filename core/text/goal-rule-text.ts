import type { GoalRule, SingleRule } from '../goals/goal-rule';
import type { Locale } from '../indicators/indicator-definition';
import { formatValueIn, type ValueUnit } from './format-value';

const OPS: Record<Locale, Record<string, string>> = {
  da: { '>': 'over', '>=': 'mindst', '<': 'under', '<=': 'højst' },
  nb: { '>': 'over', '>=': 'minst', '<': 'under', '<=': 'høyst' },
  en: { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most' },
};

const WORDS = {
  da: {
    rising: 'stigende',
    falling: 'faldende',
    significant: ' (sikker ændring)',
    below: 'under gennemsnittet for',
    above: 'over gennemsnittet for',
    and: ' og ',
  },
  nb: {
    rising: 'økende',
    falling: 'synkende',
    significant: ' (sikker endring)',
    below: 'under gjennomsnittet for',
    above: 'over gjennomsnittet for',
    and: ' og ',
  },
  en: {
    rising: 'rising',
    falling: 'falling',
    significant: ' (a clear change)',
    below: 'below the average of',
    above: 'above the average of',
    and: ' and ',
  },
};

/** "over 90,0 %", "stigende", "faldende og under gennemsnittet for kostra-13". */
export function ruleTextIn(rule: GoalRule, unit: ValueUnit, locale: Locale): string {
  if (rule.type === 'all') return rule.rules.map((r) => partText(r, unit, locale)).join(WORDS[locale].and);
  return partText(rule, unit, locale);
}

function partText(rule: SingleRule, unit: ValueUnit, locale: Locale): string {
  const words = WORDS[locale];
  if (rule.type === 'threshold') return `${OPS[locale][rule.op]} ${formatValueIn(rule.target, unit, locale)}`;
  if (rule.type === 'trend') return words[rule.direction] + (rule.significant ? words.significant : '');
  return `${words[rule.position]} ${rule.comparisonGroup}`;
}
