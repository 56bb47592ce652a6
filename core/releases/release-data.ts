import type { IndicatorStats } from '../indicators/indicator-stats';

/** The numbers a reader is shown of a cell or a goal value. */
export interface ShownNumbers {
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  stats: IndicatorStats;
  population: number | null;
  definitionHash: string;
}

/**
 * Whether a release shows a value's own numbers: unless its unit's own rules or the audit hide it.
 * A value without answers is shown (as "no data": it reveals nobody). A value not shown keeps the
 * numbers the previous release showed, with their date, or none (db/repositories/release-contents.ts).
 */
export function shownFresh(n: number, hiddenByOwnRules: boolean, hiddenByAudit: boolean): boolean {
  return n === 0 || !(hiddenByOwnRules || hiddenByAudit);
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
