import type { PartCheck } from './part-check';
import { isCompositeCheck } from './nested-check';

/**
 * The fixed values of an item path below a question (survey-contract: `m.row`, `md.row.col`,
 * `r.choice` → 1..n, `p[].q`, `md[].col`); undefined when no question's item has fixed values.
 * A question name may itself hold a dot, so every question whose name starts the path is asked.
 */
export function compositeChoiceValues(
  questions: ReadonlyMap<string, { answer: PartCheck }>,
  path: string,
): readonly unknown[] | undefined {
  for (const [name, { answer }] of questions) {
    if (!path.startsWith(name) || !isCompositeCheck(answer)) continue;
    const rest = path.slice(name.length);
    if (!rest.startsWith('.') && !rest.startsWith('[')) continue;
    const values = answer.itemValues?.(rest);
    if (values !== undefined) return values;
  }
  return undefined;
}
