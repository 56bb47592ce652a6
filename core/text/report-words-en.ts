import { formatDateIn } from './format-date';
import { listIn } from './list-text';
import type { ReportWords } from './report-words-shape';

export const en: ReportWords = {
  report: 'Follow-up report',
  draft: 'Draft – not adopted. The figures change each time the rounds’ results are published.',
  adoptedOn: (date) => `Adopted ${date}`,
  contentHash: 'Checksum (SHA-256) of the adopted version',
  period: 'Contract period',
  aim: 'Overall aim',
  goal: 'Goal',
  target: 'Target',
  deadline: 'Deadline',
  scope: 'Applies to',
  result: 'Result',
  noResultThisYear: 'No measurement this year.',
  outsideReadScope:
    'The goal applies to units outside your part of the organisation; their results are not shown here.',
  readersUnitsOnly: 'Only the units in your part of the organisation are counted.',
  awaitingRelease: (date) =>
    `Results are published when the round closes on ${date} or when quality staff publish interim results.`,
  baseline: 'Baseline',
  employees: (n) => `${n} employees`,
  asOf: (date) => `as of ${formatDateIn(date, 'en')}`,
  sickLeaveNote:
    'Sick leave is sick days as a percentage of planned working days for all employees, from the payroll system. It is a count, not a sample, so there is no uncertainty interval. Change is measured against the same period a year earlier. Units with fewer than 5 employees are not shown.',
  changeSince: 'Change since the previous measurement',
  changeSameLastYear: 'Change from the same period last year',
  trend: 'Trend since the baseline',
  unitsMeeting: (met, total, kind) => `${met} of ${total} ${kind} meet the goal.`,
  notMetAt: 'Not met',
  unitsHiddenOrMissing: (hidden, noData, uncertain) =>
    `Uncertain: ${uncertain}. Hidden to protect anonymity: ${hidden}. Without data: ${noData}.`,
  processEvaluation: 'Process evaluation',
  notWritten: 'Not written yet.',
  actions: 'Ways to reach the goal (actions)',
  actionsLocal: 'The units decide their own actions locally.',
  noActions: 'No actions recorded.',
  what: 'Action',
  where: 'Where',
  responsible: 'Responsible',
  due: 'Due',
  status: 'Status',
  wholeScope: 'All units',
  medStatement: 'Statement of the staff representatives (MED committee)',
  howToRead: 'How to read the figures',
  howToReadText: [
    'n is the number of answers a figure is based on.',
    'The range in brackets is a 95 % confidence interval: the true value very likely lies within it. The fewer the answers, the wider the range.',
    '"Uncertain" means the range includes the target, so the figures cannot tell whether the goal is met.',
    'Groups with too few answers are not shown, so that nobody can be recognised.',
  ],
  actionStatus: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  kinds: { area: 'areas', institution: 'institutions', group: 'classes and groups' },
  grades: (values) => `grades ${listIn(values, 'and')}`,
};
