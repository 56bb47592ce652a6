import type { BreakdownFilter } from '../goals/goal-rule';

/** One published cell of a round (a unit's indicator value for one group), as the audit reads it. */
export interface RoundCell {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  n: number;
  suppressed: boolean;
  /** Not published (a municipality-only breakdown below the municipality). */
  internal: boolean;
}

/** One goal's value for one unit in a round, as the audit reads it. */
export interface RoundGoalCell {
  goalId: string;
  unitId: string;
  indicatorKey: string;
  filter: BreakdownFilter | null;
  n: number;
  hidden: boolean;
}
