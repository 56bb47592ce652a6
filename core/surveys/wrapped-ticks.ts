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

function tickIssue(tick: unknown, key: string, commented: readonly unknown[]): string | null {
  if (!isPlainObject(tick) || !Object.hasOwn(tick, key)) return `expected { ${key}: … } for each choice`;
  for (const [name, part] of Object.entries(tick)) {
    if (name === key) continue;
    if (name !== COMMENT) return `unknown key ${name} beside a choice`;
    if (typeof part !== 'string') return 'a choice comment must be text';
    if (!commented.includes(tick[key])) return `${JSON.stringify(tick[key])} has no comment area`;
  }
  return null;
}

/** The ticked values out of wrapped ticks, or the issue with one of them. */
export function unwrapTicks(
  value: unknown,
  key: string,
  commented: readonly unknown[],
): { values: unknown[] } | { issue: string } {
  if (!Array.isArray(value)) return { issue: 'expected a list of choices' };
  for (const tick of value) {
    const issue = tickIssue(tick, key, commented);
    if (issue !== null) return { issue };
  }
  return { values: value.map((tick: Element) => tick[key]) };
}
