import { useEffect, useState } from 'preact/hooks';
import { appMessages } from '../../../core/messages/app-messages';
import { measuredMessages } from '../../../core/messages/measured-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { fetchJson } from '../api/fetch-json';
import type { MeasuredImportReport, MeasuredImportView } from '../api/measured-types';
import { FocusedNotice } from '../admin/focused-notice';
import { useMessages } from '../i18n/use-messages';
import { ImportIssuesTable } from '../imports/import-issues-table';

const POLL_MS = 700;
type T = Translate<typeof measuredMessages>;
const settled = (i: MeasuredImportView) => i.status === 'applied' || i.status === 'failed';

/** Asks for the import's state until the worker has applied it or refused the file. */
function useImportReport(id: string, onSettled: () => void): MeasuredImportReport | Error | null {
  const [report, setReport] = useState<MeasuredImportReport | Error | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const next = await fetchJson<MeasuredImportReport>(
          `/api/measured/imports/${encodeURIComponent(id)}`,
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

/** Where an import stands, in a sentence: what the history and the progress line say. */
export function stateText(t: T, report: MeasuredImportView): string {
  if (report.status === 'queued') return t('measured.import.queued');
  if (report.status === 'applied') {
    return report.summary
      ? t('measured.import.applied', { count: report.summary.values })
      : t('measured.import.appliedBare');
  }
  if (report.status === 'failed') return t('measured.import.failed', { count: report.errorCount });
  return t('measured.import.reading', { done: report.rowsDone, total: report.rowsTotal ?? '…' });
}

/** The import just uploaded or chosen: its progress, then what it did or its row report. */
export function MeasuredImportResult({ id, onSettled }: { id: string; onSettled: () => void }) {
  const t = useMessages(measuredMessages);
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
      <h2 id="import-result-heading">{t('measured.import.resultHeading', { fileName: report.fileName })}</h2>
      {!settled(report) && (
        <div class="import-progress">
          <label for="import-progress">{t('measured.import.progress')}</label>
          <progress
            id="import-progress"
            max={Math.max(report.rowsTotal ?? 1, 1)}
            value={report.rowsTotal === null ? undefined : report.rowsDone}
          />
          <p role="status" id="import-state">
            {stateText(t, report)}
          </p>
        </div>
      )}
      {report.status === 'failed' && (
        <>
          <FocusedNotice role="alert" class="error" token={report.id}>
            <p id="import-state">{stateText(t, report)}</p>
          </FocusedNotice>
          <ImportIssuesTable issues={report.errors} total={report.errorCount} />
        </>
      )}
      {report.status === 'applied' && (
        <FocusedNotice role="status" class="notice" token={report.id}>
          <p id="import-state">{stateText(t, report)}</p>
        </FocusedNotice>
      )}
    </section>
  );
}
