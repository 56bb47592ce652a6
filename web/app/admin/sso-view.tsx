import { useState } from 'preact/hooks';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { AdminNav } from './admin-nav';
import type { OrganisationRows, SsoAdmin } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { GroupMappings } from './group-mappings';
import { SsoSettingsForm } from './sso-settings-form';
import { adminSsoMessages } from '../../../core/messages/admin-sso-messages';
import { useMessages } from '../i18n/use-messages';

/** /app/admin/sso: the provider's settings, the address to register there, and the group mappings. */
export function SsoView() {
  const t = useMessages(adminSsoMessages);
  usePageTitle(t('admin.ssoTitle'));
  const [sso, reload] = useReloadableJson<SsoAdmin>('/api/admin/sso');
  const organisation = useJson<OrganisationRows>('/api/admin/organisation');
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  const changed = (text: string) => {
    setNotice({ text });
    reload();
  };
  return (
    <>
      <AdminNav current="sso" />
      <h1>{t('admin.ssoTitle')}</h1>
      <p class="lead">{t('admin.ssoLead')}</p>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p>{notice.text}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={sso}>
        {(data) => (
          <>
            <p>
              {t('admin.redirectUriNote')} <code data-redirect-uri>{data.redirectUri}</code>
            </p>
            {!data.settings && <p>{t('admin.notSetUp')}</p>}
            <div class="admin-columns">
              <SsoSettingsForm settings={data.settings} onSaved={() => changed(t('admin.settingsSaved'))} />
              <LoadState loaded={organisation}>
                {(tree) => <GroupMappings mappings={data.mappings} units={tree.rows} onChanged={changed} />}
              </LoadState>
            </div>
          </>
        )}
      </LoadState>
    </>
  );
}
