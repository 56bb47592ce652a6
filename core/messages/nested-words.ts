import type { Locale } from '../indicators/indicator-definition';
import { formatMessage, type Messages } from './message-catalogue';

type Nested = { [key: string]: string | Nested };

/**
 * A catalogue's messages under `prefix`, said in `locale`, as the nested object of words a module
 * was written against ('export.kinds.school' → words.kinds.school). For words without placeholders.
 */
export function nestedWords(messages: Messages, prefix: string, locale: Locale): Nested {
  const words: Nested = {};
  for (const [key, message] of Object.entries(messages)) {
    if (!key.startsWith(prefix)) continue;
    const path = key.slice(prefix.length).split('.');
    let at = words;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Nested;
    at[path.at(-1)!] = formatMessage(locale, message);
  }
  return words;
}
