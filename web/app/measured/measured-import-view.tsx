import { measuredMessages } from '../../../core/messages/measured-messages';
import type { MeasuredImportView as ImportRow } from '../api/measured-types';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { TableScroll } from '../components/table-scroll';
import { usePageTitle } from '../components/use-page-title';
import { useMessages } from '../i18n/use-messages';
import { navigate } from '../routing/router';
import { SickLeaveUpload } from '../sick-leave/sick-leave-upload';
import { MEASURED_HREF, measuredImportHref } from './measured-address';
import { MeasuredImportResult, stateText } from './measured-import-result';
import { formatTime } from '../sick-leave/import-time';
import { useLocale } from '../i18n/locale';

// `value` is for KOSTRA extracts, which give the figure itself rather than its parts.
const COLUMNS = ['indicator', 'unit_code', 'period', 'numerator', 'denominator', 'persons', 'value'] as const;

/**
 * Measured figures from a file (several indicators may share one): the upload, the templates, the
 * import chosen (its progress, its row report or what it did; its own address), the recent ones
 * and what each column holds.
 */
export function MeasuredImportView({ importId }: { importId: string | null }) {
  const t = useMessages(measuredMessages);
  usePageTitle(t('measured.import.title'));
  const [history, reload] = useReloadableJson<{ imports: ImportRow[] }>('/api/measured/imports');
  return (
    <>
      <h1>{t('measured.import.title')}</h1>
      <p class="lead">{t('measured.import.lead')}</p>
      <p>
        <a href={MEASURED_HREF}>{t('measured.backToList')}</a>
      </p>
      {importId && <MeasuredImportResult id={importId} onSettled={reload} key={importId} />}
      <SickLeaveUpload
        url="/api/measured/imports"
        fileLabel={t('measured.import.file')}
        onUploaded={(id) => {
          reload();
          navigate(measuredImportHref(id));
        }}
      />
      <p>
        {t('measured.import.templates')}{' '}
        <a href="/api/measured/imports/template.csv" download>
          template.csv
        </a>{' '}
        <a href="/api/measured/imports/template.xlsx" download>
          template.xlsx
        </a>
      </p>
      <h2>{t('measured.import.historyHeading')}</h2>
      <LoadState loaded={history}>
        {(data) => <History imports={data.imports} current={importId} />}
      </LoadState>
      <h2>{t('measured.import.columnsHeading')}</h2>
      <dl class="measured-columns">
        {COLUMNS.map((c) => (
          <div key={c}>
            <dt>
              <code>{c}</code>
            </dt>
            <dd>{t(`measured.import.column.${c}`)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function History({ imports, current }: { imports: ImportRow[]; current: string | null }) {
  const t = useMessages(measuredMessages);
  const { locale } = useLocale();
  if (imports.length === 0) return <p>{t('measured.import.noImports')}</p>;
  return (
    <TableScroll label={t('measured.import.historyHeading')}>
      <table class="sick-leave-imports">
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} data-import={i.id}>
              <td>{formatTime(i.createdAt, locale)}</td>
              <th scope="row">
                <a href={measuredImportHref(i.id)} aria-current={i.id === current ? 'true' : undefined}>
                  {i.fileName}
                </a>
              </th>
              <td>
                <span class={`status import-${i.status}`}>{t(`measured.import.status.${i.status}`)}</span>
              </td>
              <td>{stateText(t, i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
