import type { GoalRule } from '../../core/goals/goal-rule';
import { ruleTextIn } from './goal-text';

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** A share as a percentage; a score (a mean on the instrument's scale, e.g. 1-5) with two decimals; an index of 0-100 with one. */
export const formatValue = (value: number, unit: 'share' | 'score' | 'index') =>
  unit === 'share' ? percent(value) : unit === 'index' ? value.toFixed(1) : value.toFixed(2);

export const ruleText = (rule: GoalRule, unit: 'share' | 'score' | 'index') => ruleTextIn(rule, unit, 'en');

export const STATUS_LABEL: Record<string, string> = {
  met: 'Met',
  'not-met': 'Not met',
  uncertain: 'Uncertain',
  hidden: 'Hidden',
  'no-data': 'No data',
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
