import { Helpers } from 'survey-core';
import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import { isPlainObject } from './is-plain-object';
import { readItemList, visibleItems, type ItemList } from './visible-items';

type Values = Record<string, unknown>;

interface MatrixRules {
  rows: ItemList;
  columns: ItemList;
  multiSelect: boolean;
  eachRowRequired: boolean;
  eachRowUnique: boolean;
}

const show = (values: readonly unknown[]) => values.map(String).join(', ');

/** survey-core's clearInvisibleValuesInRowsAndColumns: what it would drop on complete, we refuse. */
function cellIssue(cell: unknown, columns: readonly unknown[], rules: MatrixRules): string | null {
  if (!rules.multiSelect) return columns.includes(cell) ? null : `not one of the columns ${show(columns)}`;
  if (!Array.isArray(cell)) return 'expected a list of columns';
  const stray = cell.find((v) => !columns.includes(v));
  if (stray !== undefined) return `${JSON.stringify(stray)} is not one of the columns ${show(columns)}`;
  return new Set(cell).size === cell.length ? null : 'a column is given twice';
}

/** Rows left empty (eachRowRequired) and rows repeating an earlier row's answer (eachRowUnique). */
function rowRuleIssues(answer: Values, rowValues: readonly unknown[], rules: MatrixRules): NestedIssue[] {
  const issues: NestedIssue[] = [];
  const seen = new Set<string>();
  for (const row of rowValues) {
    const cell = answer[String(row)];
    if (Helpers.isValueEmpty(cell)) {
      if (rules.eachRowRequired) issues.push({ at: `.${String(row)}`, issue: 'answer required' });
      continue;
    }
    const key = String(cell); // survey-core hashes the cell value as an object key
    if (rules.eachRowUnique && seen.has(key))
      issues.push({ at: `.${String(row)}`, issue: 'same answer as another row' });
    seen.add(key);
  }
  return issues;
}

function matrixIssues(answer: unknown, values: Values, rules: MatrixRules): NestedIssue[] {
  if (!isPlainObject(answer)) return [{ at: '', issue: 'expected an object of rows' }];
  const rows = visibleItems(rules.rows, values).map((item) => item.value);
  const columns = visibleItems(rules.columns, values).map((item) => item.value);
  const issues: NestedIssue[] = [];
  for (const [key, cell] of Object.entries(answer)) {
    const row = rules.rows.values.find((value) => String(value) === key);
    if (row === undefined) issues.push({ at: `.${key}`, issue: 'unknown row' });
    // survey-core leaves a null row be, but deletes a checkbox row's [] on complete.
    else if (rules.multiSelect && Array.isArray(cell) && cell.length === 0)
      issues.push({ at: `.${key}`, issue: 'an empty list of columns' });
    else if (Helpers.isValueEmpty(cell)) continue;
    else if (!rows.includes(row)) issues.push({ at: `.${key}`, issue: 'row is hidden by logic' });
    else {
      const issue = cellIssue(cell, columns, rules);
      if (issue !== null) issues.push({ at: `.${key}`, issue });
    }
  }
  return [...issues, ...rowRuleIssues(answer, rows, rules)];
}

/**
 * A single-select matrix ({ row: column }; cellType "checkbox": { row: [columns] }), judged as
 * survey-core judges and then completes it: rows and columns filtered by visibleIf,
 * rowsVisibleIf and columnsVisibleIf ({item}), eachRowRequired (alias isAllRowRequired),
 * eachRowUnique.
 */
export function matrixCheck(element: Record<string, unknown>, source: string, name: string): CompositeCheck {
  const rules: MatrixRules = {
    rows: readItemList(element, 'rows', 'rowsVisibleIf', source, name, true),
    columns: readItemList(element, 'columns', 'columnsVisibleIf', source, name, true),
    multiSelect: element.cellType === 'checkbox',
    eachRowRequired: element.eachRowRequired === true || element.isAllRowRequired === true,
    eachRowUnique: element.eachRowUnique === true,
  };
  const columnValues = rules.multiSelect ? undefined : rules.columns.values;
  return compositeCheck({
    nestedIssues: (answer, values) => matrixIssues(answer, values, rules),
    missingIssues: (_value, values) =>
      rowRuleIssues(
        {},
        visibleItems(rules.rows, values).map((i) => i.value),
        rules,
      ),
    itemValues: (path) =>
      rules.rows.values.some((row) => `.${String(row)}` === path) ? columnValues : undefined,
  });
}
