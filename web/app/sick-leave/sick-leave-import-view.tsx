import { importMessages } from '../../../core/messages/import-messages';
import type { SickLeaveImportView as ImportRow } from '../api/import-types';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import { formatTime } from './import-time';
import { SickLeaveColumns } from './sick-leave-columns';
import { importStateText, SickLeaveImportResult } from './sick-leave-import-result';
import { SickLeaveUpload } from './sick-leave-upload';
import { TableScroll } from '../components/table-scroll';

const HERE = `${BASE}/sick-leave/import`;
export const importHref = (id: string) => `${HERE}?import=${encodeURIComponent(id)}`;

/**
 * Importing sick leave beside its figures: the upload, the templates, the import chosen (its
 * progress, its row report or what it did; its own address), the imports so far and the columns.
 */
export function SickLeaveImportView({ importId }: { importId: string | null }) {
  const t = useMessages(importMessages);
  usePageTitle(t('sickLeaveImport.title'));
  const [history, reload] = useReloadableJson<{ imports: ImportRow[] }>('/api/sick-leave/imports');
  return (
    <>
      <h1>{t('sickLeaveImport.title')}</h1>
      <p class="lead">{t('sickLeaveImport.lead')}</p>
      <p>
        <a href={`${BASE}/sick-leave`}>{t('sickLeaveImport.figures')}</a>
      </p>
      {importId && <SickLeaveImportResult id={importId} onSettled={reload} key={importId} />}
      <SickLeaveUpload
        onUploaded={(id) => {
          reload();
          navigate(importHref(id));
        }}
      />
      <p>
        {t('sickLeaveImport.templates')}{' '}
        <a href="/api/sick-leave/template.csv" download>
          template.csv
        </a>{' '}
        <a href="/api/sick-leave/template.xlsx" download>
          template.xlsx
        </a>
      </p>
      <h2>{t('sickLeaveImport.historyHeading')}</h2>
      <LoadState loaded={history}>
        {(data) => <History imports={data.imports} current={importId} />}
      </LoadState>
      <SickLeaveColumns />
    </>
  );
}

function History({ imports, current }: { imports: ImportRow[]; current: string | null }) {
  const t = useMessages(importMessages);
  const { locale } = useLocale();
  if (imports.length === 0) return <p>{t('sickLeaveImport.noImports')}</p>;
  return (
    <TableScroll label={t('sickLeaveImport.historyHeading')}>
      <table class="sick-leave-imports">
        <thead>
          <tr>
            <th scope="col">{t('sickLeaveImport.uploaded')}</th>
            <th scope="col">{t('sickLeaveImport.fileName')}</th>
            <th scope="col">{t('sickLeaveImport.by')}</th>
            <th scope="col">{t('sickLeaveImport.status')}</th>
            <th scope="col">{t('sickLeaveImport.result')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} data-import={i.id}>
              <td>{formatTime(i.createdAt, locale)}</td>
              <td>
                <a href={importHref(i.id)} aria-current={i.id === current ? 'true' : undefined}>
                  {i.fileName}
                </a>
              </td>
              <td>{i.createdBy ?? ''}</td>
              <td>
                <span class={`status import-${i.status}`}>
                  {t('sickLeaveImport.statusWord', { status: i.status })}
                </span>
              </td>
              <td>{importStateText(t, i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
