import type { CsvRecord } from '../../core/imports/read-csv';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import type { JobContext } from '../../jobs/define-job';
import { ImportProgress, type RowsRead } from './import-progress';
import { readUploadInThread } from './read-upload-in-thread';

/**
 * Feeds an uploaded file's records (the heading first), read in a bounded thread of their own, to
 * a kind of import's check, reporting progress; returns the number of rows after the heading.
 * Every import (sick leave, measured figures) reads its file this way; an unreadable file throws
 * UnreadableFile.
 */
export async function readUploadInto(
  check: { add(record: CsvRecord): void },
  upload: { format: SpreadsheetFormat; file: Buffer },
  job: JobContext,
  record: (rows: RowsRead) => Promise<void>,
): Promise<number> {
  const { rowsTotal, records } = await readUploadInThread(upload);
  const progress = new ImportProgress(record, job, rowsTotal);
  let header = true;
  for await (const row of records) {
    check.add(row);
    if (header) header = false;
    else await progress.rowRead();
  }
  await progress.report();
  return progress.rows;
}
