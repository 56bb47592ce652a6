import ExcelJS from 'exceljs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { columnLetters } from '../../core/imports/column-letters';
import { zipArchive, type ZipEntry } from './zip-archive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const HEADINGS = ['enhed', 'periode', 'planlagte dagsværk', 'sygedage', 'korttid', 'langtid', 'ansatte'];

/** The parts every workbook has besides its sheet and shared strings. */
function workbookParts(withSharedStrings: boolean): ZipEntry[] {
  const sst = withSharedStrings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : '';
  const sstRel = withSharedStrings
    ? `<Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return [
    {
      name: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sst}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Sygefravær" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>${sstRel}</Relationships>`,
    },
  ];
}

/** A cell; null is an empty one with a style, as a row formatted whole has. */
const inlineCell = (ref: string, value: string | number | null) =>
  value === null
    ? `<c r="${ref}" s="0"/>`
    : typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/** A sheet's XML with the rows given (inline strings), and the dimension element when one is given. */
type SheetRow = { number: number; cells: [string, string | number | null][] };

function sheetXml(rows: SheetRow[], dimension?: string) {
  const body = rows
    .map(
      ({ number, cells }) => `<row r="${number}">${cells.map(([r, v]) => inlineCell(r, v)).join('')}</row>`,
    )
    .join('');
  const dim = dimension ? `<dimension ref="${dimension}"/>` : '';
  return `${XML}<worksheet xmlns="${MAIN}">${dim}<sheetData>${body}</sheetData></worksheet>`;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const goodRow = (n: number): [string, string | number][] =>
  ['SKOLE', '2024-01', 420, 21, 14, 7, 20].map((v, i) => [`${LETTERS[i]}${n}`, v]);

/**
 * The first file: a sick-leave sheet whose every row also has a cell in XFD, the last column
 * Excel has (16,384). Written by exceljs (its dimension says A1:XFD…), about 23 KB for 1,000 rows.
 */
export async function aWideSheetWorkbook(rows = 1000): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sygefravær');
  sheet.addRow(HEADINGS);
  for (let n = 2; n <= rows + 1; n++) {
    const row = sheet.addRow(['SKOLE', '2024-01', 420, 21, 14, 7, 20]);
    row.getCell(16_384).value = 'x';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same rows written by hand, without the dimension element: the cells themselves must be read. */
export function aWideSheetWithoutDimension(rows = 1000): Buffer {
  const sheet: SheetRow[] = [
    { number: 1, cells: HEADINGS.map((h, i): [string, string] => [`${LETTERS[i]}1`, h]) },
  ];
  for (let n = 2; n <= rows + 1; n++) sheet.push({ number: n, cells: [...goodRow(n), [`XFD${n}`, 'x']] });
  return zipArchive([...workbookParts(false), { name: 'xl/worksheets/sheet1.xml', data: sheetXml(sheet) }]);
}

/**
 * Good rows, each with an empty formatted cell in XFD: nothing to read out there, but exceljs takes
 * 0.7 ms a row to get past it (20,000 rows: 14 s).
 */
export function aWorkbookFormattedToXfd(rows = 20_000): Buffer {
  const sheet: SheetRow[] = [
    { number: 1, cells: HEADINGS.map((h, i): [string, string] => [`${LETTERS[i]}1`, h]) },
  ];
  for (let n = 2; n <= rows + 1; n++) sheet.push({ number: n, cells: [...goodRow(n), [`XFD${n}`, null]] });
  return zipArchive([...workbookParts(false), { name: 'xl/worksheets/sheet1.xml', data: sheetXml(sheet) }]);
}

/**
 * A small, good workbook written by hand (no styles, inline strings): the hand-built files are real
 * XLSX. With `descriptors` it is written as streaming writers write, a data descriptor after each
 * part; with `headerFormattedWhole` as LibreOffice writes a header row formatted whole (bold), with
 * an empty cell in every column out to AMJ (1,024).
 */
export function aHandWrittenWorkbook(
  rows: [string, string, number, number][],
  { descriptors = false, headerFormattedWhole = false } = {},
): Buffer {
  const header: SheetRow['cells'] = HEADINGS.slice(0, 4).map((h, i) => [`${LETTERS[i]}1`, h]);
  if (headerFormattedWhole) for (let c = 5; c <= 1024; c++) header.push([`${columnLetters(c)}1`, null]);
  const sheet: SheetRow[] = [{ number: 1, cells: header }];
  rows.forEach((cells, i) =>
    sheet.push({
      number: i + 2,
      cells: cells.map((v, c): [string, string | number] => [`${LETTERS[c]}${i + 2}`, v]),
    }),
  );
  const parts = [...workbookParts(false), { name: 'xl/worksheets/sheet1.xml', data: sheetXml(sheet) }];
  return zipArchive(parts, { descriptors });
}

/**
 * Deflate output that inflates to `chunk` repeated `times` times, in about `times` kilobytes: each
 * piece is flushed in full (no back-references across pieces), so the same bytes can be repeated.
 */
function repeatedDeflate(head: string, chunk: Buffer, times: number, tail: string) {
  const piece = (data: Buffer | string) =>
    deflateRawSync(Buffer.from(data), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const body = piece(chunk);
  const deflated = Buffer.concat([piece(head), ...Array<Buffer>(times).fill(body), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  return { deflated, size: head.length + chunk.length * times + tail.length, crc: crc32(tail, crc) };
}

/**
 * The second file: a workbook whose shared strings inflate to `megabytes` MB of short
 * strings from about a thousandth of that. `declared: 'lying'` says the part is 1 KB in the ZIP's
 * directory, so only reading it shows its size.
 */
export function aSharedStringsBomb({
  megabytes,
  declared,
}: {
  megabytes: number;
  declared: 'true' | 'lying';
}): Buffer {
  const strings = '<si><t>Sygefravær</t></si>'.repeat(38_000);
  const chunk = Buffer.alloc(2 ** 20, ' '); // 1 MiB: the strings, then spaces between elements
  chunk.write(strings);
  const head = `${XML}<sst xmlns="${MAIN}">`;
  const { deflated, size, crc } = repeatedDeflate(head, chunk, megabytes, '</sst>');
  const sheet = sheetXml([
    { number: 1, cells: HEADINGS.map((h, i): [string, string] => [`${LETTERS[i]}1`, h]) },
    { number: 2, cells: goodRow(2) },
  ]);
  return zipArchive([
    ...workbookParts(true),
    { name: 'xl/sharedStrings.xml', deflated, declaredSize: declared === 'true' ? size : 1024, crc },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

/** A sick-leave CSV of about `megabytes` MB of good-looking rows (as many as it takes). */
export function aLargeCsv(megabytes: number): Buffer {
  const header = `${HEADINGS.join(';')}\r\n`;
  const row = 'SKOLE;2024-01;420;21;14;7;20\r\n';
  const rows = Math.ceil((megabytes * 1024 * 1024 - header.length) / row.length);
  return Buffer.from(header + row.repeat(rows));
}

/** A CSV whose header has the sick-leave columns and whose rows `wideRows` have `columns` cells. */
export function aWideCsv(columns: number, wideRows: number[], rows = 10): Buffer {
  const lines = [HEADINGS.join(';')];
  for (let line = 2; line <= rows + 1; line++) {
    const cells = ['SKOLE', `2024-${String(line).padStart(2, '0')}`, '420', '21', '14', '7', '20'];
    if (wideRows.includes(line)) while (cells.length < columns) cells.push('');
    lines.push(cells.join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}
