import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

export interface CreatedUser {
  id: string;
  name: string;
  email: string;
  oneTimePassword: string | null;
}

const FIELDS = ['name', 'email', 'role', 'scopeUnitId', 'password'];

/** Name, e-mail, role, scope and a typed password (or none: a one-time password is made). */
export function NewUserForm({
  units,
  onCreated,
}: {
  units: OrganisationRows['rows'];
  onCreated: (user: CreatedUser) => void;
}) {
  const t = useMessages(adminMessages);
  const submit = useSubmit();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('viewer');
  const [scopeUnitId, setScope] = useState(units[0]?.id ?? '');
  const [password, setPassword] = useState('');
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const body = { name, email, role, scopeUnitId, password };
      const created = await sendJson<{ id: string; oneTimePassword: string | null }>(
        'POST',
        '/api/admin/users',
        body,
      );
      onCreated({ ...created, name: name.trim(), email: email.trim().toLowerCase() });
      setName('');
      setEmail('');
      setPassword('');
    });
  };
  return (
    <form class="stacked admin-form" id="new-user" onSubmit={send} noValidate>
      <h2 id="new-user-heading">{t('admin.newUser')}</h2>
      <RefusalSummary submit={submit} fields={FIELDS} />
      <label for="new-name">{t('admin.name')}</label>
      <input
        id="new-name"
        name="name"
        autocomplete="off"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        {...invalidProps('new-name-error', 'name', issues)}
      />
      <FieldError id="new-name-error" field="name" issues={issues} />
      <label for="new-email">{t('admin.email')}</label>
      <input
        id="new-email"
        name="email"
        type="email"
        autocomplete="off"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        {...invalidProps('new-email-error', 'email', issues)}
      />
      <FieldError id="new-email-error" field="email" issues={issues} />
      <RoleScopeFields
        prefix="new"
        units={units}
        role={role}
        scopeUnitId={scopeUnitId}
        onRole={setRole}
        onScope={setScope}
        issues={issues}
      />
      <label for="new-password">{t('admin.password')}</label>
      <input
        id="new-password"
        name="password"
        type="password"
        autocomplete="new-password"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        {...invalidProps('new-password-error', 'password', issues, 'new-password-hint')}
      />
      <span class="hint" id="new-password-hint">
        {t('admin.passwordHint')}
      </span>
      <FieldError id="new-password-error" field="password" issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {t('admin.create')}
      </button>
    </form>
  );
}
