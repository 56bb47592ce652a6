import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import type { OrganisationRows, StaffRole } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';

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
  const { admin } = useLocale().words;
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
      <h2 id="new-user-heading">{admin.newUser}</h2>
      <RefusalSummary submit={submit} fields={FIELDS} />
      <label for="new-name">{admin.name}</label>
      <input
        id="new-name"
        name="name"
        autocomplete="off"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        {...invalidProps('new-name-error', 'name', issues)}
      />
      <FieldError id="new-name-error" field="name" issues={issues} />
      <label for="new-email">{admin.email}</label>
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
      <label for="new-password">{admin.password}</label>
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
        {admin.passwordHint}
      </span>
      <FieldError id="new-password-error" field="password" issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {admin.create}
      </button>
    </form>
  );
}
