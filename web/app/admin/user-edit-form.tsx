import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { AdminUser, OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

/** A user's name, role and scope; saved together, refused together (a leader needs a unit). */
export function UserEditForm({
  user,
  units,
  onSaved,
}: {
  user: AdminUser;
  units: OrganisationRows['rows'];
  onSaved: () => void;
}) {
  const t = useMessages(adminMessages);
  const submit = useSubmit();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<StaffRole>(user.role);
  const [scopeUnitId, setScope] = useState(user.scopeUnitId);
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PATCH', `/api/admin/users/${user.id}`, { name, role, scopeUnitId });
      onSaved();
    });
  };
  return (
    <form class="stacked admin-form" id="edit-user" onSubmit={send} noValidate>
      <h2>{t('admin.role')}</h2>
      <RefusalSummary submit={submit} fields={['name', 'role', 'scopeUnitId']} />
      <label for="edit-name">{t('admin.name')}</label>
      <input
        id="edit-name"
        name="name"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        {...invalidProps('edit-name-error', 'name', issues)}
      />
      <FieldError id="edit-name-error" field="name" issues={issues} />
      <RoleScopeFields
        prefix="edit"
        units={units}
        role={role}
        scopeUnitId={scopeUnitId}
        onRole={setRole}
        onScope={setScope}
        issues={issues}
      />
      <button type="submit" disabled={submit.busy}>
        {t('admin.save')}
      </button>
    </form>
  );
}
