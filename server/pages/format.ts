import type { GoalRule } from '../../core/goals/goal-rule';
import { formatValueIn, type ValueUnit } from '../../core/text/format-value';
import { ruleTextIn } from '../../core/text/goal-rule-text';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import { statusTextIn } from '../../core/text/goal-status-text';

/** The classic (English) staff pages' figures: the shared format in English. */
export const percent = (share: number) => formatValueIn(share, 'share', 'en');

/** A share as a percentage; a score (a mean on the instrument's scale, e.g. 1-5) with two decimals; an index of 0-100 with one. */
export const formatValue = (value: number, unit: ValueUnit) => formatValueIn(value, unit, 'en');

export const ruleText = (rule: GoalRule, unit: ValueUnit) => ruleTextIn(rule, unit, 'en');

const STATUSES: GoalStatus[] = ['met', 'not-met', 'uncertain', 'no-data', 'hidden'];
export const STATUS_LABEL: Record<string, string> = {
  ...Object.fromEntries(STATUSES.map((s) => [s, statusTextIn(s, 'en')])),
  'out-of-scope': '',
};

/** "24 Nov 2026, 13:07" in Copenhagen/Oslo time (the same zone), not a raw UTC timestamp. */
export const formatComputedAt = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        timeZone: 'Europe/Copenhagen',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
