import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../indicators/indicator-definition';
import { LOCALE_TAG } from '../text/locale-tag';

/**
 * One message in ICU MessageFormat, in each of the product's languages side by side, so a
 * translator sees the three together and a missing language is a compile error:
 * `{ da: '{count, plural, one {# svar} other {# svar}}', nb: …, en: … }`.
 */
export type Message = Readonly<Record<Locale, string>>;

/** An area's messages by key ("rounds.close", …); each area keeps one file in core/messages/. */
export type Messages = Readonly<Record<string, Message>>;

/** What a message's placeholders are filled with; numbers and dates are formatted for the locale. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A function that says an area's messages in one language. */
export type Translate<M extends Messages> = (key: keyof M & string, values?: MessageValues) => string;

/** Declares an area's catalogue; the keys stay a type, so `t('no.such.key')` does not compile. */
export const defineMessages = <M extends Messages>(messages: M): M => messages;

// Parsing an ICU message costs far more than formatting it: each text is parsed once per process.
const parsed = new Map<string, IntlMessageFormat>();

/** The message in the locale, its placeholders filled; a missing value throws (a programming error). */
export function formatMessage(locale: Locale, message: Message, values?: MessageValues): string {
  const text = message[locale];
  const cacheKey = `${locale}\u0000${text}`;
  let format = parsed.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(text, LOCALE_TAG[locale]);
    parsed.set(cacheKey, format);
  }
  return String(format.format(values as Record<string, string | number | Date> | undefined));
}

/** The catalogue's messages in one language: `const t = translator(roundMessages, 'da')`. */
export function translator<M extends Messages>(messages: M, locale: Locale): Translate<M> {
  return (key, values) => {
    const message = messages[key];
    if (!message) throw new Error(`No message "${key}"`);
    return formatMessage(locale, message, values);
  };
}

/** Whether `key` names a message of the catalogue: for keys built from data (a field, a kind). */
export const isMessageKey = <M extends Messages>(messages: M, key: string): key is keyof M & string =>
  Object.hasOwn(messages, key);
