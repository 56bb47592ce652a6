import { checkCsvShape } from '../../core/imports/csv-shape-check';
import { decodeCsv } from '../../core/imports/decode-csv';
import type { FileRefusal } from '../../core/imports/file-refusal';
import type { ImportIssue } from '../../core/imports/import-issue';
import { SheetXmlScan } from '../../core/imports/sheet-xml-scan';
import type { SpreadsheetFormat } from '../../core/imports/spreadsheet-format';
import { UPLOAD_LIMITS } from '../../core/imports/upload-limits';
import {
  checkWorkbookParts,
  SHARED_STRINGS_PART,
  SHEET_PART,
  tooManySharedStrings,
  unpackedTooFar,
  unreadableWorkbook,
} from '../../core/imports/workbook-parts-check';
import { readZipDirectory, type ZipPart } from '../../core/imports/zip-directory';
import { answerRequests } from '../../jobs/bounded-thread';
import { unpackZipPart, UnpackedTooFar } from './unpack-zip-part';

export interface InspectionRequest {
  format: SpreadsheetFormat;
  bytes: Uint8Array;
}

/**
 * Unpacks every part of a workbook, as exceljs would meet it, checking on the way: no part past its
 * declared size, the shared strings within their count, the first sheet within rows × columns.
 */
async function inspectWorkbook(bytes: Uint8Array): Promise<FileRefusal | null> {
  const directory = readZipDirectory(bytes);
  if ('problem' in directory) return unreadableWorkbook(directory.problem);
  const refusal = checkWorkbookParts(directory.parts, UPLOAD_LIMITS);
  if (refusal) return refusal;
  const sheet = directory.parts.find((p) => SHEET_PART.test(p.name));
  for (const part of directory.parts) {
    const found = await inspectPart(bytes, part, part === sheet).catch((error: unknown) => {
      if (error instanceof UnpackedTooFar) return unpackedTooFar(part);
      return unreadableWorkbook(`${part.name} cannot be unpacked (${(error as Error).message})`);
    });
    if (found) return found;
  }
  return null;
}

async function inspectPart(bytes: Uint8Array, part: ZipPart, isSheet: boolean): Promise<FileRefusal | null> {
  if (isSheet) {
    const scan = new SheetXmlScan(UPLOAD_LIMITS);
    for await (const text of unpackZipPart(bytes, part)) {
      scan.feed(text);
      if (scan.done) break;
    }
    return scan.finish();
  }
  const strings = part.name === SHARED_STRINGS_PART ? new SharedStringCount() : null;
  for await (const text of unpackZipPart(bytes, part)) {
    if (strings && strings.add(text) > UPLOAD_LIMITS.sharedStrings)
      return tooManySharedStrings(UPLOAD_LIMITS);
  }
  return null;
}

/** Counts <si> elements across chunks: a match is counted once, in the chunk where it ends. */
class SharedStringCount {
  private tail = '';
  private count = 0;

  add(text: string): number {
    const buffer = this.tail + text;
    for (const match of buffer.matchAll(/<(?:\w+:)?si[\s>/]/g))
      if (match.index + match[0].length > this.tail.length) this.count++;
    this.tail = buffer.slice(-16);
    return this.count;
  }
}

function inspectCsv(bytes: Uint8Array): FileRefusal | null {
  const issues = checkCsvShape(decodeCsv(bytes), UPLOAD_LIMITS);
  if (issues.length === 0) return null;
  const rows = issues.filter((i) => i.field === '(row)');
  const summary =
    rows.length === 0
      ? `it has ${issues[0]!.message}`
      : `${rows.length === 1 ? 'a row has' : 'rows have'} more than ${UPLOAD_LIMITS.columns} fields`;
  return { tooLarge: false, summary, details: issues.map(detailOf) };
}

const detailOf = ({ line, field, message }: ImportIssue) =>
  field === '(row)' ? { field: `line ${line}`, issue: message } : { field, issue: message };

answerRequests(({ format, bytes }: InspectionRequest) =>
  format === 'xlsx' ? inspectWorkbook(bytes) : inspectCsv(bytes),
);
