/**
 * GET /api/sick-leave as the app reads it; mirrors server/use-cases/sick-leave-figures.ts (which
 * imports the database layer), checked at compile time by test/browser/sick-leave-view.test.ts.
 */
import type { UnitKind } from '../../../core/org/org-unit';
import type { Granularity } from '../../../core/sick-leave/figures-periods';
import type { SickLeaveChange, SickLeaveFigure } from '../../../core/sick-leave/sick-leave-figures';

export type { Granularity, SickLeaveChange, SickLeaveFigure };
export type ShownSickLeave = Extract<SickLeaveFigure, { status: 'shown' }>;

export interface SickLeavePeriodView {
  key: string;
  firstMonth: string;
  lastMonth: string;
  partial: boolean;
}

export interface SickLeaveRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  level: 0 | 1;
  hasChildren: boolean;
  figures: SickLeaveFigure[];
}

export interface SickLeaveTable {
  unit: { id: string; name: string; kind: UnitKind };
  path: { id: string; name: string }[];
  granularity: Granularity;
  periods: SickLeavePeriodView[];
  rows: SickLeaveRow[];
  minEmployees: number;
  basis: 'all-employees';
  firstMonth: string | null;
  lastMonth: string | null;
}
