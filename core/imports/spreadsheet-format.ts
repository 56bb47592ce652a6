export type SpreadsheetFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * What an uploaded file is, by its first bytes rather than its name or the type the browser
 * guessed (Windows calls a .csv "application/vnd.ms-excel"): an XLSX workbook is a ZIP archive;
 * CSV is text, so it has no NUL bytes. The old binary .xls and anything else are refused.
 */
export function spreadsheetFormatOf(firstBytes: Uint8Array): SpreadsheetFormat | { problem: string } {
  if (firstBytes.length === 0) return { problem: 'the file is empty' };
  if (startsWith(firstBytes, ZIP)) return 'xlsx';
  if (startsWith(firstBytes, OLE))
    return { problem: 'the file is an old Excel workbook (.xls); save it as .xlsx or as CSV' };
  if (firstBytes.subarray(0, 4096).includes(0))
    return { problem: 'the file is neither CSV text nor an XLSX workbook' };
  return 'csv';
}
