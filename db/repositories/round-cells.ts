import { sql } from 'drizzle-orm';
import type { StoredCell } from '../../core/indicators/cells-from-stats';
import type { DbOrTx } from '../database';
import { cellKey, type StoredUnitSignatures } from './indicator-values';

// A double as its 8 bytes in hex, as cellSignature writes it; null as '~'.
const bits = (column: string) => `coalesce(encode(float8send(${column}), 'hex'), '~')`;
const text = (column: string) => `coalesce(${column}::text, '~')`;
const SIGNATURE = sql.raw(
  `concat_ws('|', ${text('definition_hash')}, ${text('n')}, ${text('k')}, ${bits('value')}, ${bits('ci_low')},
     ${bits('ci_high')}, ${text('suppressed')}, ${text('internal')}, ${text('stat_k')}, ${bits('stat_sum')},
     ${bits('stat_sum_sq')}, ${text('population')})`,
);

/**
 * Every stored cell of a round as one signature string per cell, by unit and cellKey: a full
 * recompute sends only the cells whose signature differs (writeUnitCells) and deletes only those
 * it no longer has (deleteCells), so a recompute that finds the same values writes nothing. The
 * numbers in one text column instead of twelve: parsing rows is most of what reading them costs Node.
 */
export async function loadRoundCellSignatures(
  db: DbOrTx,
  roundId: string,
): Promise<Map<string, StoredUnitSignatures>> {
  const result = (await db.execute(sql`
    select unit_id, indicator_key, breakdown_key, breakdown_value, ${SIGNATURE} as signature
    from indicator_values where round_id = ${roundId}`)) as unknown as {
    rows: {
      unit_id: string;
      indicator_key: string;
      breakdown_key: string;
      breakdown_value: string;
      signature: string;
    }[];
  };
  const units = new Map<string, StoredUnitSignatures>();
  for (const row of result.rows) {
    let unit = units.get(row.unit_id);
    if (!unit) units.set(row.unit_id, (unit = { signatures: new Map() }));
    const key = cellKey({
      indicatorKey: row.indicator_key,
      breakdownKey: row.breakdown_key,
      breakdownValue: row.breakdown_value,
    });
    unit.signatures.set(key, row.signature);
  }
  return units;
}

/** A stored cell by its key. */
export interface CellRef {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
}

/** The stored cells (loadRoundCellSignatures) that the new cells no longer have: units or groups gone. */
export function cellsGone(
  stored: Map<string, StoredUnitSignatures>,
  cellsByUnit: Map<string, StoredCell[]>,
): CellRef[] {
  const gone: CellRef[] = [];
  for (const [unitId, { signatures }] of stored) {
    const kept = new Set((cellsByUnit.get(unitId) ?? []).map(cellKey));
    for (const key of signatures.keys()) {
      if (kept.has(key)) continue;
      const [indicatorKey, breakdownKey, breakdownValue] = key.split('\u0000') as [string, string, string];
      gone.push({ unitId, indicatorKey, breakdownKey, breakdownValue });
    }
  }
  return gone;
}

/** Removes the listed cells of a round (cellsGone). */
export async function deleteCells(db: DbOrTx, roundId: string, cells: CellRef[]): Promise<void> {
  if (cells.length === 0) return;
  await db.execute(sql`
    delete from indicator_values d
    using json_to_recordset(${JSON.stringify(cells)}::json)
      as k("unitId" uuid, "indicatorKey" text, "breakdownKey" text, "breakdownValue" text)
    where d.round_id = ${roundId} and d.unit_id = k."unitId" and d.indicator_key = k."indicatorKey"
      and d.breakdown_key = k."breakdownKey" and d.breakdown_value = k."breakdownValue"`);
}
