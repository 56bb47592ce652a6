import { MalformedInput, type FieldIssue } from '../../core/errors';

// PostgreSQL keeps neither a NUL in text (nor "\u0000" in jsonb) nor UTF-16 half pairs, which
// cannot be written as UTF-8: a lone high surrogate, or a low one without a high one before it.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const problemOf = (text: string): string | null => {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'contains a NUL character, which cannot be stored'
    : 'contains half of a UTF-16 surrogate pair (not valid Unicode), which cannot be stored';
};

const MAX_ISSUES = 20;

/**
 * Every string in `value` (keys too) that PostgreSQL would refuse, by its field path. Walked with
 * a queue, not recursion: a deeply nested body must not overflow the call stack.
 */
export function unstorableText(value: unknown, root = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const queue: { value: unknown; path: string }[] = [{ value, path: root }];
  for (let next = 0; next < queue.length && issues.length < MAX_ISSUES; next++) {
    const { value: current, path } = queue[next]!;
    if (typeof current === 'string') {
      const issue = problemOf(current);
      if (issue) issues.push({ field: path || '(body)', issue });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    for (const [key, inner] of Object.entries(current)) {
      const keyIssue = problemOf(key);
      const at = path ? `${path}.${keyIssue ? '(a key)' : key}` : keyIssue ? '(a key)' : key;
      if (keyIssue) issues.push({ field: at, issue: `its name ${keyIssue}` });
      else queue.push({ value: inner, path: at });
    }
  }
  return issues;
}

/** Refuses (400, naming each field) input with text that could not be stored. */
export function assertStorableText(value: unknown, what: string, root = ''): void {
  const issues = unstorableText(value, root);
  if (issues.length) throw new MalformedInput(`The ${what} has text that cannot be stored`, issues);
}
