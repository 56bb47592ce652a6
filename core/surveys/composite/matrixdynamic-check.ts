import { Helpers } from 'survey-core';
import { countProperty } from './count-property';
import { rowQuestions } from './detail-questions';
import { duplicateCells, type PlacedEntry } from './duplicate-cells';
import { entryContext, entryIssues, type EntryRules } from './entry-issues';
import { isPlainObject } from './is-plain-object';
import { defaultEntry } from './nested-default';
import { readMatrixColumns } from './matrix-columns';
import { matrixTotalsCheck, TOTALS_SUFFIX } from './matrix-totals';
import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import type { CompileAnswerCheck } from './nested-question';
import { sharedEntries } from './shared-entries';

type Values = Record<string, unknown>;

interface DynamicMatrix {
  entry: EntryRules;
  unique: string[];
  isRequired: boolean;
  minRowCount: number;
  /** Rows shown before any answer: survey-core's rowCount (default 2), at least minRowCount. */
  initialRows: number;
  /** survey-core builds rows for an answer of null or '' only with a rowCount above 0 and no defaultRowValue or defaultValue. */
  buildsRows: boolean;
}

/**
 * survey-core's completion of an empty answer to a visible dynamic matrix: no list (absent, null,
 * '') becomes its initial rows, a list of empty rows stays that many; each row holds its cells'
 * defaults, and rows holding nothing leave no answer (a list of none is kept as sent).
 */
function completedRows(answer: unknown, values: Values, matrix: DynamicMatrix): unknown {
  if (!Array.isArray(answer) && !matrix.buildsRows) return answer;
  const count = Array.isArray(answer) ? answer.length : matrix.initialRows;
  const rows = Array.from({ length: count }, (_, index) =>
    defaultEntry(matrix.entry.questions, { ...values, row: {}, rowIndex: index + 1 }),
  );
  if (rows.every((row) => Object.keys(row).length === 0)) return Array.isArray(answer) ? answer : undefined;
  return rows;
}

function rowsIssues(rows: unknown[], values: Values, matrix: DynamicMatrix, sent = true): NestedIssue[] {
  const issues: NestedIssue[] = [];
  const placed: PlacedEntry[] = [];
  rows.forEach((entry, index) => {
    const at = `[${index}]`;
    const context = { ...values, row: isPlainObject(entry) ? entryContext(entry) : {}, rowIndex: index + 1 };
    const inEntry = entryIssues(entry, context, matrix.entry, { sent });
    issues.push(...inEntry.map((i) => ({ at: at + i.at, issue: i.issue })));
    if (isPlainObject(entry)) placed.push({ at, entry });
  });
  return [...issues, ...duplicateCells(placed, matrix.unique)];
}

function isRowEmpty(row: unknown, cells: readonly { name: string }[]): boolean {
  if (!isPlainObject(row)) return Helpers.isValueEmpty(row);
  return cells.every((cell) => Helpers.isValueEmpty(row[cell.name]));
}

function dynamicMatrixIssues(answer: unknown, values: Values, matrix: DynamicMatrix): NestedIssue[] {
  if (!Array.isArray(answer)) return [{ at: '', issue: 'expected a list of rows' }];
  // survey-core pads an answer with fewer rows than minRowCount with empty rows (valueFromData).
  const rows = [...answer, ...Array.from({ length: matrix.minRowCount - answer.length }, () => ({}))];
  const issues = rowsIssues(rows, values, matrix);
  // A row is answered by its own cells: keys other questions sharing the rows answer do not count.
  const answered = answer.filter((row) => !isRowEmpty(row, matrix.entry.questions)).length;
  if (matrix.isRequired && answered < matrix.minRowCount)
    issues.push({ at: '', issue: `fewer than ${matrix.minRowCount} rows answered` });
  return issues;
}

/**
 * A matrixdynamic ([{ column: cell }, …]): every row judged like a matrixdropdown row ({row.x},
 * {rowIndex} set), keyName and isUnique columns without repeats; isRequired with minRowCount
 * asks that many answered rows. maxRowCount is not checked: survey-core keeps longer answers.
 * No answer at all (or null) is rowCount empty rows to survey-core, an empty list is none.
 */
export function matrixDynamicCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  compile: CompileAnswerCheck,
): CompositeCheck {
  const columns = readMatrixColumns(element, source, name, compile);
  const where = { source, name };
  const questions = rowQuestions(element, columns, where, compile);
  const minRowCount = countProperty(element, 'minRowCount', 0, where);
  const rowCount = countProperty(element, 'rowCount', 2, where);
  const entries = sharedEntries(questions.map((question) => question.name));
  const matrix: DynamicMatrix = {
    entry: { questions, hiddenValues: 'keep', unknownKey: 'unknown column', beside: entries.beside },
    unique: columns.unique,
    isRequired: element.isRequired === true,
    minRowCount,
    initialRows: Math.max(rowCount, minRowCount),
    buildsRows: rowCount > 0 && element.defaultRowValue === undefined && element.defaultValue === undefined,
  };
  const totals = matrixTotalsCheck(element);
  return compositeCheck({
    entries,
    ...(totals === undefined ? {} : { siblingKeys: { [name + TOTALS_SUFFIX]: totals } }),
    nestedIssues: (answer, values) => dynamicMatrixIssues(answer, values, matrix),
    missingIssues: (answer, values) =>
      Array.isArray(answer)
        ? []
        : rowsIssues(
            Array.from({ length: matrix.initialRows }, () => ({})),
            values,
            matrix,
            false,
          ),
    completedWhenEmpty: (answer, values) => completedRows(answer, values, matrix),
    itemValues: (path) =>
      path.startsWith('[].')
        ? questions.find((question) => `[].${question.name}` === path)?.answer.values
        : undefined,
  });
}
