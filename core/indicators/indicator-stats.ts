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

export function addStats(target: IndicatorStats, source: IndicatorStats): void {
  target.n += source.n;
  target.k += source.k;
  target.sum += source.sum;
  target.sumSq += source.sumSq;
}

/** One cell's statistics: the total (breakdownKey and breakdownValue '') or one breakdown group. */
export interface StatsCell {
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  stats: IndicatorStats;
}

/** The statistics of every cell of one unit, keyed by cell. */
export class StatsTable {
  private readonly cells = new Map<string, StatsCell>();

  static of(cells: Iterable<StatsCell>): StatsTable {
    const table = new StatsTable();
    for (const cell of cells)
      table.add(cell.indicatorKey, cell.breakdownKey, cell.breakdownValue, cell.stats);
    return table;
  }

  /** The cell, created empty when missing: a group that exists with no scored respondent has n = 0. */
  cell(indicatorKey: string, breakdownKey: string, breakdownValue: string): StatsCell {
    const id = `${indicatorKey}\u0000${breakdownKey}\u0000${breakdownValue}`;
    let cell = this.cells.get(id);
    if (cell === undefined) {
      cell = { indicatorKey, breakdownKey, breakdownValue, stats: emptyStats() };
      this.cells.set(id, cell);
    }
    return cell;
  }

  add(indicatorKey: string, breakdownKey: string, breakdownValue: string, stats: IndicatorStats): void {
    addStats(this.cell(indicatorKey, breakdownKey, breakdownValue).stats, stats);
  }

  addTable(other: StatsTable): void {
    for (const c of other.all()) this.add(c.indicatorKey, c.breakdownKey, c.breakdownValue, c.stats);
  }

  find(indicatorKey: string, breakdownKey: string, breakdownValue: string): StatsCell | undefined {
    return this.cells.get(`${indicatorKey}\u0000${breakdownKey}\u0000${breakdownValue}`);
  }

  all(): StatsCell[] {
    return [...this.cells.values()];
  }
}
