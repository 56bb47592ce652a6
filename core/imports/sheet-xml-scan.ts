import type { FieldIssue } from '../errors';
import { columnLetters, columnOfReference } from './column-letters';
import type { FileRefusal } from './file-refusal';
import { counted, MAX_LISTED_ROWS, type UploadLimits } from './upload-limits';

// <row …>, <c …> and <dimension …>, with or without a namespace prefix; not </row>, <col>, <cfRule>.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)(?=[\s/>])([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*["']([^"']*)["']/;
const DIMENSION = /\sref\s*=\s*["']([^"']*)["']/;
/** No tag of a sheet is longer; a longer run without '>' is not a sheet. */
const LONGEST_TAG = 64 * 1024;

type Limits = Pick<UploadLimits, 'rows' | 'columns' | 'reach'>;

const columnsAllowed = ({ columns }: Limits) => `at most ${columns} columns (A to ${columnLetters(columns)})`;
const tooManyRows = ({ rows }: Limits) =>
  `more than ${counted(rows)} rows; at most ${counted(rows)} rows can be imported`;
const shapeRefusal = (summary: string, details: FieldIssue[]): FileRefusal => ({
  tooLarge: false,
  summary,
  details,
});

/**
 * Reads a worksheet's XML as it is unpacked, chunk by chunk, for its shape only: how many rows, and
 * the column of every cell with something in it. It parses nothing else, so a sheet of a million
 * cells costs a pass of a regular expression, not a spreadsheet library's work, and it stops as
 * soon as the answer is known.
 *
 * The cells decide, not the used range the sheet declares (`<dimension>`, which may be missing or
 * lie); the range is named when the cells confirm it. An empty cell (`<c r="AMJ1" s="1"/>`) counts
 * only toward the rows' reach (see UPLOAD_LIMITS.reach), not the columns: LibreOffice writes one in
 * every column of a row formatted whole, a bold header row too, and the import reads only cells
 * with something in them.
 */
export class SheetXmlScan {
  private carry = '';
  private rows = 0;
  private row = 0;
  private column = 0;
  private rowWidest = 0;
  private widest = 0;
  private rowReach = 0;
  private reach = 0;
  private reachingFar = 0;
  private furthest = 0;
  private tooFarRight = false;
  private range: { ref: string; columns: number } | null = null;
  private readonly faults: FieldIssue[] = [];
  private moreFaults = false;
  private tooManyRows = false;
  private malformed = false;

  constructor(private readonly limits: Limits) {}

  /** Whether the rest of the sheet can change the answer no more. */
  get done(): boolean {
    return this.moreFaults || this.tooManyRows || this.tooFarRight || this.malformed;
  }

  feed(text: string): void {
    if (this.done) return;
    const buffer = this.carry + text;
    const open = buffer.lastIndexOf('<');
    const cut = open >= 0 && buffer.indexOf('>', open) < 0 ? open : buffer.length;
    this.carry = buffer.slice(cut);
    if (this.carry.length > LONGEST_TAG) this.malformed = true;
    for (const [, name, attributes] of buffer.slice(0, cut).matchAll(TAG)) {
      if (name === 'c') this.cell(attributes!);
      else if (name === 'row') this.startRow(attributes!);
      else this.dimension(attributes!);
      if (this.done) return;
    }
  }

  /** The refusal, when the sheet is beyond the limits; null when it may be parsed. */
  finish(): FileRefusal | null {
    this.endRow();
    const { limits } = this;
    if (this.malformed)
      return shapeRefusal('its sheet is not XML', [{ field: '(sheet)', issue: 'is not XML' }]);
    if (this.tooManyRows)
      return shapeRefusal(`its sheet has ${tooManyRows(limits)}`, [
        { field: '(sheet)', issue: tooManyRows(limits) },
      ]);
    if (this.faults.length === 0) return this.tooFarRight ? this.reachRefusal() : null;
    const details = [...this.rangeIssue(), ...this.faults];
    if (this.moreFaults) {
      const issue = `more rows have cells beyond column ${columnLetters(limits.columns)}; the first ${MAX_LISTED_ROWS} are listed`;
      details.push({ field: '(sheet)', issue });
    }
    return shapeRefusal(
      `its sheet reaches column ${columnLetters(this.widest)}; ${columnsAllowed(limits)}`,
      details,
    );
  }

  private reachRefusal(): FileRefusal {
    const issue = `empty cells with formatting reach column ${columnLetters(this.furthest)} in ${counted(this.reachingFar)} rows, too far to read; clear the formatting of whole rows or columns, or save the sheet as CSV`;
    return {
      tooLarge: true,
      summary: `its rows reach too far right`,
      details: [{ field: '(sheet)', issue }],
    };
  }

  private rangeIssue(): FieldIssue[] {
    if (!this.range || this.range.columns <= this.limits.columns) return [];
    const { ref, columns } = this.range;
    const issue = `the used range ${ref} reaches column ${columnLetters(columns)}; ${columnsAllowed(this.limits)}`;
    return [{ field: '(sheet)', issue }];
  }

  private dimension(attributes: string): void {
    const ref = DIMENSION.exec(attributes)?.[1];
    if (ref) this.range = { ref, columns: columnOfReference(ref.split(':').at(-1)!) };
  }

  private startRow(attributes: string): void {
    this.endRow();
    this.rows++;
    if (this.rows > this.limits.rows + 1) this.tooManyRows = true;
    const given = REFERENCE.exec(attributes)?.[1];
    this.row = given ? Number(given) : this.row + 1;
    this.column = 0;
    this.rowWidest = 0;
    this.rowReach = 0;
  }

  private cell(attributes: string): void {
    const given = REFERENCE.exec(attributes)?.[1];
    this.column = given ? columnOfReference(given) : this.column + 1;
    const empty = attributes.endsWith('/');
    if (!empty) this.rowWidest = Math.max(this.rowWidest, this.column);
    this.rowReach = Math.max(this.rowReach, this.column);
  }

  private endRow(): void {
    this.reach += this.rowReach;
    if (this.rowReach > this.limits.columns) {
      this.reachingFar++;
      this.furthest = Math.max(this.furthest, this.rowReach);
    }
    if (this.reach > this.limits.reach) this.tooFarRight = true;
    this.rowReach = 0;
    if (this.rowWidest <= this.limits.columns) return;
    this.widest = Math.max(this.widest, this.rowWidest);
    const issue = `has a cell in column ${columnLetters(this.rowWidest)}; ${columnsAllowed(this.limits)}`;
    if (this.faults.length < MAX_LISTED_ROWS) this.faults.push({ field: `row ${this.row}`, issue });
    else this.moreFaults = true;
    this.rowWidest = 0;
  }
}
