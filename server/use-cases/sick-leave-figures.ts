import { NotFound, ValidationFailed } from '../../core/errors';
import { orderTree } from '../../core/org/org-tree';
import { pathIds, type UnitKind } from '../../core/org/org-unit';
import { assertInScope, isInScope } from '../../core/org/scope';
import {
  defaultWindow,
  listPeriods,
  type DataMonths,
  type FigurePeriod,
  type Granularity,
} from '../../core/sick-leave/figures-periods';
import { MIN_EMPLOYEES } from '../../core/sick-leave/figures-record';
import { monthIndex, monthText } from '../../core/sick-leave/month-index';
import type { SickLeaveFigure } from '../../core/sick-leave/sick-leave-figures';
import type { Db } from '../../db/database';
import { listUnitDetails } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { loadSickLeaveData, sickLeaveFiguresOf } from './sick-leave-data';

export interface SickLeaveAsk {
  /** The staff user's own scope unit when not given. */
  unitId?: string;
  /** Months 'YYYY-MM'; rolling windows are named by their last month. */
  from?: string;
  to?: string;
  granularity: Granularity;
}

export interface SickLeavePeriodView {
  key: string;
  firstMonth: string;
  lastMonth: string;
  /** Some months are outside the data: a quarter or year so far, or a window before the data begin. */
  partial: boolean;
}

export interface SickLeaveRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  /** 0: the unit asked for; 1: one of its children. */
  level: 0 | 1;
  hasChildren: boolean;
  /** One per period, in the order of `periods`. */
  figures: SickLeaveFigure[];
}

/** GET /api/sick-leave: a unit and its children, period by period. */
export interface SickLeaveTable {
  unit: { id: string; name: string; kind: UnitKind };
  /** The units above it that the reader may open, from the top of her scope. */
  path: { id: string; name: string }[];
  granularity: Granularity;
  periods: SickLeavePeriodView[];
  rows: SickLeaveRow[];
  minEmployees: number;
  /** Payroll data cover every employee: the figures are counts, not estimates from a sample. */
  basis: 'all-employees';
  /** The first and last month the municipality has sick leave for; null before the first import. */
  firstMonth: string | null;
  lastMonth: string | null;
}

/** At most ten years of months in one table. */
const MAX_PERIODS = 120;

/**
 * A unit's sick leave and its children's, by month, quarter, year or rolling 12 months, rolled up
 * the tree and weighted by planned days. Anonymity is decided over the whole municipality, so this
 * view hides exactly what every other view of the same units hides.
 */
export async function loadSickLeaveTable(
  db: Db,
  staff: StaffUser,
  ask: SickLeaveAsk,
): Promise<SickLeaveTable> {
  const units = await listUnitDetails(db, staff.municipalityId);
  const unitId = ask.unitId ?? staff.scopeUnitId;
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw new NotFound(`Unit ${unitId} does not exist`);
  const scope = { municipalityId: staff.municipalityId, scopeUnitPath: staff.scopeUnitPath };
  assertInScope(scope, unit);
  const snapshot = await loadSickLeaveData(db, staff.municipalityId);
  const data = snapshot.months;
  const periods = data === null ? [] : periodsAsked(ask, data);
  const figures = sickLeaveFiguresOf(snapshot, units, periods);
  const shownUnits = orderTree(unit, units).filter((row) => row.depth <= 1);
  const parents = new Set(units.map((u) => u.parentId));
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    path: pathIds(unit.path)
      .slice(0, -1)
      .map((id) => byId.get(id)!)
      .filter((u) => u && isInScope(scope, u))
      .map((u) => ({ id: u.id, name: u.name })),
    granularity: ask.granularity,
    periods: periods.map(periodView),
    rows: shownUnits.map(({ unit: u, depth }) => ({
      unitId: u.id,
      name: u.name,
      kind: u.kind,
      level: depth === 0 ? 0 : 1,
      hasChildren: parents.has(u.id),
      figures: figures.map((byUnit) => byUnit.get(u.id)!),
    })),
    minEmployees: MIN_EMPLOYEES,
    basis: 'all-employees',
    firstMonth: data === null ? null : monthText(data.first),
    lastMonth: data === null ? null : monthText(data.last),
  };
}

/** The periods from `from` to `to`, by default the latest ones up to the last month with data. */
function periodsAsked(ask: SickLeaveAsk, data: DataMonths): FigurePeriod[] {
  const to = ask.to ? monthIndex(ask.to) : data.last;
  const from = ask.from ? monthIndex(ask.from) : defaultWindow(ask.granularity, to).from;
  if (from > to) throw new ValidationFailed('The period is empty', [{ field: 'from', issue: 'after to' }]);
  const periods = listPeriods(ask.granularity, from, to, data);
  if (periods.length > MAX_PERIODS)
    throw new ValidationFailed('Too many periods', [
      { field: 'from', issue: `at most ${MAX_PERIODS} periods in one table` },
    ]);
  return periods;
}

const periodView = (p: FigurePeriod): SickLeavePeriodView => ({
  key: p.key,
  firstMonth: monthText(p.first),
  lastMonth: monthText(p.last),
  partial: p.partial,
});
