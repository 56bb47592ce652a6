import { isPlainObject } from './composite/is-plain-object';

type Element = Record<string, unknown>;

/** The key survey-core keeps a choice's own comment under, beside the choice's value. */
const COMMENT = 'comment';

const hasOwnComment = (item: unknown) =>
  isPlainObject(item) && item.showCommentArea === true && item.value !== 'other';

/**
 * survey-core 2.x stores a checkbox's (and tagbox's) ticks as objects when the question names a
 * valuePropertyName (`[{ [name]: value }]`) or when a listed choice other than "other" has its own
 * comment area (`[{ value, comment? }]`); null when the ticks are plain values.
 */
export function wrappedTickKey(element: Element): string | null {
  if (element.type !== 'checkbox' && element.type !== 'tagbox') return null;
  const { valuePropertyName: named, choices } = element;
  if (typeof named === 'string' && named !== '') return named;
  return Array.isArray(choices) && choices.some(hasOwnComment) ? 'value' : null;
}

/** The values with a comment area of their own, whose wrapped tick may carry `comment`. */
export function choicesWithComment(element: Element): unknown[] {
  const choices = Array.isArray(element.choices) ? element.choices : [];
  return choices.filter(hasOwnComment).map((item) => (item as Element).value);
}

/** The keys of a wrapped tick: the ticked value's, and the comment's when a choice has a comment area. */
export function tickKeys(key: string, commented: readonly unknown[]): string[] {
  return commented.length > 0 ? [key, COMMENT] : [key];
}

function tickIssue(
  tick: unknown,
  key: string,
  commented: readonly unknown[],
  beside: ReadonlySet<string>,
): string | null {
  if (!isPlainObject(tick) || !Object.hasOwn(tick, key)) return `expected { ${key}: … } for each choice`;
  for (const [name, part] of Object.entries(tick)) {
    if (name === key || beside.has(name)) continue;
    if (name !== COMMENT) return `unknown key ${name} beside a choice`;
    if (typeof part !== 'string') return 'a choice comment must be text';
    if (!commented.includes(tick[key])) return `${JSON.stringify(tick[key])} has no comment area`;
  }
  return null;
}

/**
 * The ticked values out of wrapped ticks, or the issue with one of them. With `beside` (keys of
 * questions sharing the answer key, shared-entries.ts) an entry may be another question's: its
 * keys are theirs to check, and an entry without the tick's key ticks nothing (survey-core keeps a
 * panel or row added there).
 */
export function unwrapTicks(
  value: unknown,
  key: string,
  commented: readonly unknown[],
  beside: ReadonlySet<string> = new Set(),
): { values: unknown[] } | { issue: string } {
  if (!Array.isArray(value)) return { issue: 'expected a list of choices' };
  const ticks =
    beside.size === 0 ? value : value.filter((entry) => !isPlainObject(entry) || Object.hasOwn(entry, key));
  for (const tick of ticks) {
    const issue = tickIssue(tick, key, commented, beside);
    if (issue !== null) return { issue };
  }
  return { values: ticks.map((tick: Element) => tick[key]) };
}
