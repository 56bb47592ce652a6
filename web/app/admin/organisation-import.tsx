import { useState } from 'preact/hooks';
import { sendCsv } from '../api/send-json';
import type { OrganisationImportReport } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { ImportReportView } from './organisation-import-report';
import { RefusalSummary } from './refusal-summary';
import { useSubmit } from './use-submit';
import { organisationImportMessages } from '../../../core/messages/organisation-import-messages';
import { useMessages } from '../i18n/use-messages';

const IMPORT = '/api/admin/organisation/import';

/**
 * The CSV import: a file (or pasted text), what it would change or the rows at fault, then
 * importing exactly the text that was previewed. Each result is focused where it appears.
 */
export function OrganisationImport({ onImported }: { onImported: () => void }) {
  const t = useMessages(organisationImportMessages);
  const submit = useSubmit();
  const [csv, setCsvText] = useState('');
  const [preview, setPreview] = useState<{ csv: string; report: OrganisationImportReport } | null>(null);
  const [done, setDone] = useState<OrganisationImportReport | null>(null);
  const [missing, setMissing] = useState(0);
  const setCsv = (text: string) => {
    setCsvText(text);
    setPreview(null);
  };
  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) setCsv(await file.text());
  };
  const previewFile = (event: Event) => {
    event.preventDefault();
    setDone(null);
    if (csv.trim() === '') {
      setPreview(null);
      setMissing((n) => n + 1);
      return;
    }
    setMissing(0);
    void submit.run(async () => {
      setPreview({ csv, report: await sendCsv<OrganisationImportReport>(`${IMPORT}?dryRun=1`, csv) });
    });
  };
  const apply = () =>
    void submit.run(async () => {
      const report = await sendCsv<OrganisationImportReport>(IMPORT, preview!.csv);
      // The tree may have changed since the preview: then the new errors are shown instead.
      if (report.errors.length) return setPreview({ csv: preview!.csv, report });
      setPreview(null);
      setCsvText('');
      setDone(report);
      onImported();
    });
  return (
    <section class="admin-form org-import" aria-labelledby="org-import-heading">
      <h2 id="org-import-heading">{t('organisation.importTitle')}</h2>
      <p>{t('organisation.importLead')}</p>
      <p>
        <a href="/api/admin/organisation/template.csv" download>
          {t('organisation.template')}
        </a>
      </p>
      <form class="stacked" onSubmit={previewFile} noValidate>
        <label for="org-file">{t('organisation.file')}</label>
        <input
          id="org-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
        <label for="org-csv">{t('organisation.paste')}</label>
        <textarea
          id="org-csv"
          rows={8}
          spellcheck={false}
          value={csv}
          onInput={(e) => setCsv(e.currentTarget.value)}
        />
        <button type="submit" disabled={submit.busy}>
          {t('organisation.preview')}
        </button>
      </form>
      <RefusalSummary submit={submit} fields={[]} />
      {missing > 0 && (
        <FocusedNotice role="alert" class="error" token={missing}>
          <p>{t('organisation.noFile')}</p>
        </FocusedNotice>
      )}
      {done && (
        <FocusedNotice role="status" class="notice" token={done}>
          <p>
            {t('organisation.imported', {
              created: done.created.length,
              updated: done.updated.length,
              unchanged: done.unchanged,
            })}
          </p>
        </FocusedNotice>
      )}
      {preview && <ImportReportView report={preview.report} busy={submit.busy} onApply={apply} />}
    </section>
  );
}
