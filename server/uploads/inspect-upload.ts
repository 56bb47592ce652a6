import path from 'node:path';
import { PayloadTooLarge } from '../../core/errors';
import { fileRefusalError, type FileRefusal } from '../../core/imports/file-refusal';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import { megabytes, UPLOAD_LIMITS } from '../../core/imports/upload-limits';
import { checkWorkbookParts, unreadableWorkbook } from '../../core/imports/workbook-parts-check';
import { readZipDirectory } from '../../core/imports/zip-directory';
import { askBoundedThread, ThreadOverrun, type ThreadBounds } from '../../jobs/bounded-thread';
import type { InspectionRequest } from './inspect-upload-thread';

const THREAD = path.join(__dirname, 'inspect-upload-thread.ts');
// The scan keeps a 64 KB chunk and the rows it lists; 20 s is a 200 MB workbook on a slow machine.
const BOUNDS: ThreadBounds = { heapMb: 64, answerWithinMs: 20_000 };
/** Inspections at once; more wait their turn, so a burst of uploads costs at most this many threads. */
const AT_ONCE = 2;

export const fileTooLarge = () =>
  new PayloadTooLarge(
    `The file cannot be imported: it is larger than ${megabytes(UPLOAD_LIMITS.fileBytes)}`,
    [
      {
        field: 'file',
        issue: `the file is larger than ${megabytes(UPLOAD_LIMITS.fileBytes)}; at most ${megabytes(UPLOAD_LIMITS.fileBytes)} can be imported`,
      },
    ],
  );

/**
 * Refuses an uploaded spreadsheet that would cost too much to parse, before it is stored or parsed
 * (issue 17): first what its size and ZIP directory tell at once, then, in a thread with a bounded
 * heap, what unpacking it (never past its declared sizes) and scanning its rows tells. Throws
 * PayloadTooLarge (413) or ValidationFailed (422) naming the part, the sheet or the rows at fault.
 */
export async function inspectUpload(bytes: Uint8Array, format: SpreadsheetFormat): Promise<void> {
  if (bytes.length > UPLOAD_LIMITS.fileBytes) throw fileTooLarge();
  if (format === 'xlsx') {
    const directory = readZipDirectory(bytes);
    if ('problem' in directory) throw fileRefusalError(unreadableWorkbook(directory.problem));
    const refusal = checkWorkbookParts(directory.parts, UPLOAD_LIMITS);
    if (refusal) throw fileRefusalError(refusal);
  }
  const request: InspectionRequest = { format, bytes };
  const refusal = await inTurn(() => askBoundedThread<FileRefusal | null>(THREAD, request, BOUNDS)).catch(
    (error: unknown) => {
      if (!(error instanceof ThreadOverrun)) throw error;
      return overrun(error);
    },
  );
  if (refusal) throw fileRefusalError(refusal);
}

function overrun(error: ThreadOverrun): FileRefusal {
  const summary =
    error.bound === 'memory'
      ? `checking it needed more than ${BOUNDS.heapMb} MB`
      : `checking it took longer than ${BOUNDS.answerWithinMs / 1000} s`;
  return { tooLarge: true, summary, details: [{ field: 'file', issue: summary }] };
}

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  while (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
