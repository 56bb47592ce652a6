import { useState } from 'preact/hooks';
import { adminApiTokenMessages } from '../../../core/messages/admin-api-token-messages';
import { adminMessages } from '../../../core/messages/admin-messages';
import { sendJson } from '../api/send-json';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { AdminNav } from './admin-nav';
import type { ApiTokenList, OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { FocusedNotice } from './focused-notice';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';

const messages = { ...adminMessages, ...adminApiTokenMessages };
const TOKEN_ROLES: readonly StaffRole[] = ['consultant', 'leader', 'viewer'];

/** /app/admin/api-tokens: read-only tokens for the municipality's BI tools, issued and revoked. */
export function ApiTokensView() {
  const t = useMessages(messages);
  usePageTitle(t('admin.section.apiTokens'));
  const [loaded, reload] = useReloadableJson<ApiTokenList>('/api/admin/api-tokens');
  const organisation = useJson<OrganisationRows>('/api/admin/organisation');
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  return (
    <>
      <AdminNav current="api-tokens" />
      <h1>{t('admin.section.apiTokens')}</h1>
      <p class="lead">{t('admin.apiTokensLead')}</p>
      {issued && (
        <FocusedNotice role="status" class="notice one-time" token={issued}>
          <p>{t('admin.apiTokenIssued', { name: issued.name })}</p>
          <p>
            <code class="one-time-password" data-field="api-token">
              {issued.token}
            </code>
          </p>
        </FocusedNotice>
      )}
      <LoadState loaded={organisation}>
        {(tree) => (
          <IssueForm
            units={tree.rows}
            onIssued={(made) => {
              setIssued(made);
              reload();
            }}
          />
        )}
      </LoadState>
      <LoadState loaded={loaded}>{(data) => <TokenTable data={data} onRevoked={reload} />}</LoadState>
    </>
  );
}

function IssueForm({
  units,
  onIssued,
}: {
  units: OrganisationRows['rows'];
  onIssued: (made: { name: string; token: string }) => void;
}) {
  const t = useMessages(messages);
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('viewer');
  const [scopeUnitId, setScopeUnitId] = useState(units[0]?.id ?? '');
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const made = await sendJson<{ token: string }>('POST', '/api/admin/api-tokens', {
        name,
        role,
        scopeUnitId,
      });
      onIssued({ name, token: made.token });
      setName('');
    });
  };
  return (
    <form class="stacked admin-form" id="api-token" onSubmit={send} noValidate>
      <RefusalSummary submit={submit} fields={['name', 'role', 'scopeUnitId']} />
      <label for="api-token-name">{t('admin.apiTokenName')}</label>
      <input
        id="api-token-name"
        name="name"
        autocomplete="off"
        value={name}
        maxLength={100}
        onInput={(e) => setName(e.currentTarget.value)}
        {...invalidProps('api-token-name-error', 'name', submit.issues)}
      />
      <FieldError id="api-token-name-error" field="name" issues={submit.issues} />
      <RoleScopeFields
        prefix="api-token"
        units={units}
        role={role}
        scopeUnitId={scopeUnitId}
        onRole={setRole}
        onScope={setScopeUnitId}
        issues={submit.issues}
        roles={TOKEN_ROLES}
      />
      <button type="submit" disabled={submit.busy}>
        {t('admin.apiTokenIssue')}
      </button>
    </form>
  );
}

function TokenTable({ data, onRevoked }: { data: ApiTokenList; onRevoked: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const submit = useSubmit();
  if (data.tokens.length === 0) return <p>{t('admin.apiTokenNone')}</p>;
  const revoke = (id: string) =>
    void submit.run(async () => {
      await sendJson('DELETE', `/api/admin/api-tokens/${encodeURIComponent(id)}`);
      onRevoked();
    });
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="api-tokens-caption">
      <table class="users">
        <caption id="api-tokens-caption">{t('admin.apiTokens')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.apiTokenColumnName')}</th>
            <th scope="col">{t('admin.apiTokenColumnRole')}</th>
            <th scope="col">{t('admin.apiTokenColumnIssued')}</th>
            <th scope="col">{t('admin.apiTokenColumnUsed')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('admin.apiTokenRevoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.tokens.map((token) => (
            <tr key={token.id} data-token={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                {t(`admin.role.${token.role}`)} · {token.scopeUnitName}
              </td>
              <td>
                {token.createdByName}, {formatDateIn(token.createdAt.slice(0, 10), locale)}
              </td>
              <td>
                {token.lastUsedOn ? formatDateIn(token.lastUsedOn, locale) : t('admin.apiTokenNeverUsed')}
              </td>
              <td>
                {token.revokedAt ? (
                  t('admin.apiTokenRevoked', { date: formatDateIn(token.revokedAt.slice(0, 10), locale) })
                ) : (
                  <button type="button" disabled={submit.busy} onClick={() => revoke(token.id)}>
                    {t('admin.apiTokenRevoke')} <span class="visually-hidden">{token.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
