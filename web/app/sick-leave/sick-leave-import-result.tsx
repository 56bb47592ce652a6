import { appMessages } from '../../../core/messages/app-messages';
import { useEffect, useState } from 'preact/hooks';
import { importMessages } from '../../../core/messages/import-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { fetchJson } from '../api/fetch-json';
import type { SickLeaveImportReport, SickLeaveImportView } from '../api/import-types';
import { FocusedNotice } from '../admin/focused-notice';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { ImportIssuesTable } from '../imports/import-issues-table';
import { formatTime } from './import-time';

const POLL_MS = 700;
type T = Translate<typeof importMessages>;

const settled = (i: SickLeaveImportView) => i.status === 'applied' || i.status === 'failed';

function appliedText(t: T, i: SickLeaveImportView): string {
  const s = i.summary;
  if (!s) return t('sickLeaveImport.appliedBare');
  const [first, last] = s.periods ?? [null, null];
  const periods = !first
    ? ''
    : first === last
      ? `, ${first}`
      : t('sickLeaveImport.periodRange', { first, last: last! });
  const text = t('sickLeaveImport.applied', {
    records: s.records,
    units: s.units,
    periods,
    replaced: s.replacedRecords,
  });
  return s.ignoredColumns.length
    ? text + t('sickLeaveImport.ignored', { columns: s.ignoredColumns.join(', ') })
    : text;
}

/** Where an import stands, in a sentence: what the history and the progress line say. */
export function importStateText(t: T, i: SickLeaveImportView): string {
  if (i.status === 'queued') return t('sickLeaveImport.queued');
  if (i.status === 'failed') return t('sickLeaveImport.failedShort', { count: i.errorCount });
  if (i.status === 'applied') return appliedText(t, i);
  if (i.rowsTotal === null) return t('sickLeaveImport.readingCount', { count: i.rowsDone });
  if (i.rowsDone < i.rowsTotal) return t('sickLeaveImport.reading', { done: i.rowsDone, total: i.rowsTotal });
  return t('sickLeaveImport.writing');
}

/** Asks for the import's state until the worker has applied it or found the file wrong. */
function useImportReport(id: string, onSettled: () => void): SickLeaveImportReport | Error | null {
  const [report, setReport] = useState<SickLeaveImportReport | Error | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const next = await fetchJson<SickLeaveImportReport>(
          `/api/sick-leave/imports/${encodeURIComponent(id)}`,
          abort.signal,
        );
        if (abort.signal.aborted) return;
        setReport(next);
        if (settled(next)) onSettled();
        else timer = setTimeout(() => void ask(), POLL_MS);
      } catch (error) {
        if (!abort.signal.aborted) setReport(error as Error);
      }
    };
    void ask();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [id]);
  return report;
}

/** The import chosen from the history, or just uploaded: its progress, its row report or what it did. */
export function SickLeaveImportResult({ id, onSettled }: { id: string; onSettled: () => void }) {
  const t = useMessages(importMessages);
  const { locale } = useLocale();
  const app = useMessages(appMessages);
  const report = useImportReport(id, onSettled);
  if (report === null) return null;
  if (report instanceof Error)
    return (
      <p class="error" role="alert">
        {app('app.loadFailed', { message: report.message })}
      </p>
    );
  return (
    <section
      id="import-result"
      class="import-result"
      data-status={report.status}
      aria-labelledby="import-result-heading"
    >
      <h2 id="import-result-heading">
        {t('sickLeaveImport.resultHeading', { fileName: report.fileName })}{' '}
        <small>{formatTime(report.createdAt, locale)}</small>
      </h2>
      {!settled(report) && <Progress report={report} t={t} />}
      {report.status === 'failed' && (
        <>
          <FocusedNotice role="alert" class="error" token={report.id}>
            <p>{t('sickLeaveImport.failed', { count: report.errorCount })}</p>
          </FocusedNotice>
          <ImportIssuesTable issues={report.errors} total={report.errorCount} />
        </>
      )}
      {report.status === 'applied' && (
        <FocusedNotice role="status" class="notice" token={report.id}>
          <p id="import-state">{t('sickLeaveImport.imported', { text: appliedText(t, report) })}</p>
        </FocusedNotice>
      )}
    </section>
  );
}

/** A bar without a value is indeterminate: an XLSX's rows are known only once read. */
function Progress({ report, t }: { report: SickLeaveImportReport; t: T }) {
  const max = Math.max(report.rowsTotal ?? 1, 1);
  return (
    <div class="import-progress">
      <label for="import-progress">{t('sickLeaveImport.progress')}</label>
      <progress
        id="import-progress"
        max={max}
        value={report.rowsTotal === null ? undefined : Math.min(report.rowsDone, max)}
      />
      <p role="status" id="import-state">
        {importStateText(t, report)}
      </p>
    </div>
  );
}
