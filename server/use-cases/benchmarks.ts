import { z } from 'zod';
import { readBenchmarkCsv } from '../../core/benchmarks/benchmark-csv';
import { seriesOf } from '../../core/benchmarks/benchmark-figure';
import {
  benchmarkLookups,
  noBenchmarks,
  type BenchmarkLookups,
} from '../../core/benchmarks/benchmark-lookup';
import {
  groupAverages,
  type GroupAverage,
  type StoredBenchmarkFigure,
} from '../../core/benchmarks/group-averages';
import { Forbidden } from '../../core/errors';
import { partsOf } from '../../core/goals/goal-rule';
import type { ImportIssue } from '../../core/imports/import-issue';
import { isQualityStaff } from '../../core/org/scope';
import type { Db, DbOrTx } from '../../db/database';
import {
  listBenchmarkFigures,
  lockBenchmarks,
  replaceBenchmarkSeries,
} from '../../db/repositories/benchmarks';
import type { Goal } from '../../db/repositories/goals';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

/** The source and vintage the form (or the API's query) gives for rows that leave them empty. */
export const BenchmarkDefaults = z.object({
  source: z.string().trim().max(200).default(''),
  vintage: z.string().trim().max(200).default(''),
});
export type BenchmarkDefaults = z.infer<typeof BenchmarkDefaults>;

/** What an import found, or did. */
export interface BenchmarkImportReport {
  errors: ImportIssue[];
  /** Figures written, and stored figures they replaced (their series were imported before). */
  imported: number;
  replaced: number;
  series: number;
  applied: boolean;
}

export interface BenchmarkOverview {
  averages: GroupAverage[];
  figures: StoredBenchmarkFigure[];
}

/** Benchmarks feed the contract's goals: kept by those who write the contract. */
function assertKeepsBenchmarks(staff: StaffUser): void {
  if (!isQualityStaff(staff))
    throw new Forbidden('Benchmarks are kept by quality staff and administrators of the whole municipality');
}

/**
 * Checks the whole file first; with any error nothing is written. Otherwise each series in the
 * file (source, comparison group, indicator, period) replaces the stored one in one transaction,
 * so importing the same file twice leaves the same figures.
 */
export async function importBenchmarks(
  db: Db,
  staff: StaffUser,
  csv: string,
  defaults: unknown,
): Promise<BenchmarkImportReport> {
  assertKeepsBenchmarks(staff);
  const given = parseInput(BenchmarkDefaults, defaults, 'import form');
  const file = readBenchmarkCsv(csv, given);
  if (file.issues.length) return { errors: file.issues, imported: 0, replaced: 0, series: 0, applied: false };
  return db.transaction(async (tx) => {
    await lockBenchmarks(tx, staff.municipalityId);
    const { replaced } = await replaceBenchmarkSeries(tx, staff.municipalityId, file.figures, staff.id);
    const series = seriesOf(file.figures).length;
    return { errors: [], imported: file.figures.length, replaced, series, applied: true };
  });
}

/** The stored figures and each series' comparison-group average. */
export async function loadBenchmarks(db: DbOrTx, staff: StaffUser): Promise<BenchmarkOverview> {
  assertKeepsBenchmarks(staff);
  const figures = await listBenchmarkFigures(db, staff.municipalityId);
  return { averages: groupAverages(figures), figures };
}

/**
 * The group averages the goals' benchmark parts are judged against, read once per request and
 * only for their indicators (nothing at all without a benchmark goal). No scope check: callers
 * have checked theirs, and only an average (never a figure) reaches a goal.
 */
export async function loadBenchmarkLookups(
  db: DbOrTx,
  municipalityId: string,
  goals: Pick<Goal, 'instrumentKey' | 'indicatorKey' | 'rule'>[],
): Promise<BenchmarkLookups> {
  const compared = goals.filter((g) => partsOf(g.rule).some((part) => part.type === 'benchmark'));
  if (compared.length === 0) return noBenchmarks;
  const indicatorKeys = compared.flatMap((g) => [g.indicatorKey, `${g.instrumentKey}/${g.indicatorKey}`]);
  return benchmarkLookups(groupAverages(await listBenchmarkFigures(db, municipalityId, { indicatorKeys })));
}
