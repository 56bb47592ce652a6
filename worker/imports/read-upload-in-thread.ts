import path from 'node:path';
import type { CsvRecord } from '../../core/imports/read-csv';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import {
  startBoundedThread,
  ThreadOverrun,
  type BoundedThread,
  type ThreadBounds,
} from '../../jobs/bounded-thread';
import { UnreadableFile } from './unreadable-file';
import type { RecordsAnswer, RecordsRequest } from './upload-records-thread';

const THREAD = path.join(__dirname, 'upload-records-thread.ts');
/**
 * exceljs holds the shared strings (at most 50 MB of XML, checked at the upload) while it reads;
 * a batch of 1,000 rows takes milliseconds, so a minute means something is wrong with the file.
 */
export const READ_BOUNDS: ThreadBounds = { heapMb: 256, answerWithinMs: 60_000 };

async function ask(thread: BoundedThread, request: RecordsRequest, bounds: ThreadBounds) {
  const answer = await thread.ask<RecordsAnswer>(request).catch((error: unknown) => {
    throw new UnreadableFile(problemOf(error, bounds));
  });
  if ('problem' in answer) throw new UnreadableFile(answer.problem);
  return answer;
}

/** Why the thread stopped: its bounds, or the parser failing on this file in a way it does not report. */
function problemOf(error: unknown, bounds: ThreadBounds): string {
  if (error instanceof ThreadOverrun)
    return error.bound === 'memory'
      ? `reading the file needed more than the ${bounds.heapMb} MB an import may use`
      : `reading 1,000 rows of the file took longer than ${bounds.answerWithinMs / 1000} s`;
  return `the file could not be read (${(error as Error).message})`;
}

/**
 * An uploaded file's records, read in a thread of their own (jobs/bounded-thread.ts): in the
 * embedded default the import runs in the server's process, and its parsing must neither stall
 * the server nor take its memory. The records come 1,000 at a time, asked for as they are used.
 * Throws UnreadableFile for a file that cannot be read, goes past the bounds, or makes the parser
 * fail outright (exceljs can throw where nothing catches it: the thread dies, not the process).
 */
export async function readUploadInThread(
  upload: { format: SpreadsheetFormat; file: Uint8Array },
  bounds = READ_BOUNDS,
): Promise<{ rowsTotal: number | null; records: AsyncGenerator<CsvRecord> }> {
  const thread = startBoundedThread(THREAD, bounds);
  try {
    const opened = await ask(thread, { format: upload.format, file: upload.file }, bounds);
    const rowsTotal = 'rowsTotal' in opened ? opened.rowsTotal : null;
    return { rowsTotal, records: recordsOf(thread, bounds) };
  } catch (error) {
    await thread.stop();
    throw error;
  }
}

async function* recordsOf(thread: BoundedThread, bounds: ThreadBounds): AsyncGenerator<CsvRecord> {
  try {
    for (;;) {
      const batch = await ask(thread, 'next', bounds);
      if (!('records' in batch)) return;
      yield* batch.records;
      if (batch.done) return;
    }
  } finally {
    await thread.stop();
  }
}
