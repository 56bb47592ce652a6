import type { IndicatorEstimate } from './estimate-from-stats';

/**
 * One indicator value for one group: the total (breakdownKey and breakdownValue '') or one value of
 * a breakdown. k is null, like value and the interval, once anonymity suppression has hidden the cell.
 */
export interface IndicatorCell extends IndicatorEstimate {
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  suppressed: boolean;
}
