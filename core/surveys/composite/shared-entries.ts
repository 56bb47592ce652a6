/**
 * The entries (objects) of a list answer, which questions sharing one answer key (valueName) merge
 * into — SurveyJS "merge question values": a dynamic matrix's rows, a dynamic panel's panels and a
 * checkbox's ticks with valuePropertyName are then the same objects, each question answering its
 * own keys of them (survey-core keeps one array under the key and lets each question read it).
 */
export interface SharedEntries {
  /** The keys of an entry this question answers: its columns, template questions or tick key. */
  readonly keys: readonly string[];
  /**
   * Keys that other questions sharing the answer key answer in the same entries: allowed beside
   * this question's own and checked by their owners. Filled once while the survey is read
   * (shareEntries), before any answer is judged.
   */
  readonly beside: Set<string>;
}

export function sharedEntries(keys: readonly string[]): SharedEntries {
  return { keys, beside: new Set() };
}

/**
 * Lets each list question whose answer key others share take their entry keys beside its own, so
 * that the one answer is checked by all of them and a key is unknown only when none answers it.
 */
export function shareEntries(
  questions: Iterable<{ key: string; answer: { entries?: SharedEntries } }>,
): void {
  const byKey = new Map<string, SharedEntries[]>();
  for (const { key, answer } of questions)
    if (answer.entries !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), answer.entries]);
  for (const group of byKey.values())
    for (const entries of group)
      for (const other of group) if (other !== entries) other.keys.forEach((key) => entries.beside.add(key));
}
