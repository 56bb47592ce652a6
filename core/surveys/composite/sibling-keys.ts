import { isCompositeCheck } from './nested-check';
import type { PartCheck } from './part-check';

/** Every answer key that composite questions own beside their names ("md-total"), with its check. */
export function siblingKeys(questions: Iterable<{ answer: PartCheck }>): Map<string, PartCheck> {
  const siblings = new Map<string, PartCheck>();
  for (const { answer } of questions) {
    if (!isCompositeCheck(answer) || answer.siblingKeys === undefined) continue;
    for (const [key, check] of Object.entries(answer.siblingKeys)) siblings.set(key, check);
  }
  return siblings;
}

/** The problems of the sibling answers present in `answers`, each at its own key. */
export function siblingIssues(
  siblings: ReadonlyMap<string, PartCheck>,
  answers: Record<string, unknown>,
  values: Record<string, unknown>,
): { field: string; issue: string }[] {
  const issues: { field: string; issue: string }[] = [];
  for (const [key, check] of siblings) {
    if (!Object.hasOwn(answers, key)) continue;
    const issue = check.check(answers[key], values);
    if (issue !== null) issues.push({ field: key, issue });
  }
  return issues;
}
