import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnLetters } from '../../core/imports/column-letters';
import type { CsvRecord } from '../../core/imports/read-csv';
import { UPLOAD_LIMITS } from '../../core/imports/upload-limits';
import { UnreadableFile } from './unreadable-file';

/**
 * A cell as the text a CSV would have: a date as 2025-03-01 (a period typed as "mar 2025" or
 * "2025-03" becomes a date in Excel), a formula as its last computed result, rich text joined.
 */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * The row's cells from column A to its last cell with something in it, empty ones included, as
 * text. Empty cells after it are left out: LibreOffice writes one in every column of a row
 * formatted whole. A row reaching past the limit was refused at the upload; should one get here
 * all the same, it is not spread into 16,384 cells.
 */
function cellsOf(row: ExcelJS.Row): string[] {
  let last = 0;
  row.eachCell((_cell, column) => (last = column)); // cells with a value only
  if (last > UPLOAD_LIMITS.columns)
    throw new UnreadableFile(
      `row ${row.number} has a cell in column ${columnLetters(last)}; at most ${UPLOAD_LIMITS.columns} columns`,
    );
  const values = row.values as ExcelJS.CellValue[]; // 1-based: [0] is always empty
  return Array.from({ length: last }, (_, i) => cellText(values[i + 1]));
}

/**
 * The rows of the workbook's first sheet, one at a time, streamed with exceljs's WorkbookReader
 * (the whole workbook is never built in memory). The line of a record is its row number in the
 * sheet. Empty rows are skipped, as in a CSV. Later sheets (notes, pivots) are read past.
 */
export async function* xlsxUploadRecords(bytes: Buffer): AsyncGenerator<CsvRecord> {
  // Styles are read so that date cells come back as dates, not day numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  try {
    // Every sheet is iterated (only the first one's rows read), so exceljs removes its temporary files.
    for await (const sheet of reader) {
      if (!first) continue;
      first = false;
      for await (const row of sheet) {
        const cells = cellsOf(row);
        if (cells.some((cell) => cell.trim() !== '')) yield { line: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`the file is not a readable XLSX workbook (${(error as Error).message})`);
  }
}
