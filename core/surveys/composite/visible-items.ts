import type { ConditionRunner } from 'survey-core';
import { compileCondition } from '../compile-condition';
import { readChoiceValues } from '../read-choice-values';

/** An item of a SurveyJS list (rows, columns of a matrix, ranking choices) with its own visibleIf. */
export interface ListItem {
  value: string | number | boolean;
  visibleIf: ConditionRunner | null;
}

/** A list of items and the list-wide condition that runs once per item with {item} set. */
export interface ItemList {
  items: ListItem[];
  values: (string | number | boolean)[];
  itemsVisibleIf: ConditionRunner | null;
}

/**
 * Reads `element[property]` (plain values or { value, text, visibleIf }) and the list-wide
 * `element[listCondition]` (rowsVisibleIf, choicesVisibleIf), compiled once.
 */
export function readItemList(
  element: Record<string, unknown>,
  property: string,
  listCondition: string,
  source: string,
  name: string,
  /** survey-core shows a single matrix without rows or columns; nothing can be answered in it. */
  allowEmpty = false,
): ItemList {
  const list = allowEmpty ? (element[property] ?? []) : element[property];
  const values = readChoiceValues(list, source, name, property, allowEmpty);
  const items = (list as unknown[]).map((item, index) => {
    const value = values[index]!;
    if (typeof item !== 'object' || item === null) return { value, visibleIf: null };
    // An item's enableIf only stops a new selection; survey-core keeps a value chosen before.
    const own = item as Record<string, unknown>;
    return {
      value,
      visibleIf: compileCondition(own.visibleIf, source, name, `${property}[${index}].visibleIf`),
    };
  });
  const itemsVisibleIf = compileCondition(element[listCondition], source, name, listCondition);
  return { items, values, itemsVisibleIf };
}

/** The items a respondent sees for these answers, in order (survey-core: isVisible and {item} filter). */
export function visibleItems(list: ItemList, values: Record<string, unknown>): ListItem[] {
  if (list.itemsVisibleIf === null && list.items.every((item) => item.visibleIf === null)) return list.items;
  return list.items.filter(
    (item) =>
      (item.visibleIf === null || item.visibleIf.runValues(values) === true) &&
      (list.itemsVisibleIf === null ||
        list.itemsVisibleIf.runValues({ ...values, item: item.value }) === true),
  );
}
