import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import { readItemList, visibleItems, type ItemList } from './visible-items';

type Values = Record<string, unknown>;

const show = (values: readonly unknown[]) => values.map(String).join(', ');

/**
 * survey-core rewrites a ranking it is given into an order of exactly the visible choices (stray
 * and repeated values dropped, missing ones appended); with selectToRankEnabled, into the ranked
 * subset. An answer it would rewrite is one a browser does not send: refused.
 */
function rankingIssues(answer: unknown, values: Values, choices: ItemList, subset: boolean): NestedIssue[] {
  if (!Array.isArray(answer)) return [{ at: '', issue: 'expected a list of choices in ranked order' }];
  const visible = visibleItems(choices, values).map((item) => item.value);
  const stray = answer.find((value) => !visible.includes(value as never));
  if (stray !== undefined)
    return [{ at: '', issue: `${JSON.stringify(stray)} is not one of the choices ${show(visible)}` }];
  if (new Set(answer).size !== answer.length) return [{ at: '', issue: 'a choice is ranked twice' }];
  if (!subset && answer.length !== visible.length)
    return [{ at: '', issue: `expected all of ${show(visible)} in ranked order` }];
  return [];
}

/** A ranking (choices in ranked order); its items `r.choice` score the 1-based position. */
export function rankingCheck(element: Record<string, unknown>, source: string, name: string): CompositeCheck {
  const choices = readItemList(element, 'choices', 'choicesVisibleIf', source, name);
  const subset = element.selectToRankEnabled === true;
  const positions = choices.values.map((_, index) => index + 1);
  return compositeCheck({
    nestedIssues: (answer, values) => rankingIssues(answer, values, choices, subset),
    itemValues: (path) =>
      choices.values.some((value) => `.${String(value)}` === path) ? positions : undefined,
  });
}
