import { spreadsheetFormatOf } from '../../../core/imports/spreadsheet-format';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('spreadsheetFormatOf', () => {
  it.each([
    ['an XLSX workbook (a ZIP archive)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'xlsx'],
    ['CSV text with a byte order mark', text('\uFEFFenhed;periode\r\n'), 'csv'],
    ['CSV text in Windows-1252 (ø as 0xF8)', bytes(0x6b, 0xf8, 0x62, 0x3b, 0x0d, 0x0a), 'csv'],
  ])('when the file is %s, then it is read as %p', (_what, first, format) => {
    expect(spreadsheetFormatOf(first)).toBe(format);
  });

  it.each([
    ['empty', bytes(), 'the file is empty'],
    [
      'an old .xls workbook',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1),
      'the file is an old Excel workbook (.xls); save it as .xlsx or as CSV',
    ],
    // Excel's "Unicode text" is UTF-16: every other byte of Latin text is 0.
    [
      'UTF-16 text',
      bytes(0xff, 0xfe, 0x65, 0x00, 0x6e, 0x00),
      'the file is neither CSV text nor an XLSX workbook',
    ],
  ])('when the file is %s, then it is refused', (_what, first, problem) => {
    expect(spreadsheetFormatOf(first)).toEqual({ problem });
  });
});
