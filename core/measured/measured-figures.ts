import type { RoundChange } from '../indicators/compare-rounds';
import { monthIndex } from '../sick-leave/month-index';
import { figureTree, type FigureSumsModel, type FigureTreeAt, type FigureTreeUnit } from './figure-tree';
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
  /** The persons behind it; null when the source does not say (then it counts as one where small groups are hidden). */
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
  /** The whole municipality's tree: suppression is decided over all of it. */
  units: FigureTreeUnit[];
  /** The definition's records of the periods asked for and of the same periods a year before. */
  records: MeasuredRecord[];
  periods: MeasuredPeriod[];
}

type Evaluated = FigureTreeAt<MeasuredSums>;

/**
 * Every unit's figure in every period asked for, aligned with `periods`, on the figure tree
 * (figure-tree.ts): a figure is its subtree's sums (numerators and denominators added up, so
 * parts weigh by their denominators); persons are each unit's fewest in any of the period's
 * parts, added up over units, so that a part with too few people hides every longer period
 * holding it, as does a part where the unit is hidden.
 */
export function measuredFigures(input: MeasuredFiguresInput): Map<string, MeasuredFigure>[] {
  const { definition } = input;
  const evaluate = figureTree(
    measuredSumsModel(definition, input.records),
    input.units,
    definition.minPersons,
  );
  return input.periods.map((period) => {
    const now = evaluate(period);
    const before = evaluate(sameLastYear(period));
    const figures = new Map<string, MeasuredFigure>();
    for (const unit of input.units) figures.set(unit.id, figureOf(definition, unit.id, now, before));
    return figures;
  });
}

function measuredSumsModel(
  definition: MeasuredDefinition,
  records: MeasuredRecord[],
): FigureSumsModel<MeasuredPeriod, MeasuredSums> {
  const byUnit = new Map<string, { month: number; record: MeasuredRecord }[]>();
  for (const record of records) {
    const list = byUnit.get(record.unitId) ?? [];
    list.push({ month: monthIndex(record.periodStart), record });
    byUnit.set(record.unitId, list);
  }
  return {
    own: (period) => ownSums(byUnit, period, definition.minPersons > 0),
    add(into, part) {
      if (!into) return { ...part };
      into.numerator += part.numerator;
      into.denominator += part.denominator;
      into.persons = (into.persons ?? 0) + (part.persons ?? 0);
      return into;
    },
    persons: (sums) => sums.persons ?? 0,
    parts(period) {
      const parts = periodsWithin(definition.grain, period);
      const whole = parts.length === 1 && parts[0]!.first === period.first && parts[0]!.last === period.last;
      return whole ? [] : parts;
    },
    keyOf: (period) => `${period.grain}:${period.first}:${period.last}`,
  };
}

function ownSums(
  byUnit: Map<string, { month: number; record: MeasuredRecord }[]>,
  period: MeasuredPeriod,
  hidesSmall: boolean,
): Map<string, MeasuredSums> {
  const own = new Map<string, MeasuredSums>();
  for (const [unitId, records] of byUnit) {
    let sums: MeasuredSums | null = null;
    for (const { month, record } of records) {
      if (month < period.first || month > period.last) continue;
      sums ??= { numerator: 0, denominator: 0, persons: Infinity };
      sums.numerator += record.numerator;
      sums.denominator += record.denominator ?? 0;
      // Where small groups are hidden, a record stands for at least one person whatever it says:
      // one with none or no count behind it must not pass as an empty unit, which is never hidden.
      const persons = record.persons ?? 0;
      sums.persons = Math.min(sums.persons!, hidesSmall ? Math.max(1, persons) : persons);
    }
    if (sums) own.set(unitId, sums);
  }
  return own;
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
