import type { BreakdownFilter } from '../../goals/goal-rule';
import type { IndicatorStats } from '../../indicators/indicator-stats';

/** One indicator's cell of a group at one moment, and whether readers got its numbers then. */
export interface LayerCell {
  stats: IndicatorStats;
  shown: boolean;
}

/**
 * What one release of a round holds, for the bounds audit: per group id (group-id.ts) its cells
 * by indicator key, the goal values (one indicator each), and the responses in each unit's
 * subtree at that moment (readers see answer counts live).
 */
export interface TableLayer {
  cells: Map<string, Map<string, LayerCell>>;
  goals: Map<string, { indicatorKey: string; filter: BreakdownFilter | null; cell: LayerCell }>;
  subtreeResponses: ReadonlyMap<string, number>;
}

/**
 * A sum a reader knows: total = Σ parts + respondents the reader is assumed to know besides
 * (the parent's own, those who skipped the breakdown question). `breakdownKey` says which
 * statistics it ties ('' for totals); a goal's sum ties only its indicator.
 */
export interface TableRelation {
  total: string;
  parts: string[];
  breakdownKey: string;
  goalIndicator?: string;
}
