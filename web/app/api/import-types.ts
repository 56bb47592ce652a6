/**
 * The JSON of the imports and the network, as the server sends it; mirrored here because the
 * server's use cases import the database layer the browser build must not see.
 */
import type { ImportIssue } from '../../../core/imports/import-issue';
import type { SickLeaveImportSummary } from '../../../core/sick-leave/import-summary';
import type { GroupAverage, StoredBenchmarkFigure } from '../../../core/benchmarks/group-averages';
import type { NetworkYear } from '../../../core/networks/network-series';
import type { LocalizedText, ValueUnit } from './api-types';

export type { GroupAverage, ImportIssue, NetworkYear, SickLeaveImportSummary, StoredBenchmarkFigure };

export type ImportStatus = 'queued' | 'running' | 'failed' | 'applied';

/** GET /api/sick-leave/imports: an import in the history. */
export interface SickLeaveImportView {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: ImportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  errorCount: number;
  summary: SickLeaveImportSummary | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** GET /api/sick-leave/imports/:id: one import with its row report (the first 100 problems). */
export interface SickLeaveImportReport extends SickLeaveImportView {
  errors: ImportIssue[];
}

/** GET /api/benchmarks. */
export interface BenchmarkOverview {
  averages: GroupAverage[];
  figures: StoredBenchmarkFigure[];
}

/** POST /api/benchmarks/import: what the import did, or the rows at fault (422). */
export interface BenchmarkImportReport {
  errors: ImportIssue[];
  imported: number;
  replaced: number;
  series: number;
  applied: boolean;
}

export interface NetworkMember {
  municipalityId: string;
  slug: string;
  name: string;
  status: 'member' | 'invited';
}

/** GET /api/admin/network. */
export interface NetworkAdminView {
  municipalityId: string;
  network: { id: string; name: string; status: 'member' | 'invited'; members: NetworkMember[] } | null;
}

/** GET /api/network/indicators. */
export interface NetworkIndicators {
  network: { name: string; members: number };
  instrumentKey: string;
  indicatorKey: string;
  unit: ValueUnit | null;
  years: NetworkYear[];
}

/** GET /api/network/indicator-choices. */
export interface IndicatorChoices {
  instruments: {
    instrumentKey: string;
    instrumentTitle: LocalizedText;
    indicators: { key: string; label: LocalizedText; unit: ValueUnit }[];
  }[];
}
