import type { IndicatorStats } from '../indicators/indicator-stats';

/** The numbers a reader is shown of a cell or a goal value (a goal's carry its status too). */
export interface ShownNumbers {
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  stats: IndicatorStats;
  population: number | null;
  definitionHash: string;
}

/** Numbers as some release first showed them. */
export interface Published<T extends ShownNumbers> {
  numbers: T;
  seq: number;
  at: Date;
}

/** One value of a new release: its data now, whether it shows them, and what it shows. */
export interface PlannedValue<T extends ShownNumbers> {
  live: T;
  shownFresh: boolean;
  /** null: nothing is shown (hidden, and no earlier release showed it). */
  published: Published<T> | null;
}

/**
 * What a release shows of one value: its own numbers when the audit lets it (a value without
 * answers is shown as "no data"), else the numbers the latest earlier release showed, with that
 * release's date, else nothing. Carrying the earlier numbers rather than hiding them keeps a class
 * where one pupil answered since from going blank, and tells no reader more than they had.
 */
export function planReleasedValue<T extends ShownNumbers>(
  live: T,
  hidden: boolean,
  before: Published<T> | null,
  release: { seq: number; at: Date },
): PlannedValue<T> {
  const shownFresh = live.n === 0 || !hidden;
  if (shownFresh) return { live, shownFresh, published: { numbers: live, ...release } };
  return { live, shownFresh, published: before };
}

/**
 * A value's data as two releases are compared: its statistics, plus (where the earlier release
 * showed its own numbers) what a reader saw of them beyond those — a goal's status, the definition.
 */
export function dataSignature(stats: IndicatorStats, shown = ''): string {
  return `${stats.n}|${stats.k}|${stats.sum}|${stats.sumSq}|${shown}`;
}

/** Whether two releases' values (keyed alike, as dataSignature gives them) are the same data. */
export function sameData(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): boolean {
  if (before.size !== now.size) return false;
  for (const [key, signature] of now) if (before.get(key) !== signature) return false;
  return true;
}
