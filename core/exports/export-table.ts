/**
 * A table as the dashboard exports it (CSV or XLSX), already limited to what the screen shows:
 * a hidden value arrives here as its text ("Hidden: too few answers"), never as a number.
 */
export interface ExportTable {
  /** The sheet's name in a workbook. */
  title: string;
  headers: string[];
  rows: ExportCell[][];
}

/**
 * How a number reads: 'percent' is a share 0..1 shown as a percentage, 'points' a change of a share
 * shown in percentage points, 'score' a mean on the instrument's scale, 'index' 0-100, 'count' whole.
 */
export type NumberFormat = 'percent' | 'points' | 'score' | 'index' | 'count';

export type ExportCell =
  | null
  | string
  | { number: number; format: NumberFormat }
  /** A unit's name indented by its depth in the organisation tree. */
  | { text: string; indent: number };

const DECIMALS: Record<NumberFormat, number> = { percent: 1, points: 1, score: 2, index: 1, count: 0 };
/** Shares and their changes are written in percent (points), as the screen shows them. */
const SCALE: Record<NumberFormat, number> = { percent: 100, points: 100, score: 1, index: 1, count: 1 };

/** "88,2" in Danish and Norwegian, "88.2" in English: the number as a spreadsheet there reads it. */
export function numberText(value: number, format: NumberFormat, decimalComma: boolean): string {
  const text = (value * SCALE[format]).toFixed(DECIMALS[format]);
  // toFixed gives "-0.0" for tiny negative changes; a spreadsheet reads it as 0 anyway.
  const clean = /^-0\.?0*$/.test(text) ? text.slice(1) : text;
  return decimalComma ? clean.replace('.', ',') : clean;
}

/** The value type of the unit an indicator is measured in, as a number format. */
export const formatOfUnit = (unit: 'share' | 'score' | 'index'): NumberFormat =>
  unit === 'share' ? 'percent' : unit;

/** The format of a change: a share's change is in percentage points. */
export const changeFormatOfUnit = (unit: 'share' | 'score' | 'index'): NumberFormat =>
  unit === 'share' ? 'points' : unit;
