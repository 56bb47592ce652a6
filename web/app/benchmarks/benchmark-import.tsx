import { useState } from 'preact/hooks';
import { BENCHMARK_COLUMNS } from '../../../core/benchmarks/benchmark-columns';
import { importMessages } from '../../../core/messages/import-messages';
import type { BenchmarkImportReport } from '../api/import-types';
import { sendCsv } from '../api/send-json';
import { FieldError, invalidProps } from '../admin/field-issues';
import { FocusedNotice } from '../admin/focused-notice';
import { RefusalSummary } from '../admin/refusal-summary';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { ImportIssuesTable } from '../imports/import-issues-table';

/**
 * The key-figure import: a CSV file (or pasted text) with the source and vintage for rows without
 * one. All or nothing: a file with any error is refused whole, its rows listed by line and column,
 * and the form keeps what was sent to be corrected.
 */
export function BenchmarkImport({ onImported }: { onImported: () => void }) {
  const t = useMessages(importMessages);
  const submit = useSubmit();
  const [csv, setCsv] = useState('');
  const [source, setSource] = useState('');
  const [vintage, setVintage] = useState('');
  const [report, setReport] = useState<BenchmarkImportReport | null>(null);
  const [missing, setMissing] = useState(0);
  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) setCsv(await file.text());
  };
  const send = (event: Event) => {
    event.preventDefault();
    setReport(null);
    if (csv.trim() === '') return setMissing((n) => n + 1);
    setMissing(0);
    void submit.run(async () => {
      const query = new URLSearchParams({ source, vintage });
      const answer = await sendCsv<BenchmarkImportReport>(`/api/benchmarks/import?${query}`, csv);
      setReport(answer);
      if (answer.applied) {
        setCsv('');
        onImported();
      }
    });
  };
  const issues = submit.issues;
  return (
    <section class="admin-form benchmark-import" aria-labelledby="benchmark-import-heading">
      <h2 id="benchmark-import-heading">{t('benchmarks.importHeading')}</h2>
      <p>{t('benchmarks.importLead', { columns: BENCHMARK_COLUMNS.join(';') })}</p>
      <form id="benchmark-form" class="stacked" onSubmit={send} noValidate>
        <label for="benchmark-source">{t('benchmarks.sourceField')}</label>
        <input
          id="benchmark-source"
          maxLength={200}
          value={source}
          onInput={(e) => setSource(e.currentTarget.value)}
          {...invalidProps('benchmark-source-error', 'source', issues)}
        />
        <FieldError id="benchmark-source-error" field="source" issues={issues} />
        <label for="benchmark-vintage">{t('benchmarks.vintageField')}</label>
        <input
          id="benchmark-vintage"
          maxLength={200}
          value={vintage}
          onInput={(e) => setVintage(e.currentTarget.value)}
          {...invalidProps('benchmark-vintage-error', 'vintage', issues)}
        />
        <FieldError id="benchmark-vintage-error" field="vintage" issues={issues} />
        <label for="benchmark-file">{t('benchmarks.file')}</label>
        <input
          id="benchmark-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
        <label for="benchmark-csv">{t('benchmarks.csv')}</label>
        <textarea
          id="benchmark-csv"
          rows={8}
          spellcheck={false}
          value={csv}
          onInput={(e) => setCsv(e.currentTarget.value)}
        />
        <button type="submit" disabled={submit.busy}>
          {t('benchmarks.import')}
        </button>
      </form>
      <RefusalSummary submit={submit} fields={['source', 'vintage']} />
      {missing > 0 && (
        <FocusedNotice role="alert" class="error" token={missing}>
          <p>{t('benchmarks.noText')}</p>
        </FocusedNotice>
      )}
      {report?.applied && (
        <FocusedNotice role="status" class="notice" token={report}>
          <p>{t('benchmarks.imported', { imported: report.imported, replaced: report.replaced })}</p>
        </FocusedNotice>
      )}
      {report && !report.applied && (
        <div class="import-report">
          <FocusedNotice role="alert" class="error" token={report}>
            <h3>{t('imports.rowsHeading', { count: report.errors.length })}</h3>
            <p>{t('benchmarks.failedNote')}</p>
          </FocusedNotice>
          <ImportIssuesTable issues={report.errors} total={report.errors.length} />
        </div>
      )}
    </section>
  );
}
