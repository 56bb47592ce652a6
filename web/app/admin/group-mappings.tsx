import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { GroupMapping, OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { adminSsoMessages } from '../../../core/messages/admin-sso-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...adminMessages, ...adminSsoMessages };

/** Which IdP group gives which role where; add one, remove one. */
export function GroupMappings({
  mappings,
  units,
  onChanged,
}: {
  mappings: GroupMapping[];
  units: OrganisationRows['rows'];
  onChanged: (text: string) => void;
}) {
  const t = useMessages(messages);
  const submit = useSubmit();
  const [groupKey, setGroupKey] = useState('');
  const [role, setRole] = useState<StaffRole>('viewer');
  const [scopeUnitId, setScope] = useState(units[0]?.id ?? '');
  const add = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PUT', '/api/admin/sso/mappings', { groupKey, role, scopeUnitId });
      onChanged(t('admin.mappingAdded', { group: groupKey.trim() }));
      setGroupKey('');
    });
  };
  const remove = (key: string) =>
    submit.run(async () => {
      await sendJson('DELETE', `/api/admin/sso/mappings/${encodeURIComponent(key)}`);
      onChanged(t('admin.mappingRemoved', { group: key }));
    });
  return (
    <section>
      <h2 id="mappings-heading">{t('admin.mappingsTitle')}</h2>
      <p>{t('admin.mappingsLead')}</p>
      {mappings.length === 0 ? (
        <p>{t('admin.noMappings')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="mappings-heading">
          <table class="mappings">
            <thead>
              <tr>
                <th scope="col">{t('admin.groupKey')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.scope')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {mappings.map((m) => (
                <tr key={m.groupKey} data-group={m.groupKey}>
                  <th scope="row">
                    <code>{m.groupKey}</code>
                  </th>
                  <td>{t(`admin.role.${m.role}`)}</td>
                  <td>{m.scopeUnitName}</td>
                  <td>
                    <button type="button" onClick={() => remove(m.groupKey)} disabled={submit.busy}>
                      {t('admin.remove', { group: m.groupKey })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form class="stacked admin-form" id="sso-mapping" onSubmit={add} noValidate>
        <RefusalSummary submit={submit} fields={['groupKey', 'role', 'scopeUnitId']} />
        <label for="groupKey">{t('admin.groupKey')}</label>
        <input
          id="groupKey"
          name="groupKey"
          autocomplete="off"
          value={groupKey}
          onInput={(e) => setGroupKey(e.currentTarget.value)}
          {...invalidProps('groupKey-error', 'groupKey', submit.issues)}
        />
        <FieldError id="groupKey-error" field="groupKey" issues={submit.issues} />
        <RoleScopeFields
          prefix="mapping"
          units={units}
          role={role}
          scopeUnitId={scopeUnitId}
          onRole={setRole}
          onScope={setScope}
          issues={submit.issues}
        />
        <button type="submit" disabled={submit.busy}>
          {t('admin.addMapping')}
        </button>
      </form>
    </section>
  );
}
