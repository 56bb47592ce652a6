import type { ConditionRunner } from 'survey-core';
import { compileCondition } from './compile-condition';

/** Whether a choice is shown for an answer set; survey-core keeps no answer on a hidden choice. */
export type ChoiceShown = (choice: unknown, values: Record<string, unknown>) => boolean;

const itemsOf = (list: unknown): unknown[] => (Array.isArray(list) ? list : []);

/**
 * Choice visibility: each item's own visibleIf and the question's choicesVisibleIf, run with
 * `{item}` as the choice's value (survey-core's runItemsCondition). choicesEnableIf and item
 * enableIf are compiled only to refuse unknown functions: a disabled choice keeps its answer.
 * null when nothing hides a choice.
 */
export function compileChoiceVisibility(
  element: Record<string, unknown>,
  source: string,
  name: string,
): ChoiceShown | null {
  const own = new Map<unknown, ConditionRunner>();
  itemsOf(element.choices).forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return;
    const record = item as Record<string, unknown>;
    compileCondition(record.enableIf, source, name, `choices[${index}].enableIf`);
    const runner = compileCondition(record.visibleIf, source, name, `choices[${index}].visibleIf`);
    if (runner !== null) own.set(record.value, runner);
  });
  compileCondition(element.choicesEnableIf, source, name, 'choicesEnableIf');
  const forAll = compileCondition(element.choicesVisibleIf, source, name, 'choicesVisibleIf');
  if (own.size === 0 && forAll === null) return null;
  return (choice, values) => {
    const runner = own.get(choice);
    if (runner !== undefined && runner.runValues(values) !== true) return false;
    return forAll === null || forAll.runValues({ ...values, item: choice }) === true;
  };
}
