import type { Response } from 'express';
import { csvDialectOf, csvText } from '../../core/exports/csv-text';
import { exportFileName } from '../../core/exports/export-file-name';
import type { ExportTable } from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import { xlsxWorkbook } from './xlsx-workbook';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Answers with the table as a download named after `nameParts` ("goal-status-aarhus-2026-05-01.csv"). */
export async function sendTable(
  res: Response,
  table: ExportTable,
  { format, locale, nameParts }: { format: ExportFormat; locale: Locale; nameParts: string[] },
): Promise<void> {
  res.attachment(exportFileName(nameParts, format));
  // The file holds what this user may see: no shared cache may keep it for the next one.
  res.set('Cache-Control', 'private, no-store');
  if (format === 'csv') {
    res.type('text/csv; charset=utf-8').send(csvText(table, csvDialectOf(locale)));
    return;
  }
  res.type(XLSX_TYPE).send(await xlsxWorkbook(table));
}
