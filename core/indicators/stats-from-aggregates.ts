import type { ConditionOp, InstrumentIndicators } from './indicator-definition';
import { StatsTable } from './indicator-stats';

/**
 * What the database adds up per response for a round's stored scores (CompactScore): one line per
 * indicator total (slot 0, group '') and per breakdown the indicator lists (slot j + 1 for its
 * j-th, read from the response's group at `breakdown`, the position in instrument.breakdowns), with
 * the share condition that counts k (null: not a share).
 */
export interface AggregationLine {
  indicator: number;
  slot: number;
  breakdown: number;
  op: ConditionOp | null;
  value: number | null;
}

export function aggregationPlan(instrument: InstrumentIndicators): AggregationLine[] {
  return instrument.indicators.flatMap((indicator, index) => {
    const share = indicator.measure.type === 'share' ? indicator.measure.condition : null;
    const condition = { op: share?.op ?? null, value: share?.value ?? null };
    const groups = indicator.breakdowns.map((key, j) => ({
      indicator: index,
      slot: j + 1,
      breakdown: instrument.breakdowns.findIndex((b) => b.key === key),
      ...condition,
    }));
    return [{ indicator: index, slot: 0, breakdown: -1, ...condition }, ...groups];
  });
}

/**
 * One cell of one unit as the database summed it: what addResponse adds over the unit's responses.
 * `firstSeq` is the position (in id order) of the first response that made the cell, `responses`
 * how many responses it has (for a total, the unit's responses). Sums are added in response order,
 * as addResponse adds them, so they are equal to the last bit.
 */
export interface CellAggregate {
  unitId: string;
  indicator: number;
  slot: number;
  group: string;
  firstSeq: number;
  responses: number;
  n: number;
  k: number;
  sum: number;
  sumSq: number;
}

/**
 * Each unit's StatsTable from the database's sums, its cells (and units) created in the order
 * addResponse would have made them reading the responses in id order — groups are listed in
 * that order — and each unit's number of responses.
 */
export function tablesFromAggregates(
  instrument: InstrumentIndicators,
  aggregates: CellAggregate[],
): { tables: Map<string, StatsTable>; responses: Map<string, number> } {
  const ordered = [...aggregates].sort(
    (a, b) => a.firstSeq - b.firstSeq || a.indicator - b.indicator || a.slot - b.slot,
  );
  const tables = new Map<string, StatsTable>();
  const responses = new Map<string, number>();
  for (const line of ordered) {
    let table = tables.get(line.unitId);
    if (table === undefined) tables.set(line.unitId, (table = new StatsTable()));
    const indicator = instrument.indicators[line.indicator]!;
    const breakdownKey = line.slot === 0 ? '' : indicator.breakdowns[line.slot - 1]!;
    const { stats } = table.cell(indicator.key, breakdownKey, line.group);
    stats.n = line.n;
    stats.k = line.k;
    stats.sum = line.sum;
    stats.sumSq = line.sumSq;
    if (line.indicator === 0 && line.slot === 0) responses.set(line.unitId, line.responses);
  }
  return { tables, responses };
}
