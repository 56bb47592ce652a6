import type ExcelJS from 'exceljs';
import type { ExportCell, ExportTable, NumberFormat } from '../../core/exports/export-table';

/**
 * Numbers stay numbers, so the sheet can compute with them: a share is stored as 0.882 and shown
 * as 88.2 % (or 88,2 % in a Danish Excel); a share's change is shown in percentage points.
 */
const NUMBER_FORMATS: Record<NumberFormat, string> = {
  percent: '0.0%',
  points: '+0.0" pp";-0.0" pp";0.0" pp"',
  score: '0.00',
  index: '0.0',
  count: '0',
};

/** The table as a one-sheet workbook: a bold, frozen, filterable header row and typed cells. */
export async function xlsxWorkbook(table: ExportTable): Promise<Buffer> {
  // Loaded on the first export: exceljs takes a second to load, and most requests never need it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Målbar';
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(valueOf));
    cells.forEach((cell, i) => styleCell(row.getCell(i + 1), cell));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  table.headers.forEach((title, i) => {
    sheet.getColumn(i + 1).width = widthOf(
      title,
      table.rows.map((r) => r[i] ?? null),
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Strings are written as text cells, never as formulas, so "=…" in a name cannot run in Excel.
function valueOf(cell: ExportCell): string | number | null {
  if (cell === null || typeof cell === 'string') return cell;
  if ('number' in cell) return cell.format === 'points' ? cell.number * 100 : cell.number;
  return cell.text;
}

function styleCell(target: ExcelJS.Cell, cell: ExportCell): void {
  if (cell === null || typeof cell === 'string') return;
  if ('number' in cell) target.numFmt = NUMBER_FORMATS[cell.format];
  else target.alignment = { indent: cell.indent };
}

/** Wide enough for the header or the longest text, within reason. */
function widthOf(header: string, cells: ExportCell[]): number {
  const longest = cells.reduce<number>((max, cell) => {
    if (cell === null) return max;
    if (typeof cell === 'string') return Math.max(max, cell.length);
    return Math.max(max, 'number' in cell ? 8 : cell.text.length + cell.indent * 2);
  }, header.length);
  return Math.min(Math.max(longest + 2, 8), 48);
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
