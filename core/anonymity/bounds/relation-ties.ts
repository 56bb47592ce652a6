import type { FamilyStatistic } from '../family-statistics';
import type { TableRelation } from './table-layer';

/** Does a known sum tie this statistic? A goal's sum ties its indicator; a breakdown's, those broken down by it. */
export function relationTies(relation: TableRelation, stat: FamilyStatistic): boolean {
  if (relation.goalIndicator !== undefined) return stat.indicatorKeys.includes(relation.goalIndicator);
  return relation.breakdownKey === '' || stat.breakdowns.includes(relation.breakdownKey);
}
