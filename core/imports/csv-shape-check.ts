import type { ImportIssue } from './import-issue';
import { streamCsv } from './read-csv';
import { counted, MAX_LISTED_ROWS } from './upload-limits';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const blank = (code: number) => code <= 32 || code === 0xa0 || code === 0xfeff;

/**
 * Counts a CSV's rows and each row's fields the way `readCsv` splits them (quotes, doubled quotes,
 * line breaks in quotes, blank lines skipped) without building a cell, so a file too long or too
 * wide to read is refused for the price of one pass over its characters. The issues name the rows
 * with too many fields, the first MAX_LISTED_ROWS of them, or say there are too many rows.
 */
export function checkCsvShape(text: string, limits: { rows: number; columns: number }): ImportIssue[] {
  const separator = streamCsv(text.slice(0, 64 * 1024)).separator.charCodeAt(0);
  const faults: ImportIssue[] = [];
  let records = 0;
  let fields = 1;
  let quoted = false;
  let cellHasText = false;
  let recordHasText = false;
  let line = 1;
  let start = 1;
  const endRecord = (): ImportIssue | null => {
    if (recordHasText && ++records - 1 > limits.rows) {
      const message = `more than ${counted(limits.rows)} rows; at most ${counted(limits.rows)} rows can be imported`;
      return { line: 1, field: '(file)', message };
    }
    if (recordHasText && fields > limits.columns && faults.length <= MAX_LISTED_ROWS)
      faults.push({
        line: start,
        field: '(row)',
        message: `has ${counted(fields)} fields; at most ${limits.columns}`,
      });
    fields = 1;
    cellHasText = recordHasText = false;
    return null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) line++;
    if (quoted) {
      if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE) i++;
      else if (c === QUOTE) quoted = false;
      else if (!blank(c)) cellHasText = recordHasText = true;
    } else if (c === QUOTE && !cellHasText) quoted = true;
    else if (c === separator) {
      fields++;
      cellHasText = false;
    } else if (c === LF) {
      const tooMany = endRecord();
      if (tooMany) return [tooMany];
      start = line;
    } else if (c !== CR && !blank(c)) cellHasText = recordHasText = true;
  }
  const tooMany = endRecord();
  return tooMany ? [tooMany] : listed(faults);
}

function listed(faults: ImportIssue[]): ImportIssue[] {
  if (faults.length <= MAX_LISTED_ROWS) return faults;
  const message = `more rows have too many fields; the first ${MAX_LISTED_ROWS} are listed`;
  return [...faults.slice(0, MAX_LISTED_ROWS), { line: 1, field: '(file)', message }];
}
