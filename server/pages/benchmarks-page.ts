import { BENCHMARK_COLUMNS } from '../../core/benchmarks/benchmark-columns';
import type { GroupAverage, StoredBenchmarkFigure } from '../../core/benchmarks/group-averages';
import type { ImportIssue } from '../../core/imports/import-issue';
import type { BenchmarkOverview } from '../use-cases/benchmarks';
import { importIssuesTable } from './import-issues-table';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

/** A page of 50,000 rows helps nobody; the API has them all. */
const FIGURES_SHOWN = 2000;

/** What the last import did, or why it did nothing (then the form keeps what was sent). */
export type BenchmarkNotice =
  | { kind: 'none' }
  | { kind: 'imported'; imported: number; replaced: number }
  | { kind: 'failed'; errors: ImportIssue[]; csv: string; source: string; vintage: string };

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function noticeOf(notice: BenchmarkNotice): SafeHtml | '' {
  if (notice.kind === 'imported')
    return html`<p class="notice" role="status">
      Imported ${notice.imported}
      figures${notice.replaced ? html`, replacing ${notice.replaced} stored before` : ''}.
    </p>`;
  if (notice.kind !== 'failed') return '';
  const count = notice.errors.length;
  return html`<h2>The file has ${count} ${count === 1 ? 'error' : 'errors'}</h2>
    <p role="alert">
      Nothing has been imported. Correct the rows below (here or in the file) and import again.
    </p>
    ${importIssuesTable(notice.errors)}`;
}

function importForm(notice: BenchmarkNotice): SafeHtml {
  const sent = notice.kind === 'failed' ? notice : { csv: '', source: '', vintage: '' };
  return html`<form method="post" action="/dashboard/benchmarks/import" class="stacked">
    <h2>Import key figures</h2>
    <p>
      Columns: <code>${BENCHMARK_COLUMNS.join(';')}</code> (also Danish and Norwegian headings such as
      <code>kommune;kostragruppe;indikator;år;verdi;kilde</code>); separated by <code>;</code> or
      <code>,</code>. The municipality by name or official number (<code>0301 Oslo</code> works too), the
      period as a year, the value as published: a share in percent (<code>8,9</code>), a score on its scale.
      The indicator is Målbar's key (<code>wellbeing</code>, or <code>pupil-wellbeing/wellbeing</code>), so
      goals "below the average of comparable municipalities" find it. Importing a source's group, indicator
      and year again replaces it. If any row is wrong, nothing is imported.
    </p>
    <label for="source">Source, for rows without one (e.g. SSB KOSTRA, tabel 12345)</label>
    <input id="source" name="source" maxlength="200" value="${sent.source}" />
    <label for="vintage">Vintage, for rows without one (e.g. published 2025-06-16)</label>
    <input id="vintage" name="vintage" maxlength="200" value="${sent.vintage}" />
    <label for="csv-file" hidden>Choose a file</label>
    <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" data-fills="csv" hidden />
    <label for="csv">CSV text (paste it here)</label>
    <textarea id="csv" name="csv" rows="10" required spellcheck="false">${'\n'}${sent.csv}</textarea>
    <button type="submit">Import</button>
  </form>`;
}

function averagesTable(averages: GroupAverage[]): SafeHtml {
  if (averages.length === 0) return html`<p>No key figures have been imported yet.</p>`;
  return html`<div class="table-wrap">
    <table class="benchmark-averages">
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Comparison group</th>
          <th scope="col">Year</th>
          <th scope="col">Average</th>
          <th scope="col">Municipalities</th>
          <th scope="col">Source</th>
          <th scope="col">Vintage</th>
        </tr>
      </thead>
      <tbody>
        ${averages.map(
          (a) =>
            html`<tr>
              <td>${a.indicatorKey}</td>
              <td>${a.comparisonGroup}</td>
              <td class="n">${a.period}</td>
              <td class="n">${number(a.average)}</td>
              <td class="n">${a.municipalities}</td>
              <td>${a.source}</td>
              <td>${a.vintages.join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function figuresTable(figures: StoredBenchmarkFigure[]): SafeHtml | '' {
  if (figures.length === 0) return '';
  const shown = figures.slice(0, FIGURES_SHOWN);
  return html`<details>
    <summary>
      The ${figures.length} imported
      figures${figures.length > shown.length ? html` (the first ${shown.length})` : ''}
    </summary>
    <div class="table-wrap">
      <table class="benchmark-figures">
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Group</th>
            <th scope="col">Year</th>
            <th scope="col">Municipality</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (f) =>
              html`<tr>
                <td>${f.indicatorKey}</td>
                <td>${f.comparisonGroup}</td>
                <td class="n">${f.period}</td>
                <td>${f.municipality}</td>
                <td class="n">${number(f.value)}</td>
                <td>${f.source}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** Key figures of other municipalities and their comparison-group averages, with the import form. */
export function renderBenchmarksPage(
  overview: BenchmarkOverview,
  user: { name: string; role?: string },
  notice: BenchmarkNotice,
): string {
  return staffLayout({
    title: 'Benchmarks',
    user,
    head: html`<script src="/assets/web/csv-file-input.js" defer></script>`,
    body: html`<h1>Benchmarks</h1>
      <p class="lead">
        Key figures of comparable municipalities (a KOSTRA group, or your own peer set) and each group's
        average: the plain mean over the group's municipalities, each counting once.
      </p>
      ${noticeOf(notice)}
      <h2>Group averages</h2>
      ${averagesTable(overview.averages)} ${figuresTable(overview.figures)} ${importForm(notice)}`,
  });
}
