import type { RoundChange } from '../indicators/compare-rounds';
import { monthIndex } from '../sick-leave/month-index';
import { hiddenFigureUnits } from './hidden-figure-units';
import { measuredChange } from './measured-change';
import type { MeasuredDefinition } from './measured-definition';
import { periodsWithin, sameLastYear, type MeasuredPeriod } from './measured-period';
import { measuredValueOf, type MeasuredSums } from './measured-value';

/** One unit's figure for one period of the definition's grain, as imported or entered. */
export interface MeasuredRecord {
  unitId: string;
  /** The period's first day: '2025-08-01'. */
  periodStart: string;
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
  /** The persons behind it; null when the source does not say (then it counts as none). */
  persons: number | null;
}

/** Against the same period a year earlier. */
export type MeasuredComparison =
  | { available: true; previousValue: number; change: RoundChange }
  | { available: false; reason: 'no-previous' | 'previous-hidden' };

/** A unit's figure in a period. Hidden figures carry no number at all, not even n. */
export type MeasuredFigure =
  | ({
      status: 'shown';
      value: number;
      ciLow: number | null;
      ciHigh: number | null;
      sameLastYear: MeasuredComparison;
    } & MeasuredSums)
  | { status: 'hidden'; minPersons: number }
  | { status: 'no-data' };

export interface MeasuredFiguresInput {
  definition: MeasuredDefinition;
  /** The whole municipality's tree, parents first: suppression is decided over all of it. */
  units: { id: string; parentId: string | null }[];
  /** The definition's records of the periods asked for and of the same periods a year before. */
  records: MeasuredRecord[];
  periods: MeasuredPeriod[];
}

interface Evaluated {
  subtree: Map<string, MeasuredSums>;
  hidden: Set<string>;
}

/**
 * Every unit's figure in every period asked for, aligned with `periods`. A figure is its subtree's
 * sums (numerators and denominators added up, so parts weigh by their denominators); persons
 * are each unit's fewest in any of the period's parts, added up over units, so that a part with
 * too few people hides every longer period holding it. A figure is hidden when too few persons
 * are behind it, to protect another hidden figure, or when the unit is hidden in any part of the
 * period, since the longer period minus its shown parts would give that part away.
 */
export function measuredFigures(input: MeasuredFiguresInput): Map<string, MeasuredFigure>[] {
  const { definition } = input;
  const byUnit = new Map<string, { month: number; record: MeasuredRecord }[]>();
  for (const record of input.records) {
    const list = byUnit.get(record.unitId) ?? [];
    list.push({ month: monthIndex(record.periodStart), record });
    byUnit.set(record.unitId, list);
  }
  const cache = new Map<string, Evaluated>();
  const evaluate = (period: MeasuredPeriod): Evaluated => {
    const key = `${period.grain}:${period.first}:${period.last}`;
    const known = cache.get(key);
    if (known) return known;
    const own = ownSums(byUnit, period);
    const subtree = rollUp(input.units, own);
    const alsoHidden = new Set<string>();
    const parts = periodsWithin(definition.grain, period);
    if (parts.length > 1 || (parts[0] && parts[0].last !== period.last))
      for (const part of parts) for (const id of evaluate(part).hidden) alsoHidden.add(id);
    const hidden =
      definition.minPersons > 0
        ? hiddenFigureUnits(
            input.units,
            { subtree: (id) => subtree.get(id)?.persons ?? 0, hasOwn: (id) => own.has(id) },
            { minPersons: definition.minPersons, alsoHidden },
          )
        : new Set<string>();
    const evaluated = { subtree, hidden };
    cache.set(key, evaluated);
    return evaluated;
  };
  return input.periods.map((period) => {
    const now = evaluate(period);
    const before = evaluate(sameLastYear(period));
    const figures = new Map<string, MeasuredFigure>();
    for (const unit of input.units) figures.set(unit.id, figureOf(definition, unit.id, now, before));
    return figures;
  });
}

function ownSums(
  byUnit: Map<string, { month: number; record: MeasuredRecord }[]>,
  period: MeasuredPeriod,
): Map<string, MeasuredSums> {
  const own = new Map<string, MeasuredSums>();
  for (const [unitId, records] of byUnit) {
    let sums: MeasuredSums | null = null;
    for (const { month, record } of records) {
      if (month < period.first || month > period.last) continue;
      sums ??= { numerator: 0, denominator: 0, persons: Infinity };
      sums.numerator += record.numerator;
      sums.denominator += record.denominator ?? 0;
      sums.persons = Math.min(sums.persons!, record.persons ?? 0);
    }
    if (sums) own.set(unitId, sums);
  }
  return own;
}

/** Parents first, so walking backwards meets every unit after its children. */
function rollUp(
  units: { id: string; parentId: string | null }[],
  own: Map<string, MeasuredSums>,
): Map<string, MeasuredSums> {
  const subtree = new Map<string, MeasuredSums>();
  const add = (id: string, sums: MeasuredSums) => {
    const sum = subtree.get(id);
    if (!sum) subtree.set(id, { ...sums });
    else {
      sum.numerator += sums.numerator;
      sum.denominator += sums.denominator;
      sum.persons = (sum.persons ?? 0) + (sums.persons ?? 0);
    }
  };
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    const mine = own.get(unit.id);
    if (mine) add(unit.id, mine);
    const sum = subtree.get(unit.id);
    if (sum && unit.parentId !== null) add(unit.parentId, sum);
  }
  return subtree;
}

function figureOf(
  definition: MeasuredDefinition,
  unitId: string,
  now: Evaluated,
  before: Evaluated,
): MeasuredFigure {
  const sums = now.subtree.get(unitId);
  if (!sums) return { status: 'no-data' };
  if (now.hidden.has(unitId)) return { status: 'hidden', minPersons: definition.minPersons };
  const value = measuredValueOf(definition, sums);
  if (!value) return { status: 'no-data' };
  return {
    status: 'shown',
    ...value,
    ...sums,
    sameLastYear: comparison(definition, { value: value.value, sums }, unitId, before),
  };
}

function comparison(
  definition: MeasuredDefinition,
  current: { value: number; sums: MeasuredSums },
  unitId: string,
  before: Evaluated,
): MeasuredComparison {
  const sums = before.subtree.get(unitId);
  if (!sums) return { available: false, reason: 'no-previous' };
  if (before.hidden.has(unitId)) return { available: false, reason: 'previous-hidden' };
  const value = measuredValueOf(definition, sums);
  if (!value) return { available: false, reason: 'no-previous' };
  return {
    available: true,
    previousValue: value.value,
    change: measuredChange(definition, current, { value: value.value, sums }),
  };
}
