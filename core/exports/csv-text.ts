import { numberText, type ExportCell, type ExportTable } from './export-table';

export interface CsvDialect {
  /** ';' where the decimal mark is a comma (Danish, Norwegian Excel), ',' otherwise. */
  separator: ';' | ',';
  decimalComma: boolean;
}

export const csvDialectOf = (locale: 'da' | 'nb' | 'en'): CsvDialect =>
  locale === 'en' ? { separator: ',', decimalComma: false } : { separator: ';', decimalComma: true };

// A byte order mark: without it Excel reads UTF-8 as the local code page and mangles æ, ø, å.
const BOM = '\uFEFF';

/** The table as RFC 4180 CSV with a BOM and CRLF line ends, safe to open in a spreadsheet. */
export function csvText(table: ExportTable, dialect: CsvDialect): string {
  const line = (cells: string[]) => cells.map((c) => quoted(c, dialect.separator)).join(dialect.separator);
  const lines = [
    line(table.headers.map(guardFormula)),
    ...table.rows.map((row) => line(row.map((cell) => cellText(cell, dialect)))),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function cellText(cell: ExportCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guardFormula(cell);
  if ('number' in cell) return numberText(cell.number, cell.format, dialect.decimalComma);
  return guardFormula(cell.text);
}

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) gets a
 * leading apostrophe: a unit named "=HYPERLINK(…)" stays text (CSV injection, OWASP).
 * Our own numbers never pass here, so "-1,5" stays a number.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
function quoted(field: string, separator: string): string {
  const needs = field.includes(separator) || /["\r\n]/.test(field);
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}
