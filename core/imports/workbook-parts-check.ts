import type { FileRefusal } from './file-refusal';
import { counted, megabytes, type UploadLimits } from './upload-limits';
import type { ZipPart } from './zip-directory';

export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';
/** The sheets exceljs reads (xl/worksheets/sheet1.xml …); it takes the first in the file. */
export const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

const tooLarge = (summary: string, field: string, issue: string): FileRefusal => ({
  tooLarge: true,
  summary,
  details: [{ field, issue }],
});

/**
 * What the ZIP directory of a workbook already tells, before anything is unpacked: too many parts,
 * shared strings or parts in all that unpack to more than the limits. The sizes are as declared;
 * reading checks them (see `unpackedTooFar`).
 */
export function checkWorkbookParts(parts: readonly ZipPart[], limits: UploadLimits): FileRefusal | null {
  if (parts.length > limits.workbookParts)
    return tooLarge(
      `it has ${counted(parts.length)} parts`,
      '(workbook)',
      `has ${counted(parts.length)} parts; at most ${counted(limits.workbookParts)}`,
    );
  const strings = parts.find((p) => p.name === SHARED_STRINGS_PART);
  if (strings && strings.size > limits.sharedStringsBytes)
    return sharedStringsTooLarge(`unpacks to ${megabytes(strings.size)}`, limits);
  const total = parts.reduce((sum, p) => sum + p.size, 0);
  if (total > limits.workbookBytes)
    return tooLarge(
      `it unpacks to more than ${megabytes(limits.workbookBytes)}`,
      '(workbook)',
      `unpacks to ${megabytes(total)}; a workbook may unpack to at most ${megabytes(limits.workbookBytes)}`,
    );
  if (!parts.some((p) => SHEET_PART.test(p.name)))
    return {
      tooLarge: false,
      summary: 'it has no sheet',
      details: [{ field: '(workbook)', issue: 'has no sheet' }],
    };
  return null;
}

export function sharedStringsTooLarge(unpacked: string, limits: UploadLimits): FileRefusal {
  const limit = megabytes(limits.sharedStringsBytes);
  return tooLarge(
    `its shared strings unpack to more than ${limit}`,
    SHARED_STRINGS_PART,
    `${unpacked}; the shared strings may unpack to at most ${limit}`,
  );
}

export function tooManySharedStrings(limits: UploadLimits): FileRefusal {
  const limit = counted(limits.sharedStrings);
  return tooLarge(
    `it has more than ${limit} shared strings`,
    SHARED_STRINGS_PART,
    `has more than ${limit} strings; at most ${limit}`,
  );
}

/** A file that is not a workbook exceljs could read, and why. */
export function unreadableWorkbook(problem: string): FileRefusal {
  return {
    tooLarge: false,
    summary: 'it is not a readable XLSX workbook',
    details: [{ field: 'file', issue: `is not a readable XLSX workbook: ${problem}` }],
  };
}

/** A part that unpacks to more than the directory declared: the directory lied, so nothing else holds. */
export function unpackedTooFar(part: ZipPart): FileRefusal {
  return {
    tooLarge: true,
    summary: `${part.name} unpacks to more than its ZIP directory says`,
    details: [
      {
        field: part.name,
        issue: `unpacks to more than the ${counted(part.size)} bytes its ZIP directory says`,
      },
    ],
  };
}
