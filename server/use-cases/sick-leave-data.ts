import { dataMonthsOf } from '../../core/sick-leave/data-months';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import type { DataMonths, FigurePeriod } from '../../core/sick-leave/figures-periods';
import {
  sickLeaveFigures,
  type FiguresInput,
  type SickLeaveFigure,
} from '../../core/sick-leave/sick-leave-figures';
import type { DbOrTx } from '../../db/database';
import { listSickLeaveRecords, sickLeaveDataVersion } from '../../db/repositories/sick-leave-records';

/** A municipality's sick leave as the figures read it: every record, and the months they cover. */
export interface SickLeaveData {
  records: SickLeaveRecord[];
  months: DataMonths | null;
}

type Snapshot = { version: string; data: Promise<SickLeaveData> };

/** Per database handle (a transaction gets its own), per municipality: the latest snapshot read. */
const snapshots = new WeakMap<object, Map<string, Snapshot>>();

/**
 * The municipality's records, read again only when an import has changed them (sickLeaveDataVersion
 * is one small query): payroll data change monthly, and reading and parsing 40,000 records was
 * most of a sick-leave view's time. Each server process keeps its own; the version makes them agree.
 */
export async function loadSickLeaveData(db: DbOrTx, municipalityId: string): Promise<SickLeaveData> {
  // The version is read before the records: an import between the two only makes the next read reload.
  const version = await sickLeaveDataVersion(db, municipalityId);
  let byMunicipality = snapshots.get(db);
  if (!byMunicipality) snapshots.set(db, (byMunicipality = new Map()));
  const known = byMunicipality.get(municipalityId);
  if (known?.version === version) return known.data;
  const data = listSickLeaveRecords(db, municipalityId).then((records) => ({
    records,
    months: dataMonthsOf(records),
  }));
  const snapshot = { version, data };
  byMunicipality.set(municipalityId, snapshot);
  data.catch(() => {
    if (byMunicipality.get(municipalityId) === snapshot) byMunicipality.delete(municipalityId);
  });
  return data;
}

/** Computed figures per snapshot, by tree size and periods; a new import brings a new snapshot. */
const computed = new WeakMap<SickLeaveData, Map<string, Map<string, SickLeaveFigure>[]>>();
const KEPT_PER_SNAPSHOT = 64;

/**
 * sickLeaveFigures over a snapshot, kept with it: the same periods asked again (every view of the
 * dashboard, every goal) are not computed again until an import changes the records. Units are
 * only ever added, never moved, so the tree's size tells whether it changed. The figures are
 * shared between requests and must not be changed by callers.
 */
export function sickLeaveFiguresOf(
  data: SickLeaveData,
  units: FiguresInput['units'],
  periods: FigurePeriod[],
): Map<string, SickLeaveFigure>[] {
  let known = computed.get(data);
  if (!known) computed.set(data, (known = new Map()));
  const key = `${units.length}|${periods.map((p) => `${p.granularity}:${p.first}:${p.last}:${p.partial}`).join(',')}`;
  let figures = known.get(key);
  if (!figures) {
    if (known.size >= KEPT_PER_SNAPSHOT) known.clear();
    known.set(key, (figures = sickLeaveFigures({ units, records: data.records, periods })));
  }
  return figures;
}
