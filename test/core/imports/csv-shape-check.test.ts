import { checkCsvShape } from '../../../core/imports/csv-shape-check';
import { readCsv } from '../../../core/imports/read-csv';

const LIMITS = { rows: 3, columns: 4 };

describe('checkCsvShape', () => {
  it.each([
    ['separators and line breaks in quotes', 'a;b;c;d\r\n"x;y;z";"line\r\nbreak";"q ""x;y"" q";d\r\n'],
    ['blank lines, and lines of nothing but separators', 'a;b\r\n\r\n;;;;;;;;\r\n1;2\r\n\r\n'],
    ['a comma-separated file, with semicolons in its cells', 'a,b,c\r\n1;2;3;4;5,2,3\r\n'],
    ['a byte order mark and no line break at the end', '\uFEFFa;b;c;d\r\n1;2;3;4'],
    ['three rows below the header', 'a\n1\n2\n3\n'],
  ])('when a file has %s, then it passes, as readCsv splits it', (_what, text) => {
    expect(checkCsvShape(text, LIMITS)).toEqual([]);
    const table = readCsv(text)!;
    expect(table.records.length).toBeLessThanOrEqual(LIMITS.rows);
    expect(
      Math.max(table.header.cells.length, ...table.records.map((r) => r.cells.length)),
    ).toBeLessThanOrEqual(4);
  });

  it('when rows have more fields than allowed, then each is named by the line it starts on', () => {
    const text = 'a;b\r\n"two\r\nlines";2\r\n1;2;3;4;5\r\n1;2\r\n;;;;x\r\n';

    expect(checkCsvShape(text, { rows: 10, columns: 4 })).toEqual([
      { line: 4, field: '(row)', message: 'has 5 fields; at most 4' },
      { line: 6, field: '(row)', message: 'has 5 fields; at most 4' },
    ]);
  });

  it('when there are more rows than allowed below the header, then the file is refused for its rows alone', () => {
    expect(checkCsvShape('a\n1\n2\n3\n4;5;6;7;8\n', LIMITS)).toEqual([
      { line: 1, field: '(file)', message: 'more than 3 rows; at most 3 rows can be imported' },
    ]);
  });

  it('when more than 100 rows are too wide, then the first 100 are listed and then that there are more', () => {
    const text = `a\n${'1;2;3;4;5\n'.repeat(150)}`;

    const issues = checkCsvShape(text, { rows: 1000, columns: 4 });

    expect(issues).toHaveLength(101);
    expect(issues[99]).toEqual({ line: 101, field: '(row)', message: 'has 5 fields; at most 4' });
    expect(issues[100]).toEqual({
      line: 1,
      field: '(file)',
      message: 'more rows have too many fields; the first 100 are listed',
    });
  });
});
