import type { CsvRecord } from '../../core/imports/read-csv';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import { answerRequests } from '../../jobs/bounded-thread';
import { csvUploadRecords } from './csv-upload-records';
import { UnreadableFile } from './unreadable-file';
import { xlsxUploadRecords } from './xlsx-upload-records';

/** The first message: the file. Every later one asks for the next batch of records. */
export type RecordsRequest = { format: SpreadsheetFormat; file: Uint8Array } | 'next';
export type RecordsAnswer =
  { rowsTotal: number | null } | { records: CsvRecord[]; done: boolean } | { problem: string };

/** Records sent at a time: one message per 1,000 rows, and the parent never holds more than that. */
const BATCH = 1000;

let records: Iterator<CsvRecord> | AsyncIterator<CsvRecord> | null = null;

function open(format: SpreadsheetFormat, file: Uint8Array): RecordsAnswer {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (format === 'csv') {
    const csv = csvUploadRecords(bytes);
    records = csv.records[Symbol.iterator]();
    return { rowsTotal: csv.rowsTotal };
  }
  records = xlsxUploadRecords(bytes);
  return { rowsTotal: null };
}

async function nextBatch(): Promise<RecordsAnswer> {
  const batch: CsvRecord[] = [];
  while (batch.length < BATCH) {
    const next = await records!.next();
    if (next.done) return { records: batch, done: true };
    batch.push(next.value);
  }
  return { records: batch, done: false };
}

answerRequests(async (request: RecordsRequest): Promise<RecordsAnswer> => {
  try {
    return request === 'next' ? await nextBatch() : open(request.format, request.file);
  } catch (error) {
    if (error instanceof UnreadableFile) return { problem: error.problem };
    throw error;
  }
});
