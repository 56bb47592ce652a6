import { rowQuestions } from './detail-questions';
import { duplicateCells, type PlacedEntry } from './duplicate-cells';
import { entryContext, entryIssues, type EntryRules } from './entry-issues';
import { isPlainObject } from './is-plain-object';
import { defaultEntry } from './nested-default';
import { readMatrixColumns } from './matrix-columns';
import { matrixTotalsCheck, TOTALS_SUFFIX } from './matrix-totals';
import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import type { CompileAnswerCheck } from './nested-question';
import { readItemList, visibleItems, type ItemList } from './visible-items';

type Values = Record<string, unknown>;

interface DropdownMatrix {
  rows: ItemList;
  entry: EntryRules;
  unique: string[];
}

/** Keys that are no row, and answers to rows hidden by logic (survey-core drops those on complete). */
function rowKeyIssues(answer: Values, visible: readonly unknown[], matrix: DropdownMatrix): NestedIssue[] {
  const issues: NestedIssue[] = [];
  for (const key of Object.keys(answer)) {
    const row = matrix.rows.values.find((value) => String(value) === key);
    if (row === undefined) issues.push({ at: `.${key}`, issue: 'unknown row' });
    // Even an empty hidden row ({}) is deleted on complete, so a browser never sends one.
    else if (!visible.includes(row)) issues.push({ at: `.${key}`, issue: 'row is hidden by logic' });
  }
  return issues;
}

/** Every visible row has cells, answered or not: their required columns apply to all of them. */
function dropdownMatrixIssues(
  answer: unknown,
  values: Values,
  matrix: DropdownMatrix,
  sent = true,
): NestedIssue[] {
  if (!isPlainObject(answer)) return [{ at: '', issue: 'expected an object of rows' }];
  const visible = visibleItems(matrix.rows, values).map((item) => item.value);
  const issues = rowKeyIssues(answer, visible, matrix);
  const placed: PlacedEntry[] = [];
  visible.forEach((row, index) => {
    const at = `.${String(row)}`;
    const entry = answer[String(row)] ?? {};
    const context = {
      ...values,
      row: isPlainObject(entry) ? entryContext(entry) : {},
      rowName: row,
      rowIndex: index + 1,
    };
    const inEntry = entryIssues(entry, context, matrix.entry, { sent });
    issues.push(...inEntry.map((i) => ({ at: at + i.at, issue: i.issue })));
    if (isPlainObject(entry)) placed.push({ at, entry });
  });
  return [...issues, ...duplicateCells(placed, matrix.unique)];
}

/**
 * survey-core's completion of an empty answer to a visible matrixdropdown: every visible row holds
 * its cells' defaults; without any default the answer stays as sent.
 */
function completedRows(answer: unknown, values: Values, matrix: DropdownMatrix): unknown {
  // An empty list is kept as sent: survey-core fills the rows of no answer, '' or null, not of [].
  if (Array.isArray(answer)) return answer;
  const rows = visibleItems(matrix.rows, values).map((item, index) => {
    const context = { ...values, row: {}, rowName: item.value, rowIndex: index + 1 };
    return [String(item.value), defaultEntry(matrix.entry.questions, context)] as const;
  });
  const filled = rows.filter(([, row]) => Object.keys(row).length > 0);
  return filled.length === 0 ? answer : Object.fromEntries(filled);
}

/**
 * A matrixdropdown ({ row: { column: cell } }): rows filtered by visibleIf / rowsVisibleIf,
 * each column a cell question compiled like a question of its cellType (the matrix's `choices`
 * by default), its visibleIf run with {row.column} set. survey-core keeps a hidden cell's answer.
 */
export function matrixDropdownCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): CompositeCheck {
  const columns = readMatrixColumns(element, source, name, compile);
  const questions = rowQuestions(element, columns, { source, name }, compile);
  const matrix: DropdownMatrix = {
    rows: readItemList(element, 'rows', 'rowsVisibleIf', source, name),
    entry: { questions, hiddenValues: 'keep', unknownKey: 'unknown column' },
    unique: columns.unique,
  };
  const totals = matrixTotalsCheck(element);
  return compositeCheck({
    ...(totals === undefined ? {} : { siblingKeys: { [name + TOTALS_SUFFIX]: totals } }),
    nestedIssues: (answer, values) => dropdownMatrixIssues(answer, values, matrix),
    missingIssues: (_answer, values) => dropdownMatrixIssues({}, values, matrix, false),
    completedWhenEmpty: (answer, values) => completedRows(answer, values, matrix),
    itemValues(path) {
      const row = matrix.rows.values.find((value) => path.startsWith(`.${String(value)}.`));
      if (row === undefined) return undefined;
      const column = path.slice(String(row).length + 2);
      return questions.find((question) => question.name === column)?.answer.values;
    },
  });
}
