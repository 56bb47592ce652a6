/**
 * Cells of a benchmark file as Danish, Norwegian and English spreadsheets and statistics banks
 * write them. Each reader returns null when the cell cannot be read; the caller names the problem.
 */

// Spaces, no-break spaces and narrow no-break spaces group thousands ("12 345,6").
const GROUPING = /[\s\u00a0\u202f]/g;

/** "8,9", "8.9", "-0,5", "12 345,6" or "8,9 %": a decimal comma or point, at most one. */
export function readDecimal(text: string): number | null {
  const bare = text.replace(GROUPING, '').replace(/%$/, '');
  if (!/^[-−]?\d+([.,]\d+)?$/.test(bare)) return null;
  return Number(bare.replace('−', '-').replace(',', '.'));
}

/**
 * SSB's symbols for a figure that is not there: ".." (no data), ":" (confidential), "." (not
 * possible to state), "…" and "-" as other tables write them; an empty cell likewise.
 */
export function isMissingFigure(text: string): boolean {
  return ['', '.', '..', '...', '…', ':', '-', '–'].includes(text.trim());
}

/** Key figures are annual: the period is a year, "2024" (a spreadsheet may write "2024.0"). */
export function readYear(text: string): number | null {
  const match = /^(\d{4})(\.0+)?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

export interface ComparedMunicipality {
  /** As the file wrote it, spaces tidied: "0301 Oslo", "101", "Ballerup". */
  written: string;
  /** The official number without leading zeros when there is one (spreadsheets drop them), else the lower-case name. */
  key: string;
}

/** A municipality by official number, by name, or both as SSB writes them ("0301 Oslo"). */
export function readComparedMunicipality(text: string): ComparedMunicipality | null {
  const written = text.trim().replace(/\s+/g, ' ');
  if (written === '') return null;
  const number = /^(\d{1,4})(\s|$)/.exec(written);
  const key = number ? String(Number(number[1])) : written.toLowerCase();
  return { written, key };
}

/** Names of groups, sources and indicators compare with spaces tidied and case ignored. */
export const nameKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();
