import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { BenchmarkFigure } from '../../core/benchmarks/benchmark-figure';
import { seriesOf } from '../../core/benchmarks/benchmark-figure';
import type { StoredBenchmarkFigure } from '../../core/benchmarks/group-averages';
import type { DbOrTx, Tx } from '../database';
import { benchmarkFigures, municipalities } from '../schema';

// Well below PostgreSQL's 65,535 bound parameters per statement (11 columns a row).
const INSERT_CHUNK = 1000;

/** Holds the municipality's row until the transaction ends: two imports run one after the other. */
export async function lockBenchmarks(tx: Tx, municipalityId: string): Promise<void> {
  await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId))
    .for('update');
}

/**
 * Deletes every series the figures belong to (source, group, indicator and period compared
 * ignoring case, as the file was checked) and inserts the figures: a series imported again is
 * replaced whole. Returns how many stored figures were replaced.
 */
export async function replaceBenchmarkSeries(
  tx: Tx,
  municipalityId: string,
  figures: BenchmarkFigure[],
  importedBy: string | null,
): Promise<{ replaced: number }> {
  const series = JSON.stringify(seriesOf(figures));
  const deleted = (await tx.execute(sql`
    with s as (
      select * from json_to_recordset(${series}::json)
        as s("source" text, "comparisonGroup" text, "indicatorKey" text, "period" integer)
    )
    delete from benchmark_figures f using s
    where f.municipality_id = ${municipalityId}
      and lower(f.source) = lower(s."source")
      and lower(f.comparison_group) = lower(s."comparisonGroup")
      and lower(f.indicator_key) = lower(s."indicatorKey")
      and f.period = s."period"
    returning f.period`)) as unknown as { rows: unknown[] };
  const rows = figures.map((f) => ({
    municipalityId,
    source: f.source,
    comparisonGroup: f.comparisonGroup,
    indicatorKey: f.indicatorKey,
    period: f.period,
    comparedMunicipality: f.municipality,
    comparedKey: f.municipalityKey.toLowerCase(),
    value: f.value,
    vintage: f.vintage,
    importedBy,
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await tx.insert(benchmarkFigures).values(rows.slice(i, i + INSERT_CHUNK));
  return { replaced: deleted.rows.length };
}

/** The figures a municipality has imported: all, or those of some indicators (keys compared ignoring case). */
export async function listBenchmarkFigures(
  db: DbOrTx,
  municipalityId: string,
  only?: { indicatorKeys: string[] },
): Promise<StoredBenchmarkFigure[]> {
  const ofIndicators = only
    ? inArray(
        sql`lower(${benchmarkFigures.indicatorKey})`,
        only.indicatorKeys.map((k) => k.toLowerCase()),
      )
    : undefined;
  const rows = await db
    .select({
      source: benchmarkFigures.source,
      comparisonGroup: benchmarkFigures.comparisonGroup,
      indicatorKey: benchmarkFigures.indicatorKey,
      period: benchmarkFigures.period,
      municipality: benchmarkFigures.comparedMunicipality,
      municipalityKey: benchmarkFigures.comparedKey,
      value: benchmarkFigures.value,
      vintage: benchmarkFigures.vintage,
      importedAt: benchmarkFigures.importedAt,
    })
    .from(benchmarkFigures)
    .where(and(eq(benchmarkFigures.municipalityId, municipalityId), ofIndicators))
    .orderBy(
      asc(benchmarkFigures.indicatorKey),
      asc(benchmarkFigures.comparisonGroup),
      asc(benchmarkFigures.period),
      asc(benchmarkFigures.source),
      asc(benchmarkFigures.comparedMunicipality),
    );
  return rows.map((r) => ({ ...r, importedAt: r.importedAt.toISOString() }));
}
