/**
 * Sufficient statistics of one indicator for one group: n respondents with a score, k of them
 * meeting a share indicator's condition, and the sum and sum of squares of their scores. They add
 * up across groups, so a school's statistics are its classes' added together and a recompute after
 * one response reads one class's responses, not the municipality's.
 */
export interface IndicatorStats {
  n: number;
  k: number;
  sum: number;
  sumSq: number;
}

export const emptyStats = (): IndicatorStats => ({ n: 0, k: 0, sum: 0, sumSq: 0 });

/** target += sign · source (sign −1 takes a group's old contribution back out). */
export function addStats(target: IndicatorStats, source: IndicatorStats, sign: 1 | -1 = 1): void {
  target.n += sign * source.n;
  target.k += sign * source.k;
  target.sum += sign * source.sum;
  target.sumSq += sign * source.sumSq;
}

/** One cell's statistics: the total (breakdownKey and breakdownValue '') or one breakdown group. */
export interface StatsCell {
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  stats: IndicatorStats;
}

/**
 * The statistics of every cell of one unit. Nested maps (indicator → breakdown → group) rather
 * than one map of joined keys: a full recompute looks cells up tens of millions of times.
 */
export class StatsTable {
  private readonly cells = new Map<string, Map<string, Map<string, StatsCell>>>();

  static of(cells: Iterable<StatsCell>): StatsTable {
    const table = new StatsTable();
    for (const cell of cells)
      table.add(cell.indicatorKey, cell.breakdownKey, cell.breakdownValue, cell.stats);
    return table;
  }

  /** The cell, created empty when missing: a group that exists with no scored respondent has n = 0. */
  cell(indicatorKey: string, breakdownKey: string, breakdownValue: string): StatsCell {
    let byBreakdown = this.cells.get(indicatorKey);
    if (byBreakdown === undefined) this.cells.set(indicatorKey, (byBreakdown = new Map()));
    let byValue = byBreakdown.get(breakdownKey);
    if (byValue === undefined) byBreakdown.set(breakdownKey, (byValue = new Map()));
    let cell = byValue.get(breakdownValue);
    if (cell === undefined) {
      cell = { indicatorKey, breakdownKey, breakdownValue, stats: emptyStats() };
      byValue.set(breakdownValue, cell);
    }
    return cell;
  }

  add(
    indicatorKey: string,
    breakdownKey: string,
    breakdownValue: string,
    stats: IndicatorStats,
    sign: 1 | -1 = 1,
  ): void {
    addStats(this.cell(indicatorKey, breakdownKey, breakdownValue).stats, stats, sign);
  }

  /**
   * Adds every cell of `other` (sign −1: takes it back out), creating missing cells in other's
   * order. Walks both tables' maps side by side: a roll-up adds every unit's table into its parent.
   */
  addTable(other: StatsTable, sign: 1 | -1 = 1): void {
    for (const [indicatorKey, theirBreakdowns] of other.cells) {
      let byBreakdown = this.cells.get(indicatorKey);
      if (byBreakdown === undefined) this.cells.set(indicatorKey, (byBreakdown = new Map()));
      for (const [breakdownKey, theirValues] of theirBreakdowns) {
        let byValue = byBreakdown.get(breakdownKey);
        if (byValue === undefined) byBreakdown.set(breakdownKey, (byValue = new Map()));
        for (const [breakdownValue, theirs] of theirValues) {
          let cell = byValue.get(breakdownValue);
          if (cell === undefined) {
            cell = { indicatorKey, breakdownKey, breakdownValue, stats: emptyStats() };
            byValue.set(breakdownValue, cell);
          }
          addStats(cell.stats, theirs.stats, sign);
        }
      }
    }
  }

  find(indicatorKey: string, breakdownKey: string, breakdownValue: string): StatsCell | undefined {
    return this.cells.get(indicatorKey)?.get(breakdownKey)?.get(breakdownValue);
  }

  /** The groups of one breakdown of one indicator, in insertion order. */
  groups(indicatorKey: string, breakdownKey: string): StatsCell[] {
    return [...(this.cells.get(indicatorKey)?.get(breakdownKey)?.values() ?? [])];
  }

  all(): StatsCell[] {
    const result: StatsCell[] = [];
    for (const byBreakdown of this.cells.values())
      for (const byValue of byBreakdown.values()) for (const cell of byValue.values()) result.push(cell);
    return result;
  }
}
