import { decodeCsv } from '../../core/imports/decode-csv';
import { streamCsv, type CsvRecord } from '../../core/imports/read-csv';

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
