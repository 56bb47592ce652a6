/**
 * The JSON the app reads, as the server sends it. Mirrored here rather than imported from
 * server/use-cases, which import the database layer the browser build must not see;
 * test/browser/dashboard-app.test.ts checks at compile time that the server's types still fit.
 */
import type { GoalStatus } from '../../../core/goals/evaluate-goal';
import type { GoalReason } from '../../../core/goals/judge-goal';
import type { BreakdownFilter, GoalRule } from '../../../core/goals/goal-rule';
import type { ChangeVerdict } from '../../../core/indicators/compare-rounds';
import type { LocalizedText } from '../../../core/indicators/indicator-definition';
import type { ManyChanges } from '../../../core/statistics/false-discovery';
import type { ValueUnit } from '../../../core/text/format-value';

export type {
  FollowUpReport,
  ReportGoal,
  ReportPoint,
  UnitTally,
} from '../../../core/reports/follow-up-report';
export type { GoalReason, GoalRule, GoalStatus, LocalizedText, ManyChanges, ValueUnit };

export interface ContractSummary {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: string | null;
}

export interface ContractList {
  contracts: ContractSummary[];
  mayEdit: boolean;
}

export interface ShownValue {
  n: number;
  value: number;
  ciLow: number;
  ciHigh: number;
}

/** A goal's value: sick leave counts every employee, so it has no interval (null) and n is employees. */
export interface GoalValue {
  n: number;
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** `holdsAtFdr`: on a trend goal's change, whether it holds when all the reader's are judged together. */
export type CellChange =
  | {
      comparable: true;
      change: number;
      ciLow: number;
      ciHigh: number;
      verdict: ChangeVerdict;
      pValue: number;
      holdsAtFdr?: boolean;
    }
  | { comparable: false; reason: 'definition-changed' | 'too-few' };

/** One goal at one unit: hidden cells carry no numbers (server/use-cases/goal-cells.ts). */
export type GoalCell =
  | ({
      status: 'met' | 'not-met' | 'uncertain';
      change: CellChange | null;
      reasons: GoalReason[];
    } & GoalValue)
  | { status: 'no-data'; measured?: GoalValue; change?: CellChange | null; reasons?: GoalReason[] }
  | { status: 'hidden'; minGroupSize: number; reasons?: GoalReason[] }
  | { status: 'out-of-scope' };

export interface OverviewGoal {
  id: string;
  unit: ValueUnit;
  title: LocalizedText;
  serviceArea: string;
  rule: GoalRule;
  breakdownFilter: BreakdownFilter | null;
  deadline: string;
  round: { id: string; title: LocalizedText } | null;
  measuredOn: 'survey' | 'sick-leave' | 'measured';
  measurePeriod: 'year' | 'quarter' | 'rolling12' | null;
  /** A trend goal's changes at the units the reader sees; null for other goals. */
  changes: ManyChanges | null;
}

/** `depth` counts from the top of the user's scope (0). */
export interface OverviewUnit {
  unitId: string;
  name: string;
  kind: string;
  depth: number;
}

export interface OverviewRow extends OverviewUnit {
  /** No cell where the goal does not cover the unit (out of scope). */
  cells: Partial<Record<string, GoalCell>>;
}

/**
 * GET /api/goals?unit=<id>&levels=<n>&offset=<n>&limit=<n>: every goal at one page of a unit's
 * subtree (the top of the user's scope without `unit`), in tree order.
 */
export interface GoalOverview {
  municipality: { id: string; name: string };
  /** Every trend goal's changes at every unit the reader sees, judged together. */
  changes: ManyChanges;
  contracts: { id: string; title: string; periodStart: string; periodEnd: string; goals: OverviewGoal[] }[];
  /** From the top of the user's scope down to the asked unit, both included. */
  path: OverviewUnit[];
  rows: OverviewRow[];
  /** `next`: the offset of the next page of the subtree, null on the last. */
  page: { offset: number; limit: number; total: number; next: number | null };
}

/** `asOf`: the numbers are an earlier release's (its date): too few answered since to show new ones. */
export type ValueView =
  | ({ shown: true; asOf?: string } & ShownValue)
  | { shown: false; reason: 'too-few-answers'; minGroupSize: number }
  | { shown: false; reason: 'no-data' };

export type ChangeView =
  | {
      available: true;
      change: number;
      ciLow: number;
      ciHigh: number;
      verdict: ChangeVerdict;
      previousRoundId: string;
      pValue: number;
      /** Whether it holds when all the round's changes at the unit are judged together. */
      holdsAtFdr: boolean;
    }
  | {
      available: false;
      reason: 'no-previous-round' | 'not-shown' | 'definition-changed' | 'too-few';
      previousTitle?: LocalizedText;
    };

export interface IndicatorRow {
  key: string;
  label: LocalizedText;
  unit: ValueUnit;
  total: ValueView;
  change: ChangeView;
}

/** GET /api/units/:unitId/indicators: the unit's indicators per round, newest first. */
export interface UnitIndicators {
  unit: { id: string; name: string; kind: string };
  rounds: {
    id: string;
    instrumentKey: string;
    title: LocalizedText;
    opensOn: string;
    closesOn: string;
    /** When the round's latest release was made (null: none yet). */
    computedAt: string | null;
    /** Answers here but no release yet: no indicators, and readers are told when they come. */
    awaitingRelease: boolean;
    /** The round's changes since the previous round, judged together; null: none. */
    changes: ManyChanges | null;
    /** More answers than people here: the words to show (intervals are then not corrected). */
    overPopulation: { answers: number; people: number; note: LocalizedText } | null;
    indicators: IndicatorRow[];
  }[];
}

export interface BreakdownView {
  key: string;
  label: LocalizedText;
  cells: { value: string; label: string; labels: LocalizedText; view: ValueView }[];
}

export interface IndicatorPoint {
  roundId: string;
  title: LocalizedText;
  opensOn: string;
  value: ValueView;
  change: ChangeView;
  breakdowns: BreakdownView[];
}

/** A measured value, a comparison group's published mean (no interval), or a withheld network figure. */
export type ComparedValue =
  | ValueView
  | { shown: true; published: true; value: number; municipalities: number }
  | { shown: false; reason: 'network-hidden'; municipalities: number };

export interface Comparison {
  kind: 'municipality' | 'parent' | 'network' | 'benchmark';
  unitId?: string;
  name: string;
  points: { roundId: string; value: ComparedValue }[];
}

/** GET /api/units/:unitId/indicators/:instrumentKey/:indicatorKey: one indicator over the rounds. */
export interface IndicatorDetail {
  unit: { id: string; name: string; kind: string };
  instrumentKey: string;
  indicator: { key: string; label: LocalizedText; unit: ValueUnit };
  points: IndicatorPoint[];
  comparisons: Comparison[];
  /** Rounds of the instrument with answers here whose results are not published yet. */
  awaitingRelease: { roundId: string; title: LocalizedText; closesOn: string }[];
}

/** GET /api/me: the logged-in user and what the app may offer them (the API checks every call). */
export interface Me {
  name: string;
  role: 'admin' | 'consultant' | 'leader' | 'viewer';
  mayAct: boolean;
  isQualityStaff: boolean;
  isAdmin: boolean;
}
