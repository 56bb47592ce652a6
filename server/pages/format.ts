import type { ComparisonOp } from '../../core/indicators/indicator-definition';

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export const ruleText = (rule: { op: ComparisonOp; target: number }) =>
  `${{ '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most' }[rule.op]} ${percent(rule.target)}`;

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
