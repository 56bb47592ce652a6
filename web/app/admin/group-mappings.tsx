import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import type { GroupMapping, OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';

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
  const { admin } = useLocale().words;
  const submit = useSubmit();
  const [groupKey, setGroupKey] = useState('');
  const [role, setRole] = useState<StaffRole>('viewer');
  const [scopeUnitId, setScope] = useState(units[0]?.id ?? '');
  const add = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PUT', '/api/admin/sso/mappings', { groupKey, role, scopeUnitId });
      onChanged(admin.mappingAdded(groupKey.trim()));
      setGroupKey('');
    });
  };
  const remove = (key: string) =>
    submit.run(async () => {
      await sendJson('DELETE', `/api/admin/sso/mappings/${encodeURIComponent(key)}`);
      onChanged(admin.mappingRemoved(key));
    });
  return (
    <section>
      <h2 id="mappings-heading">{admin.mappingsTitle}</h2>
      <p>{admin.mappingsLead}</p>
      {mappings.length === 0 ? (
        <p>{admin.noMappings}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="mappings-heading">
          <table class="mappings">
            <thead>
              <tr>
                <th scope="col">{admin.groupKey}</th>
                <th scope="col">{admin.role}</th>
                <th scope="col">{admin.scope}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {mappings.map((m) => (
                <tr key={m.groupKey} data-group={m.groupKey}>
                  <th scope="row">
                    <code>{m.groupKey}</code>
                  </th>
                  <td>{admin.roles[m.role]}</td>
                  <td>{m.scopeUnitName}</td>
                  <td>
                    <button type="button" onClick={() => remove(m.groupKey)} disabled={submit.busy}>
                      {admin.remove(m.groupKey)}
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
        <label for="groupKey">{admin.groupKey}</label>
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
          {admin.addMapping}
        </button>
      </form>
    </section>
  );
}
