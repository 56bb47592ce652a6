import { SheetXmlScan } from '../../../core/imports/sheet-xml-scan';

const LIMITS = { rows: 5, columns: 10, reach: 1e9 }; // columns A to J
const ALLOWED = 'at most 10 columns (A to J)';

const row = (n: number, ...refs: string[]) =>
  `<row r="${n}" spans="1:3">${refs.map((r) => `<c r="${r}" t="s"><v>0</v></c>`).join('')}</row>`;
const sheet = (body: string, dimension = '') =>
  `<?xml version="1.0"?><worksheet xmlns="x">${dimension}<cols><col min="1" max="16384"/></cols><sheetData>${body}</sheetData></worksheet>`;

/** Fed in pieces of `size` characters, as an unpacked stream arrives. */
function scan(xml: string, size = xml.length) {
  const scanner = new SheetXmlScan(LIMITS);
  for (let at = 0; at < xml.length; at += size) scanner.feed(xml.slice(at, at + size));
  return scanner.finish();
}

describe('SheetXmlScan', () => {
  it.each([1, 3, 7, 1000])(
    'when a sheet is within the limits, then it passes (fed %i characters at a time)',
    (size) => {
      const xml = sheet(row(1, 'A1', 'J1') + row(2, 'A2') + row(5, 'B5'), '<dimension ref="A1:J5"/>');

      expect(scan(xml, size)).toBeNull();
    },
  );

  it.each([1, 5, 64])(
    'when rows reach past the last column, then those rows are listed (fed %i characters at a time)',
    (size) => {
      const xml = sheet(row(1, 'A1') + row(2, 'A2', 'K2') + row(3, 'B3') + row(4, 'A4', 'XFD4'));

      expect(scan(xml, size)).toEqual({
        tooLarge: false,
        summary: `its sheet reaches column XFD; ${ALLOWED}`,
        details: [
          { field: 'row 2', issue: `has a cell in column K; ${ALLOWED}` },
          { field: 'row 4', issue: `has a cell in column XFD; ${ALLOWED}` },
        ],
      });
    },
  );

  it('when the used range and the cells reach past the last column, then the range is named first', () => {
    expect(scan(sheet(row(1, 'A1', 'M1'), '<dimension ref="A1:M1"/>'))).toEqual({
      tooLarge: false,
      summary: `its sheet reaches column M; ${ALLOWED}`,
      details: [
        { field: '(sheet)', issue: `the used range A1:M1 reaches column M; ${ALLOWED}` },
        { field: 'row 1', issue: `has a cell in column M; ${ALLOWED}` },
      ],
    });
  });

  it('when only the declared used range reaches past the last column, then the sheet passes: the cells decide', () => {
    expect(scan(sheet(row(1, 'A1'), '<dimension ref="A1:XFD1048576"/>'))).toBeNull();
  });

  it('when a row formatted whole has empty cells out to AMJ, as LibreOffice writes it, then the sheet passes', () => {
    const empties = Array.from(
      { length: 30 },
      (_, i) => `<c r="AL${String.fromCharCode(65 + (i % 26))}1" s="0"/>`,
    );
    const xml = sheet(
      `<row r="1" s="1" customFormat="true"><c r="A1" s="1" t="s"><v>0</v></c>${empties.join('')}</row>`,
    );

    expect(scan(xml)).toBeNull();
  });

  it('when empty formatted cells reach far right in row after row, then the sheet is refused for its reach', () => {
    // Reach 60: rows 1-5 end in column L (12 each); the budget is 50.
    const scanner = new SheetXmlScan({ ...LIMITS, reach: 50 });
    for (let n = 1; n <= 5; n++)
      scanner.feed(`<row r="${n}"><c r="A${n}"><v>1</v></c><c r="L${n}" s="3"/></row>`);

    expect(scanner.finish()).toEqual({
      tooLarge: true,
      summary: 'its rows reach too far right',
      details: [
        {
          field: '(sheet)',
          issue:
            'empty cells with formatting reach column L in 5 rows, too far to read; clear the formatting of whole rows or columns, or save the sheet as CSV',
        },
      ],
    });
  });

  it('when cells and rows give no references, then they are counted from the previous ones', () => {
    const cells = '<c><v>1</v></c>'.repeat(11); // A … K
    const xml = sheet(`<row r="3"><c r="A3"/></row><row>${cells}</row>`);

    expect(scan(xml)?.details).toEqual([{ field: 'row 4', issue: `has a cell in column K; ${ALLOWED}` }]);
  });

  it('when the elements have a namespace prefix, then they are read all the same', () => {
    const xml = `<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="L1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;

    expect(scan(xml)?.details).toEqual([{ field: 'row 1', issue: `has a cell in column L; ${ALLOWED}` }]);
  });

  it('when there are more than a header and 5 rows, then the sheet is refused for its rows and reading stops', () => {
    const scanner = new SheetXmlScan(LIMITS);
    const rows = Array.from({ length: 7 }, (_, i) => row(i + 1, `A${i + 1}`)).join('');

    scanner.feed(sheet(rows));

    expect(scanner.done).toBe(true);
    expect(scanner.finish()).toEqual({
      tooLarge: false,
      summary: 'its sheet has more than 5 rows; at most 5 rows can be imported',
      details: [{ field: '(sheet)', issue: 'more than 5 rows; at most 5 rows can be imported' }],
    });
  });

  it('when more than 100 rows are too wide, then the first 100 are listed and reading stops', () => {
    const scanner = new SheetXmlScan({ ...LIMITS, rows: 1000 });
    for (let n = 1; n <= 150; n++) scanner.feed(row(n, `A${n}`, `Z${n}`));
    const refusal = scanner.finish()!;

    expect(scanner.done).toBe(true);
    expect(refusal.details).toHaveLength(101);
    expect(refusal.details[99]).toEqual({ field: 'row 100', issue: `has a cell in column Z; ${ALLOWED}` });
    expect(refusal.details[100]).toEqual({
      field: '(sheet)',
      issue: 'more rows have cells beyond column J; the first 100 are listed',
    });
  });

  it('when a tag never closes, then the sheet is not XML', () => {
    const scanner = new SheetXmlScan(LIMITS);
    scanner.feed(`<row r="1"><c r="A1" t="${'x'.repeat(70_000)}`);

    expect(scanner.finish()).toEqual({
      tooLarge: false,
      summary: 'its sheet is not XML',
      details: [{ field: '(sheet)', issue: 'is not XML' }],
    });
  });
});
