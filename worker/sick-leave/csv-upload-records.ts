import { streamCsv, type CsvRecord } from '../../core/imports/read-csv';

/**
 * An uploaded CSV's text: UTF-8 (with or without a byte order mark), or else Windows-1252, as
 * Excel in Denmark and Norway may save it, so æ, ø and å survive either way.
 */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The records of an uploaded CSV one at a time, and how many rows it has below its header
 * (counted first: a pass over the text costs far less than checking and storing the rows).
 */
export function csvUploadRecords(bytes: Uint8Array): { rowsTotal: number; records: Iterable<CsvRecord> } {
  const csv = streamCsv(decodeCsv(bytes));
  let count = 0;
  for (const _record of csv.records()) count++;
  return { rowsTotal: Math.max(0, count - 1), records: csv.records() };
}
