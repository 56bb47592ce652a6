import type { ImportIssue } from '../imports/import-issue';
import type { MonthIndex } from './month-index';
import { monthsOfPeriod, periodLabel, type ImportPeriod } from './import-period';

/** A unit's period already in the database. */
export interface StoredSickLeavePeriod {
  unitId: string;
  period: ImportPeriod;
}

const key = (unitId: string, month: MonthIndex) => `${unitId}|${month}`;

/**
 * The months the file's rows so far cover, per unit: a second row for the same unit and period is
 * a duplicate, and a month inside a quarter given on another row (or the other way round) would
 * count the same days twice when the months roll up into quarters and years.
 */
export class FilePeriodClaims {
  private readonly claims = new Map<string, { line: number; period: ImportPeriod }>();

  /** Claims the row's months; the reason it cannot, if another row has one of them. */
  claim(unitId: string, period: ImportPeriod, line: number): string | null {
    const months = monthsOfPeriod(period);
    for (const month of months) {
      const other = this.claims.get(key(unitId, month));
      if (!other) continue;
      if (other.period.kind === period.kind) return `the same unit and period as line ${other.line}`;
      return `${periodLabel(period)} overlaps ${periodLabel(other.period)} of the same unit on line ${other.line}; give a unit's figures by month or by quarter, not both`;
    }
    for (const month of months) this.claims.set(key(unitId, month), { line, period });
    return null;
  }
}

/**
 * Rows whose period overlaps one of the other kind already stored for the unit (a month inside a
 * stored quarter, a quarter over stored months). A stored period of the same kind and start is
 * not an overlap: importing it again replaces it.
 */
export function storedPeriodOverlaps(
  rows: readonly { line: number; unitId: string; period: ImportPeriod }[],
  stored: readonly StoredSickLeavePeriod[],
  periodHeading: string,
): ImportIssue[] {
  const byMonth = new Map<string, ImportPeriod>();
  for (const s of stored)
    for (const month of monthsOfPeriod(s.period)) byMonth.set(key(s.unitId, month), s.period);
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const clash = monthsOfPeriod(row.period)
      .map((month) => byMonth.get(key(row.unitId, month)))
      .find((s) => s !== undefined && s.kind !== row.period.kind);
    if (clash)
      issues.push({
        line: row.line,
        field: periodHeading,
        message: `${periodLabel(row.period)} overlaps ${periodLabel(clash)}, already imported for this unit by ${clash.kind}; give a unit's figures by month or by quarter, not both`,
      });
  }
  return issues;
}
