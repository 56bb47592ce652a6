import { NotFound, ValidationFailed } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { MeasuredDefinition, PeriodGrain } from '../../core/measured/measured-definition';
import type { MeasuredFigure } from '../../core/measured/measured-figures';
import {
  cutAt,
  isCut,
  measuredPeriodTitle,
  parsePeriodKey,
  periodFromStartDate,
  periodHolding,
  yearGrainOf,
  type MeasuredPeriod,
} from '../../core/measured/measured-period';
import type { UnitKind } from '../../core/org/org-unit';
import { isInScope } from '../../core/org/scope';
import type { Db } from '../../db/database';
import { findMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { listUnitDetails } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { loadMeasuredRecords, measuredFiguresOf } from './measured-data';

export interface MeasuredFiguresAsk {
  period: 'own' | 'year';
  from?: string;
  to?: string;
}

/** GET /api/measured/:key/figures. */
export interface MeasuredFiguresTable {
  definition: MeasuredDefinition;
  periods: { key: string; title: LocalizedText; partial: boolean }[];
  units: {
    id: string;
    name: string;
    parentId: string | null;
    path: string;
    kind: UnitKind;
    figures: MeasuredFigure[];
  }[];
}

const DEFAULT_COUNT = { own: 8, year: 5 };
const MAX_PERIODS = 120;

/**
 * An indicator's figures for every unit the reader may see, period by period: the definition's
 * own grain, or years (calendar or school), the latest a year so far. Sums roll up the whole tree
 * and anonymity is decided over all of it, so every reader sees the same hidden cells; units
 * outside the reader's scope are left out afterwards.
 */
export async function loadMeasuredFigures(
  db: Db,
  staff: StaffUser,
  key: string,
  ask: MeasuredFiguresAsk,
): Promise<MeasuredFiguresTable> {
  const definition = await findMeasuredDefinition(db, staff.municipalityId, key);
  if (!definition) throw new NotFound(`There is no measured indicator ${key}`);
  const units = await listUnitDetails(db, staff.municipalityId);
  const records = await loadMeasuredRecords(db, staff.municipalityId, key);
  const starts = [...new Set(records.map((r) => r.periodStart))].map((d) =>
    periodFromStartDate(definition.grain, d),
  );
  const periods = periodsAsked(definition.grain, ask, starts);
  const figures = measuredFiguresOf(definition, records, units, periods);
  const scope = { municipalityId: staff.municipalityId, scopeUnitPath: staff.scopeUnitPath };
  return {
    definition,
    periods: periods.map((p) => ({ key: p.key, title: measuredPeriodTitle(p), partial: isCut(p) })),
    units: units
      .filter((u) => isInScope(scope, u))
      .map((u) => ({
        id: u.id,
        name: u.name,
        parentId: u.parentId,
        path: u.path,
        kind: u.kind,
        figures: figures.map((byUnit) => byUnit.get(u.id)!),
      })),
  };
}

/**
 * From `from` to `to` (keys of the grain asked), or by default the latest periods: of the own
 * grain those with data; of years those up to the one holding the last data, cut at its last month.
 */
function periodsAsked(
  grain: PeriodGrain,
  ask: MeasuredFiguresAsk,
  withData: MeasuredPeriod[],
): MeasuredPeriod[] {
  const asked = ask.period === 'own' ? grain : yearGrainOf(grain);
  const parse = (field: 'from' | 'to', text: string) =>
    parsePeriodKey(asked, text) ?? invalid(field, `not a period of the grain ${asked}`);
  const lastMonth = withData.length ? Math.max(...withData.map((p) => p.last)) : null;
  if (ask.from || ask.to) {
    const last = ask.to ? parse('to', ask.to) : lastMonth === null ? null : periodHolding(asked, lastMonth);
    const first = ask.from ? parse('from', ask.from) : last;
    if (!first || !last) return [];
    if (first.first > last.first) invalid('from', 'after to');
    return stepped(asked, first, last, lastMonth);
  }
  if (lastMonth === null) return [];
  if (ask.period === 'own') {
    const keys = new Map(withData.map((p) => [p.key, p]));
    return [...keys.values()].sort((a, b) => a.first - b.first).slice(-DEFAULT_COUNT.own);
  }
  const last = periodHolding(asked, lastMonth);
  const first = periodHolding(asked, last.first - 12 * (DEFAULT_COUNT.year - 1));
  return stepped(asked, first, last, lastMonth);
}

/** first, …, last of the grain; a period past the last month with data is cut there (so far). */
function stepped(
  grain: PeriodGrain,
  first: MeasuredPeriod,
  last: MeasuredPeriod,
  lastMonth: number | null,
): MeasuredPeriod[] {
  const periods: MeasuredPeriod[] = [];
  for (let p = first; p.first <= last.first; p = periodHolding(grain, p.last + 1)) {
    periods.push(lastMonth === null ? p : cutAt(p, lastMonth));
    if (periods.length > MAX_PERIODS) invalid('from', `at most ${MAX_PERIODS} periods in one table`);
  }
  return periods;
}

function invalid(field: string, issue: string): never {
  throw new ValidationFailed('The periods asked for are not valid', [{ field, issue }]);
}
