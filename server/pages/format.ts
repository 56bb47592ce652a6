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
