import { useState } from 'preact/hooks';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { BASE, navigate } from '../routing/router';
import { AdminNav } from './admin-nav';
import type { OrganisationTree } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { NewUnitForm } from './new-unit-form';
import { OrganisationImport } from './organisation-import';
import { OrganisationTreeList } from './organisation-tree-list';
import { organisationMessages } from '../../../core/messages/organisation-messages';
import { useMessages } from '../i18n/use-messages';

const KINDS = ['area', 'institution', 'group'] as const;

/**
 * /app/admin/organisation: the municipality's tree, a unit corrected in place (?edit=<id>, so the
 * form can be linked), a unit added under a parent, and the CSV import with its preview.
 */
export function OrganisationView({ editId }: { editId: string | null }) {
  const t = useMessages(organisationMessages);
  usePageTitle(t('organisation.title'));
  const [tree, reload] = useReloadableJson<OrganisationTree>('/api/admin/organisation');
  const [notice, setNotice] = useState<{ text: string; count: number } | null>(null);
  const said = (text: string) => {
    setNotice((last) => ({ text, count: (last?.count ?? 0) + 1 }));
    reload();
  };
  const onSaved = (name: string) => {
    navigate(`${BASE}/admin/organisation`);
    said(t('organisation.saved', { name }));
  };
  return (
    <>
      <AdminNav current="organisation" />
      <h1>{t('organisation.title')}</h1>
      <p class="lead">{t('organisation.lead')}</p>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice.count}>
          <p>{notice.text}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={tree}>
        {(data) => (
          <>
            <p class="meta">
              {KINDS.map(
                (k) => `${data.totals[k]} ${t(`organisation.kind.${k}`, { count: data.totals[k] })}`,
              ).join(' · ')}
            </p>
            <OrganisationTreeList rows={data.rows} editId={editId} onSaved={onSaved} />
            <NewUnitForm
              rows={data.rows}
              onAdded={(name, parent) => said(t('organisation.added', { name, parent }))}
            />
          </>
        )}
      </LoadState>
      <OrganisationImport onImported={reload} />
    </>
  );
}
