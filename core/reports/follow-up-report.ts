import type { UsedBenchmark } from '../benchmarks/benchmark-lookup';
import type { ActionStatus } from '../goals/goal-action';
import type { GoalStatus } from '../goals/evaluate-goal';
import type { GoalReason } from '../goals/judge-goal';
import type { MeasuredOn } from '../goals/measured-on';
import type { BreakdownFilter, GoalRule } from '../goals/goal-rule';
import type { LocalizedText } from '../indicators/indicator-definition';
import type { ManyChanges } from '../statistics/false-discovery';

/** A measured value as it may be shown: hidden or missing values carry no numbers. */
export interface ReportPoint {
  roundTitle: LocalizedText;
  year: number;
  status: GoalStatus;
  /** Absent when hidden or not measured. */
  n?: number;
  value?: number;
  /** null: counted, not sampled (sick leave covers every employee), so there is no interval. */
  ciLow?: number | null;
  ciHigh?: number | null;
  /** Numbers an earlier release published, shown again because the latest holds them back: its date. */
  asOf?: string;
  /**
   * Since the previous measurement; absent when it would reveal a hidden group or there is none.
   * pValue: below 0.05 exactly when the verdict marks it; holdsAtFdr: on this year's results of
   * survey goals, whether it holds when all of them are judged together (FollowUpReport.changes).
   * Both are absent in reports adopted before they existed.
   */
  change?: {
    change: number;
    ciLow: number;
    ciHigh: number;
    verdict: string;
    pValue?: number;
    holdsAtFdr?: boolean;
  };
  /** For a goal with a benchmark part: the comparison group's mean it was judged against, and its source. */
  benchmarks?: UsedBenchmark[];
  reasons: GoalReason[];
}

/** "Every unit below" goals: how many units meet it and which do not. */
export interface UnitTally {
  kind: 'area' | 'institution' | 'group';
  /** Only the units of the reader's own part of the organisation are counted (ADR 0013). */
  readersUnitsOnly?: true;
  met: number;
  notMet: string[];
  uncertain: number;
  hidden: number;
  noData: number;
}

export interface ReportAction {
  what: string;
  where: string | null;
  responsible: string;
  dueOn: string | null;
  status: ActionStatus;
  note: string | null;
}

export interface ReportGoal {
  id: string;
  title: LocalizedText;
  rule: GoalRule;
  unit: 'share' | 'score' | 'index';
  deadline: string;
  scopeName: string;
  breakdownFilter: BreakdownFilter | null;
  /**
   * What the goal is measured on: a survey's rounds (absent: reports adopted before sick leave),
   * sick leave, or a measured indicator's years.
   */
  measuredOn?: MeasuredOn;
  /** This year's measurement at the goal's scope, or null when none was made this year. */
  result: ReportPoint | null;
  /** Every measurement up to this year, oldest (the baseline) first. */
  trend: ReportPoint[];
  units: UnitTally | null;
  /**
   * This year's round of the goal's survey has answers whose results are not published yet (no
   * release of the round holds the goal's values): readers are told when they will be.
   */
  awaitingRelease?: { roundTitle: LocalizedText; closesOn: string };
  processEvaluation: string;
  /**
   * The goal's scope lies outside the reader's part of the organisation (ADR 0013): the goal is
   * listed as the contract has it, without results, trend, tally or process evaluation.
   */
  outsideReadScope?: true;
  actionsDecidedLocally: boolean;
  actions: ReportAction[];
}

/** opfølgningsredegørelse: what the report says, whatever it is rendered as (HTML, PDF, public page). */
export interface FollowUpReport {
  format: 1;
  municipality: { name: string; slug: string };
  contract: { id: string; title: string; periodStart: string; periodEnd: string };
  year: number;
  areas: { key: string; name: string; aim: string; goals: ReportGoal[] }[];
  medStatement: string;
  /**
   * This year's changes of the survey goals' results, judged together (false-discovery.ts); absent
   * in reports adopted before it existed.
   */
  changes?: ManyChanges;
}

/**
 * JSON with object keys sorted at every level, so that equal reports give equal text and the
 * adopted snapshot's hash can be checked again by anyone holding the snapshot.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The year a round belongs to in the yearly report: the year it opens. */
export const reportYearOf = (round: { opensOn: string; reportYear?: number }): number =>
  round.reportYear ?? Number(round.opensOn.slice(0, 4));

/** Tallies the status of each covered unit of a kind; units not met are named (their values are shown). */
export function tallyUnits(
  kind: UnitTally['kind'],
  units: { name: string; status: GoalStatus }[],
): UnitTally {
  const tally: UnitTally = { kind, met: 0, notMet: [], uncertain: 0, hidden: 0, noData: 0 };
  for (const unit of units) {
    if (unit.status === 'met') tally.met++;
    else if (unit.status === 'not-met') tally.notMet.push(unit.name);
    else if (unit.status === 'uncertain') tally.uncertain++;
    else if (unit.status === 'hidden') tally.hidden++;
    else tally.noData++;
  }
  tally.notMet.sort((a, b) => a.localeCompare(b, 'da'));
  return tally;
}
