import { and, eq, inArray } from 'drizzle-orm';
import type { IndicatorCell } from '../../core/indicators/compute-indicator-cells';
import type { DbOrTx } from '../database';
import { indicatorValues } from '../schema';

export interface IndicatorValueScope {
  municipalityId: string;
  roundId: string;
  unitId: string;
  instrumentVersionId: string;
}

/** Recomputes overwrite: the unit's cells for the round are replaced as a whole. */
export async function replaceIndicatorValues(
  db: DbOrTx,
  scope: IndicatorValueScope,
  cells: IndicatorCell[],
): Promise<void> {
  await db
    .delete(indicatorValues)
    .where(and(eq(indicatorValues.roundId, scope.roundId), eq(indicatorValues.unitId, scope.unitId)));
  if (cells.length === 0) return;
  await db.insert(indicatorValues).values(
    cells.map((c) => ({
      ...scope,
      indicatorKey: c.indicatorKey,
      breakdownKey: c.breakdownKey,
      breakdownValue: c.breakdownValue,
      n: c.n,
      k: c.suppressed ? null : c.k,
      value: c.suppressed ? null : c.value,
      ciLow: c.suppressed ? null : c.ciLow,
      ciHigh: c.suppressed ? null : c.ciHigh,
      suppressed: c.suppressed,
    })),
  );
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
      ),
    );
}
