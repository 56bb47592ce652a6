import type { BreakdownFilter } from '../goals/goal-rule';
import type { IndicatorStats } from '../indicators/indicator-stats';
import type { InstrumentIndicators } from '../indicators/indicator-definition';

/** A published (not internal) cell of a round as computed for a release: its data and own rules. */
export interface ReleaseCell {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  stats: IndicatorStats;
  /** Hidden by the unit's own rules when computed: below the minimum, or complements within the unit. */
  suppressed: boolean;
}

/** A goal's value at one unit, as computed for a release. */
export interface ReleaseGoalCell {
  goalId: string;
  unitId: string;
  indicatorKey: string;
  filter: BreakdownFilter | null;
  stats: IndicatorStats;
  /** Hidden by its own rule (status 'hidden': below the minimum). */
  hidden: boolean;
}

/** An earlier release of the same round: its data, and what it showed with its own numbers. */
export interface EarlierRelease {
  seq: number;
  cells: (ReleaseCell & { shownFresh: boolean })[];
  goalCells: (ReleaseGoalCell & { shownFresh: boolean })[];
  /** Responses per unit (own, not subtree) at that release. */
  responseCounts: ReadonlyMap<string, number>;
}

export interface ReleaseAuditInput {
  units: { id: string; parentId: string | null }[];
  indicators: InstrumentIndicators;
  cells: ReleaseCell[];
  goalCells: ReleaseGoalCell[];
  /** Responses per unit (own, not subtree) now: readers see them live. */
  responseCounts: ReadonlyMap<string, number>;
  /** Oldest first. */
  earlier: EarlierRelease[];
}

export type CellRef = Pick<ReleaseCell, 'unitId' | 'indicatorKey' | 'breakdownKey' | 'breakdownValue'>;

/** What the new release must not show with its own numbers (own rules included). */
export interface ReleaseAuditResult {
  hiddenCells: CellRef[];
  hiddenGoals: { goalId: string; unitId: string }[];
}
