import type { ActionStatus } from '../goals/goal-action';

/** The follow-up report's and the public page's own words, in the three languages. */
export interface ReportWords {
  report: string;
  draft: string;
  adoptedOn: (date: string) => string;
  contentHash: string;
  period: string;
  aim: string;
  goal: string;
  target: string;
  deadline: string;
  scope: string;
  result: string;
  noResultThisYear: string;
  /** A goal whose scope is outside the reader's part of the organisation (ADR 0013). */
  outsideReadScope: string;
  /** After a tally that counts only the reader's own units (ADR 0013). */
  readersUnitsOnly: string;
  /** A round with answers whose results are not published yet (docs/decisions/0011). */
  awaitingRelease: (closesOn: string) => string;
  baseline: string;
  /** A sick-leave figure's n: every employee of the units counted. */
  employees: (n: number) => string;
  /** Numbers carried from an earlier release: "as of 4 Dec 2026". */
  asOf: (isoDate: string) => string;
  /** Under a sick-leave goal: how its figures are made and compared. */
  sickLeaveNote: string;
  changeSince: string;
  /** A sick-leave goal's change: against the same months a year before. */
  changeSameLastYear: string;
  trend: string;
  unitsMeeting: (met: number, total: number, kind: string) => string;
  notMetAt: string;
  unitsHiddenOrMissing: (hidden: number, noData: number, uncertain: number) => string;
  processEvaluation: string;
  notWritten: string;
  actions: string;
  actionsLocal: string;
  noActions: string;
  what: string;
  where: string;
  responsible: string;
  due: string;
  status: string;
  wholeScope: string;
  medStatement: string;
  howToRead: string;
  howToReadText: string[];
  actionStatus: Record<ActionStatus, string>;
  kinds: Record<'area' | 'institution' | 'group', string>;
  grades: (values: string[]) => string;
}
