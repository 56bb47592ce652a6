import { readdirSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMessage, translator, type Message } from '../../core/messages/message-catalogue';
import { commonMessages } from '../../core/messages/common-messages';

const LOCALES = ['da', 'nb', 'en'] as const;
const DIR = path.join(__dirname, '../../core/messages');

/** Every catalogue exported from core/messages/, found by reading the folder (new ones join by themselves). */
function allCatalogues(): [string, Record<string, Message>][] {
  const found: [string, Record<string, Message>][] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('-messages.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(DIR, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (value && typeof value === 'object')
        found.push([`${file}:${name}`, value as Record<string, Message>]);
  }
  return found;
}

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

/** The placeholders a message names, and plural/select blocks that lack "other" (ICU requires it). */
function placeholders(elements: Element[], names = new Set<string>(), missingOther: string[] = []) {
  for (const element of elements) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (intl-messageformat's TYPE)
    if ([1, 2, 3, 4, 5, 6].includes(element.type) && element.value) names.add(element.value);
    if (element.options) {
      if (!('other' in element.options)) missingOther.push(element.value ?? '?');
      for (const option of Object.values(element.options)) placeholders(option.value, names, missingOther);
    }
    if (element.children) placeholders(element.children, names, missingOther);
  }
  return { names, missingOther };
}

describe('the message catalogues', () => {
  const catalogues = allCatalogues();

  it('are found in core/messages/', () => {
    expect(catalogues.map(([name]) => name)).toContain('common-messages.ts:commonMessages');
  });

  it('say every message in Danish, Norwegian and English, as valid ICU with the same placeholders', () => {
    const problems: string[] = [];
    const keys = new Map<string, string>();
    for (const [catalogue, messages] of catalogues)
      for (const [key, message] of Object.entries(messages)) {
        if (keys.has(key)) problems.push(`${key} in both ${keys.get(key)} and ${catalogue}`);
        keys.set(key, catalogue);
        const seen: Record<string, string> = {};
        for (const locale of LOCALES) {
          const text = message[locale];
          if (typeof text !== 'string' || text.trim() === '') {
            problems.push(`${key}: no ${locale}`);
            continue;
          }
          try {
            const ast = new IntlMessageFormat(text, locale).getAst() as unknown as Element[];
            const { names, missingOther } = placeholders(ast);
            seen[locale] = [...names].sort().join(',');
            for (const block of missingOther) problems.push(`${key} (${locale}): {${block}} has no "other"`);
          } catch (error) {
            problems.push(`${key} (${locale}): ${(error as Error).message}`);
          }
        }
        if (new Set(Object.values(seen)).size > 1)
          problems.push(`${key}: placeholders differ ${JSON.stringify(seen)}`);
      }
    expect(problems).toEqual([]);
  });

  it('format plurals and numbers for the language', () => {
    expect(formatMessage('da', commonMessages['common.refused'], { count: 1 })).toBe(
      'Ikke gemt: ret feltet nedenfor.',
    );
    expect(formatMessage('nb', commonMessages['common.refused'], { count: 3 })).toBe(
      'Ikke lagret: rett de 3 feltene nedenfor.',
    );
    // Danish groups thousands with a point, English with a comma.
    expect(formatMessage('en', commonMessages['common.count'], { count: 12345 })).toBe('12,345');
    expect(formatMessage('da', commonMessages['common.count'], { count: 12345 })).toBe('12.345 stk.');
  });

  it('refuse a key that is not in the catalogue and a missing value, naming them', () => {
    const t = translator(commonMessages, 'da');
    expect(() => (t as (key: string) => string)('common.nothing')).toThrow('common.nothing');
    expect(() => t('common.refused')).toThrow(/count/);
  });
});
