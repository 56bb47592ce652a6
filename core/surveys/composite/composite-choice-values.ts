import type { PartCheck } from './part-check';
import { isCompositeCheck } from './nested-check';

/**
 * The fixed values of an item path below a question (survey-contract: `m.row`, `md.row.col`,
 * `r.choice` → 1..n, `p[].q`, `md[].col`); undefined when no question's item has fixed values.
 * A question name may itself hold a dot, so every question whose answer key starts the path is
 * asked, and so is each question sharing that key (valueName): `employees[].phone` may be a
 * dynamic panel's question beside a dynamic matrix's columns.
 */
export function compositeChoiceValues(
  questions: Iterable<{ key: string; answer: PartCheck }>,
  path: string,
): readonly unknown[] | undefined {
  for (const { key, answer } of questions) {
    if (!path.startsWith(key) || !isCompositeCheck(answer)) continue;
    const rest = path.slice(key.length);
    if (!rest.startsWith('.') && !rest.startsWith('[')) continue;
    const values = answer.itemValues?.(rest);
    if (values !== undefined) return values;
  }
  return undefined;
}
