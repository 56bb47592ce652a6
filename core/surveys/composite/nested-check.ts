import { Helpers } from 'survey-core';
import type { PartCheck } from './part-check';

/** One problem inside a composite answer; `at` continues the question's name: ".row", "[2].q", ".row.col". */
export interface NestedIssue {
  at: string;
  issue: string;
}

/** The answer check of a question whose answer has parts (matrix rows, panels, items). */
export interface CompositeCheck extends PartCheck {
  /** Every problem of a present (non-empty) answer, each where it is. */
  nestedIssues(value: unknown, values: Record<string, unknown>): NestedIssue[];
  /**
   * Problems when the question has no answer although it is visible and enabled: survey-core
   * still shows a matrixdynamic's rowCount rows or a paneldynamic's panelCount panels then, and
   * their required cells must be filled.
   */
  missingIssues?(value: unknown, values: Record<string, unknown>): NestedIssue[];
  /** Answer keys survey-core writes beside the question's own ("md-total"), each with its check. */
  siblingKeys?: Readonly<Record<string, PartCheck>>;
  /**
   * What survey-core's completion leaves of an empty answer (absent, null, '', only empty parts)
   * to this visible question: the rows it builds, with their cells' defaults; undefined drops the
   * key. Without this, an empty answer stays as sent.
   */
  completedWhenEmpty?(value: unknown, values: Record<string, unknown>): unknown;
  /**
   * The same for a question not on the first page, when it differs: survey-core builds a
   * paneldynamic's panels when it is first rendered, for a later page only after the answers are
   * set, and then writes its panelCount empty panels over an empty answer.
   */
  completedOnLaterPage?(value: unknown): unknown;
  /** Fixed values of an item below this question, by the rest of its path (".row", "[].q"). */
  itemValues?(path: string): readonly unknown[] | undefined;
}

export function isCompositeCheck(check: PartCheck): check is CompositeCheck {
  return 'nestedIssues' in check;
}

/** Builds a composite check; `check` reports the first problem with its place, for nesting. */
export function compositeCheck(parts: Omit<CompositeCheck, 'check'>): CompositeCheck {
  return {
    ...parts,
    check(value, values) {
      const [first] = parts.nestedIssues(value, values);
      return first === undefined ? null : `${first.at}: ${first.issue}`;
    },
  };
}

const NO_ISSUES: readonly NestedIssue[] = Object.freeze([]);

/** The problems of one present answer, nested ones below `at`, for any kind of check. */
export function issuesOf(
  answer: PartCheck,
  at: string,
  value: unknown,
  values: Record<string, unknown>,
): readonly NestedIssue[] {
  if (isCompositeCheck(answer)) {
    const nested = answer.nestedIssues(value, values);
    return at === '' ? nested : nested.map((issue) => ({ at: at + issue.at, issue: issue.issue }));
  }
  const issue = answer.check(value, values);
  return issue === null ? NO_ISSUES : [{ at, issue }];
}

/** A composite answer of only empty parts ({}, { row: null }) is no answer to survey-core. */
export function isEmptyComposite(answer: PartCheck, value: unknown): boolean {
  return isCompositeCheck(answer) && Helpers.isValueEmpty(value);
}

/** What survey-core still requires of a visible, enabled, unanswered question (rows it shows). */
export function issuesWhenMissing(
  answer: PartCheck,
  value: unknown,
  values: Record<string, unknown>,
): readonly NestedIssue[] {
  return isCompositeCheck(answer) ? (answer.missingIssues?.(value, values) ?? NO_ISSUES) : NO_ISSUES;
}
