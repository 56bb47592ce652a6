/**
 * The measured indicators' JSON as the app reads it (docs: /work/measured-api.md, issue 20);
 * mirrored here because the server's use cases import the database layer the browser must not see.
 */
import type { LocalizedText } from '../../../core/indicators/indicator-definition';
import type {
  MeasureKind,
  MeasuredDefinition,
  MeasuredDefinitionInput,
  PeriodGrain,
} from '../../../core/measured/measured-definition';
import type { MeasuredComparison, MeasuredFigure } from '../../../core/measured/measured-figures';
import type { UnitKind } from '../../../core/org/org-unit';
import type { ImportIssue } from './import-types';

export type {
  MeasureKind,
  MeasuredComparison,
  MeasuredDefinition,
  MeasuredDefinitionInput,
  MeasuredFigure,
  PeriodGrain,
};
export type ShownMeasuredFigure = Extract<MeasuredFigure, { status: 'shown' }>;

/** GET /api/measured/definitions. */
export interface MeasuredDefinitions {
  definitions: MeasuredDefinition[];
  library: MeasuredDefinition[];
}

/** `own`: the definition's grain; `year`: calendar (or school) years. */
export type MeasuredPeriodChoice = 'own' | 'year';

export interface MeasuredPeriodView {
  key: string;
  title: LocalizedText;
  partial: boolean;
}

export interface MeasuredUnitRow {
  id: string;
  name: string;
  parentId: string | null;
  kind: UnitKind;
  figures: MeasuredFigure[];
}

/** GET /api/measured/:key/figures. */
export interface MeasuredFiguresView {
  definition: MeasuredDefinition;
  periods: MeasuredPeriodView[];
  units: MeasuredUnitRow[];
}

/** One figure entered by hand: PUT /api/measured/:key/values { values: [...] }. */
export interface MeasuredValueInput {
  unitId: string;
  period: string;
  numerator: number;
  denominator: number | null;
  persons: number | null;
}

export type MeasuredImportStatus = 'queued' | 'running' | 'failed' | 'applied';

/** What an applied import did (core/measured/measured-import-check.ts on the API's side). */
export interface MeasuredImportSummary {
  values: number;
  replacedValues: number;
  indicators: string[];
  units: number;
  periods: [string, string] | null;
  ignoredColumns: string[];
}

/** GET /api/measured/imports: an import in the history. */
export interface MeasuredImportView {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: MeasuredImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  errorCount: number;
  summary: MeasuredImportSummary | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** GET /api/measured/imports/:id: one import with its row report (the first problems). */
export interface MeasuredImportReport extends MeasuredImportView {
  errors: ImportIssue[];
}
