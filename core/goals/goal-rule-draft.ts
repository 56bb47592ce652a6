import type { ComparisonOp } from '../indicators/indicator-definition';
import type { ValueUnit } from '../text/format-value';
import type { GoalRule, SingleRule } from './goal-rule';

/**
 * A goal's rule as a form holds it: up to three parts, each switched on or off — a trend (rising
 * or falling), a threshold (a target typed as the user reads it: percent for a share) and a
 * benchmark (below or above a comparison group's average). One part is that rule; more are "all
 * must hold" ("sick leave falls and stays below the average of comparable municipalities").
 */
export interface GoalRuleDraft {
  trend: { on: boolean; direction: 'rising' | 'falling'; significant: boolean };
  threshold: { on: boolean; op: ComparisonOp; target: string };
  benchmark: { on: boolean; position: 'below' | 'above'; comparisonGroup: string };
}

export type RulePart = keyof GoalRuleDraft;

/** The order parts take in a combined rule: "falling and below 6 %", as it is read aloud. */
const ORDER: RulePart[] = ['trend', 'threshold', 'benchmark'];

export const emptyRuleDraft = (): GoalRuleDraft => ({
  trend: { on: false, direction: 'rising', significant: false },
  threshold: { on: true, op: '>', target: '' },
  benchmark: { on: false, position: 'below', comparisonGroup: '' },
});

/** A share is stored as 0.9 and typed as 90; two decimals of a percent are kept. */
const shownTarget = (target: number, unit: ValueUnit) =>
  String(unit === 'share' ? +(target * 100).toFixed(2) : target);

/** The form's fields for a stored rule; a rule with two parts of one kind keeps the first. */
export function draftOfRule(rule: GoalRule, unit: ValueUnit): GoalRuleDraft {
  const draft = emptyRuleDraft();
  draft.threshold.on = false;
  for (const part of [...(rule.type === 'all' ? rule.rules : [rule])].reverse()) {
    if (part.type === 'trend')
      draft.trend = { on: true, direction: part.direction, significant: part.significant };
    if (part.type === 'threshold')
      draft.threshold = { on: true, op: part.op, target: shownTarget(part.target, unit) };
    if (part.type === 'benchmark')
      draft.benchmark = { on: true, position: part.position, comparisonGroup: part.comparisonGroup };
  }
  return draft;
}

/**
 * The rule the API is sent. A target typed "6,5" or "6.5" is 6.5 (0.065 for a share); an empty or
 * unreadable one is sent as null, so the server's refusal names the field. No part: null, which
 * the server refuses naming "rule".
 */
export function ruleOfDraft(draft: GoalRuleDraft, unit: ValueUnit): GoalRule | null {
  const parts = ORDER.filter((kind) => draft[kind].on).map((kind) => partOf(draft, kind, unit));
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return { type: 'all', rules: parts };
}

function partOf(draft: GoalRuleDraft, kind: RulePart, unit: ValueUnit): SingleRule {
  if (kind === 'trend') {
    const { direction, significant } = draft.trend;
    return { type: 'trend', direction, significant };
  }
  if (kind === 'benchmark') {
    const { position, comparisonGroup } = draft.benchmark;
    return { type: 'benchmark', position, comparisonGroup: comparisonGroup.trim() };
  }
  const typed = draft.threshold.target.trim().replace(',', '.');
  const given = typed === '' ? NaN : Number(typed);
  const target = Number.isFinite(given) ? (unit === 'share' ? +(given / 100).toFixed(6) : given) : null;
  // null is not a number: the server names rule.target (or rule.rules.N.target).
  return { type: 'threshold', op: draft.threshold.op, target: target as number };
}

/**
 * Which part of the draft a refused field is about: "rule.target", "rule.rules.1.target" (the
 * second part switched on), "rule.comparisonGroup"; null for the rule as a whole.
 */
export function draftPartOfField(draft: GoalRuleDraft, field: string): RulePart | null {
  const on = ORDER.filter((kind) => draft[kind].on);
  const nested = /^rule\.rules\.(\d+)\./.exec(field);
  if (nested) return on[Number(nested[1])] ?? null;
  if (field.startsWith('rule.') && on.length === 1) return on[0]!;
  return null;
}
