import { csvDialectOf, csvText, guardFormula } from '../../../core/exports/csv-text';
import type { ExportTable } from '../../../core/exports/export-table';

const BOM = '\uFEFF';
const table = (rows: ExportTable['rows'], headers = ['A', 'B']): ExportTable => ({
  title: 'T',
  headers,
  rows,
});

describe('csvText', () => {
  it('when written for Danish, then it starts with a BOM, separates by semicolons, uses a decimal comma and CRLF', () => {
    const text = csvText(
      table([
        [
          { text: 'Testskolen', indent: 2 },
          { number: 0.8824, format: 'percent' },
        ],
      ]),
      csvDialectOf('da'),
    );
    // 0.8824 × 100 = 88.24 → one decimal "88.2" → with a decimal comma "88,2"
    expect(text).toBe(`${BOM}A;B\r\nTestskolen;88,2\r\n`);
  });

  it('when written for English, then commas separate and the decimal mark is a point', () => {
    const text = csvText(table([['Met', { number: 1.5, format: 'score' }]]), csvDialectOf('en'));
    expect(text).toBe(`${BOM}A,B\r\nMet,1.50\r\n`);
  });

  it.each([
    // field, separator, expected: quoted when it holds the separator, a quote or a line break
    { field: 'Børn; Unge', locale: 'da' as const, expected: '"Børn; Unge"' },
    { field: 'Børn; Unge', locale: 'en' as const, expected: 'Børn; Unge' },
    { field: 'a, b', locale: 'en' as const, expected: '"a, b"' },
    { field: 'a, b', locale: 'da' as const, expected: 'a, b' },
    { field: 'say "hi"', locale: 'en' as const, expected: '"say ""hi"""' },
    { field: 'two\nlines', locale: 'en' as const, expected: '"two\nlines"' },
  ])(
    'when a field is $field in $locale, then it is written as $expected (RFC 4180)',
    ({ field, locale, expected }) => {
      const text = csvText(table([[field]], ['A']), csvDialectOf(locale));
      expect(text).toBe(`${BOM}A\r\n${expected}\r\n`);
    },
  );

  it('when a cell is empty, then the field is empty', () => {
    expect(csvText(table([[null, 'x']]), csvDialectOf('en'))).toBe(`${BOM}A,B\r\n,x\r\n`);
  });

  it.each([
    // number, format, Danish text: shares ×100 with one decimal, scores two, counts none
    { number: 0.9, format: 'percent' as const, expected: '90,0' },
    { number: -0.041, format: 'points' as const, expected: '-4,1' },
    { number: -0.0001, format: 'points' as const, expected: '0,0' },
    { number: 3.456, format: 'score' as const, expected: '3,46' },
    { number: 72.25, format: 'index' as const, expected: '72,3' },
    { number: 12, format: 'count' as const, expected: '12' },
  ])('when the number $number is a $format, then it reads $expected', ({ number, format, expected }) => {
    const text = csvText(table([[{ number, format }]], ['A']), csvDialectOf('da'));
    expect(text).toBe(`${BOM}A\r\n${expected}\r\n`);
  });
});

describe('guardFormula', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])(
    'when a text starts like a formula (%p), then it gets a leading apostrophe',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Testskolen', '6.A', '1 + 1', "'quoted"])('when a text is plain (%p), then it is kept', (text) => {
    expect(guardFormula(text)).toBe(text);
  });

  it('when a negative number is written, then it stays a number, not guarded text', () => {
    const text = csvText(table([['-x', { number: -0.5, format: 'points' }]]), csvDialectOf('en'));
    expect(text).toBe(`${BOM}A,B\r\n'-x,-50.0\r\n`);
  });

  it('when a header starts like a formula, then it is guarded too', () => {
    expect(csvText(table([], ['=A']), csvDialectOf('en'))).toBe(`${BOM}'=A\r\n`);
  });
});
