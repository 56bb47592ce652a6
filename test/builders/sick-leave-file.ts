import ExcelJS from 'exceljs';

type Cell = string | number | Date | null;

const DANISH = ['enhed', 'periode', 'planlagte dagsværk', 'sygedage', 'korttid', 'langtid', 'ansatte'];

/** "12,5": a Danish spreadsheet's decimal comma. */
const danishText = (cell: Cell) =>
  cell === null
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell).replace('.', ',');

/**
 * An HR/payroll export as a Danish spreadsheet writes it, CSV (BOM, ';', CRLF, decimal commas) or
 * XLSX (numbers as numbers): `aSickLeaveFile().row('SKOLE', '2024-01', 420, 21, 14, 7, 20).csv()`.
 * Columns by default: enhed, periode, planlagte dagsværk, sygedage, korttid, langtid, ansatte.
 */
export function aSickLeaveFile(headings: string[] = DANISH) {
  const rows: Cell[][] = [];
  const builder = {
    /** One row's cells in the order of the headings; any value, to make one wrong. */
    row(...cells: Cell[]) {
      rows.push(cells);
      return builder;
    },
    csv(): string {
      const lines = [headings, ...rows.map((r) => r.map(danishText))].map((cells) => cells.join(';'));
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    },
    async xlsx(): Promise<Buffer> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sygefravær');
      sheet.addRow(headings);
      for (const cells of rows) sheet.addRow(cells);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
  };
  return builder;
}
