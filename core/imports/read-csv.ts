/** One record of a CSV file: its cells and the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: ';' | ',';
  header: CsvRecord;
  records: CsvRecord[];
}

const BOM = '\uFEFF';

/**
 * Reads RFC 4180 CSV as spreadsheets write it: ';' (Danish and Norwegian Excel) or ',' (English),
 * whichever the header line uses more, an optional UTF-8 byte order mark, CRLF or LF line ends,
 * quoted fields with doubled quotes and line breaks. Lines with nothing on them are skipped.
 * Null when there is no header line.
 */
export function readCsv(text: string): CsvTable | null {
  const { separator, records } = streamCsv(text);
  const [header, ...rest] = records();
  return header ? { separator, header, records: rest } : null;
}

/**
 * The same reading one record at a time (the header first), for files too large to split at once:
 * `records()` can be run more than once, e.g. to count the rows before checking them.
 */
export function streamCsv(text: string): { separator: ';' | ','; records: () => Generator<CsvRecord> } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = separatorOf(body.split(/\r?\n/, 1)[0] ?? '');
  return { separator, records: () => nonEmptyRecords(body, separator) };
}

function* nonEmptyRecords(text: string, separator: string): Generator<CsvRecord> {
  for (const record of splitRecords(text, separator)) if (record.cells.some((c) => c.trim())) yield record;
}

/** The separator the header line uses more often outside quotes; ';' when it uses neither. */
function separatorOf(headerLine: string): ';' | ',' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function* splitRecords(text: string, separator: string): Generator<CsvRecord> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): CsvRecord => {
    const record = { line: start, cells: [...cells, cell] };
    cells = [];
    cell = '';
    return record;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      yield endRecord();
      start = line;
    } else if (c !== '\r') cell += c;
  }
  if (cells.length || cell) yield endRecord();
}
