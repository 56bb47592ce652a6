import { UPLOAD_LIMITS } from '../../../core/imports/upload-limits';
import { checkWorkbookParts } from '../../../core/imports/workbook-parts-check';
import type { ZipPart } from '../../../core/imports/zip-directory';

const MB = 2 ** 20;
const part = (name: string, size: number): ZipPart => ({ name, method: 8, size, dataStart: 0, dataEnd: 0 });
const sheet = part('xl/worksheets/sheet1.xml', 10 * MB);

describe('checkWorkbookParts', () => {
  it('when the parts are within the limits, then the workbook may be read', () => {
    expect(checkWorkbookParts([part('xl/sharedStrings.xml', 50 * MB), sheet], UPLOAD_LIMITS)).toBeNull();
  });

  it.each([
    [
      'shared strings of 51 MB',
      [part('xl/sharedStrings.xml', 51 * MB), sheet],
      {
        summary: 'its shared strings unpack to more than 50 MB',
        details: [
          {
            field: 'xl/sharedStrings.xml',
            issue: 'unpacks to 51 MB; the shared strings may unpack to at most 50 MB',
          },
        ],
      },
    ],
    [
      'parts that unpack to 210 MB in all',
      [sheet, part('xl/worksheets/sheet2.xml', 200 * MB)],
      {
        summary: 'it unpacks to more than 200 MB',
        details: [
          { field: '(workbook)', issue: 'unpacks to 210 MB; a workbook may unpack to at most 200 MB' },
        ],
      },
    ],
    [
      '1,001 parts',
      [sheet, ...Array.from({ length: 1000 }, (_, i) => part(`xl/media/image${i}.png`, 10))],
      {
        summary: 'it has 1,001 parts',
        details: [{ field: '(workbook)', issue: 'has 1,001 parts; at most 1,000' }],
      },
    ],
  ])('when a workbook has %s, then it is refused as too large', (_what, parts, refusal) => {
    expect(checkWorkbookParts(parts, UPLOAD_LIMITS)).toEqual({ tooLarge: true, ...refusal });
  });

  it('when a workbook has no sheet, then it is refused for that', () => {
    expect(checkWorkbookParts([part('xl/workbook.xml', 100)], UPLOAD_LIMITS)).toEqual({
      tooLarge: false,
      summary: 'it has no sheet',
      details: [{ field: '(workbook)', issue: 'has no sheet' }],
    });
  });
});
