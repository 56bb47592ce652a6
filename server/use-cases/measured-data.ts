import type { MeasuredDefinition } from '../../core/measured/measured-definition';
import {
  measuredFigures,
  type MeasuredFigure,
  type MeasuredRecord,
} from '../../core/measured/measured-figures';
import type { MeasuredPeriod } from '../../core/measured/measured-period';
import type { DbOrTx } from '../../db/database';
import { listMeasuredRecords, measuredDataVersion } from '../../db/repositories/measured-values';

type Snapshot = { version: string; records: Promise<MeasuredRecord[]> };

/** Per database handle, per municipality and indicator: the latest records read. */
const snapshots = new WeakMap<object, Map<string, Snapshot>>();

/**
 * An indicator's records, read again only when an import or an entry has changed them
 * (measuredDataVersion is one small query), as sick leave's are (sick-leave-data.ts).
 */
export async function loadMeasuredRecords(
  db: DbOrTx,
  municipalityId: string,
  key: string,
): Promise<MeasuredRecord[]> {
  const version = await measuredDataVersion(db, municipalityId, key);
  let known = snapshots.get(db);
  if (!known) snapshots.set(db, (known = new Map()));
  const id = `${municipalityId}|${key}`;
  const snapshot = known.get(id);
  if (snapshot?.version === version) return snapshot.records;
  const records = listMeasuredRecords(db, municipalityId, key);
  const fresh = { version, records };
  known.set(id, fresh);
  records.catch(() => known.get(id) === fresh && known.delete(id));
  return records;
}

const computed = new WeakMap<MeasuredRecord[], Map<string, Map<string, MeasuredFigure>[]>>();
const KEPT_PER_SNAPSHOT = 32;

/**
 * measuredFigures over a snapshot of records, kept with it until they change. Units are only ever
 * added, so the tree's size tells whether it changed; the definition's JSON is part of the key.
 * The figures are shared between requests and must not be changed by callers.
 */
export function measuredFiguresOf(
  definition: MeasuredDefinition,
  records: MeasuredRecord[],
  units: { id: string; parentId: string | null; path: string }[],
  periods: MeasuredPeriod[],
): Map<string, MeasuredFigure>[] {
  let known = computed.get(records);
  if (!known) computed.set(records, (known = new Map()));
  const key = `${JSON.stringify(definition)}|${units.length}|${periods.map((p) => `${p.grain}:${p.first}:${p.last}`).join(',')}`;
  let figures = known.get(key);
  if (!figures) {
    if (known.size >= KEPT_PER_SNAPSHOT) known.clear();
    known.set(key, (figures = measuredFigures({ definition, units, records, periods })));
  }
  return figures;
}
