import { and, eq, inArray } from 'drizzle-orm';
import type { StoredCell } from '../../core/indicators/cells-from-stats';
import { StatsTable } from '../../core/indicators/indicator-stats';
import type { DbOrTx } from '../database';
import { indicatorValues } from '../schema';

export interface IndicatorValueScope {
  municipalityId: string;
  roundId: string;
  instrumentVersionId: string;
  /** Per indicator key, the definition fingerprint recorded with every value. */
  definitionHashes: Map<string, string>;
}

/**
 * Recomputes overwrite: each listed unit's cells for the round are replaced as a whole, in batches
 * (a full recompute writes tens of thousands of cells).
 */
export async function replaceUnitCells(
  db: DbOrTx,
  scope: IndicatorValueScope,
  cellsByUnit: Map<string, StoredCell[]>,
): Promise<void> {
  const unitIds = [...cellsByUnit.keys()];
  for (let start = 0; start < unitIds.length; start += 1000) {
    const batch = unitIds.slice(start, start + 1000);
    await db
      .delete(indicatorValues)
      .where(and(eq(indicatorValues.roundId, scope.roundId), inArray(indicatorValues.unitId, batch)));
  }
  const rows = [...cellsByUnit].flatMap(([unitId, cells]) => cells.map((c) => toRow(scope, unitId, c)));
  for (let start = 0; start < rows.length; start += 2000) {
    await db.insert(indicatorValues).values(rows.slice(start, start + 2000));
  }
}

export async function deleteRoundCells(db: DbOrTx, roundId: string): Promise<void> {
  await db.delete(indicatorValues).where(eq(indicatorValues.roundId, roundId));
}

function toRow(scope: IndicatorValueScope, unitId: string, c: StoredCell) {
  const hidden = c.suppressed;
  return {
    municipalityId: scope.municipalityId,
    roundId: scope.roundId,
    unitId,
    instrumentVersionId: scope.instrumentVersionId,
    definitionHash: scope.definitionHashes.get(c.indicatorKey) ?? '',
    indicatorKey: c.indicatorKey,
    breakdownKey: c.breakdownKey,
    breakdownValue: c.breakdownValue,
    n: c.n,
    k: hidden ? null : c.k,
    value: hidden ? null : c.value,
    ciLow: hidden ? null : c.ciLow,
    ciHigh: hidden ? null : c.ciHigh,
    suppressed: hidden,
    internal: c.internal,
    statK: c.stats.k,
    statSum: c.stats.sum,
    statSumSq: c.stats.sumSq,
    population: c.population,
  };
}

/** The stored subtree statistics of the listed units: what a parent adds up without re-reading responses. */
export async function loadSubtreeStats(
  db: DbOrTx,
  roundId: string,
  unitIds: string[],
): Promise<Map<string, StatsTable>> {
  const tables = new Map<string, StatsTable>();
  for (let start = 0; start < unitIds.length; start += 1000) {
    const rows = await db
      .select({
        unitId: indicatorValues.unitId,
        indicatorKey: indicatorValues.indicatorKey,
        breakdownKey: indicatorValues.breakdownKey,
        breakdownValue: indicatorValues.breakdownValue,
        n: indicatorValues.n,
        k: indicatorValues.statK,
        sum: indicatorValues.statSum,
        sumSq: indicatorValues.statSumSq,
      })
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.roundId, roundId),
          inArray(indicatorValues.unitId, unitIds.slice(start, start + 1000)),
        ),
      );
    for (const row of rows) {
      let table = tables.get(row.unitId);
      if (!table) tables.set(row.unitId, (table = new StatsTable()));
      table.add(row.indicatorKey, row.breakdownKey, row.breakdownValue, {
        n: row.n,
        k: row.k,
        sum: row.sum,
        sumSq: row.sumSq,
      });
    }
  }
  return tables;
}

export interface StoredIndicatorValue {
  roundId: string;
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
  computedAt: Date;
}

export async function listIndicatorValues(
  db: DbOrTx,
  scope: { municipalityId: string; roundId: string; unitIds: string[] },
): Promise<StoredIndicatorValue[]> {
  if (scope.unitIds.length === 0) return [];
  return db
    .select({
      roundId: indicatorValues.roundId,
      unitId: indicatorValues.unitId,
      indicatorKey: indicatorValues.indicatorKey,
      breakdownKey: indicatorValues.breakdownKey,
      breakdownValue: indicatorValues.breakdownValue,
      n: indicatorValues.n,
      value: indicatorValues.value,
      ciLow: indicatorValues.ciLow,
      ciHigh: indicatorValues.ciHigh,
      suppressed: indicatorValues.suppressed,
      computedAt: indicatorValues.computedAt,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.municipalityId, scope.municipalityId),
        eq(indicatorValues.roundId, scope.roundId),
        inArray(indicatorValues.unitId, scope.unitIds),
        eq(indicatorValues.internal, false),
      ),
    );
}
