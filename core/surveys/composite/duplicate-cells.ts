import { Helpers } from 'survey-core';
import type { NestedIssue } from './nested-check';

/** A row as judged: where it is (".row", "[2]") and its answers. */
export interface PlacedEntry {
  at: string;
  entry: Record<string, unknown>;
}

/**
 * survey-core's keyDuplicationError: in a column with isUnique (or a matrixdynamic's keyName), a
 * non-empty value given in more than one row is an error in each of those rows.
 */
export function duplicateCells(entries: PlacedEntry[], columns: readonly string[]): NestedIssue[] {
  const issues: NestedIssue[] = [];
  for (const column of columns) {
    const filled = entries.filter(({ entry }) => !Helpers.isValueEmpty(entry[column]));
    for (const { at, entry } of filled) {
      const twice = filled.some(
        (other) => other.entry !== entry && Helpers.isTwoValueEquals(other.entry[column], entry[column]),
      );
      if (twice) issues.push({ at: `${at}.${column}`, issue: 'same value as in another row' });
    }
  }
  return issues;
}
