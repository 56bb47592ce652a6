import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import type { SsoAdmin } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { RefusalSummary } from './refusal-summary';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { adminSsoMessages } from '../../../core/messages/admin-sso-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...adminMessages, ...adminSsoMessages };

const TEXT_FIELDS = ['issuer', 'clientId', 'clientSecret', 'groupsClaim', 'extraScopes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The identity provider's settings; the secret is write-only (empty keeps the stored one). */
export function SsoSettingsForm({
  settings,
  onSaved,
}: {
  settings: SsoAdmin['settings'];
  onSaved: () => void;
}) {
  const t = useMessages(messages);
  const submit = useSubmit();
  const [values, setValues] = useState<Record<TextField, string>>({
    issuer: settings?.issuer ?? '',
    clientId: settings?.clientId ?? '',
    clientSecret: '',
    groupsClaim: settings?.groupsClaim ?? 'groups',
    extraScopes: settings?.extraScopes ?? '',
  });
  const [passwordsAllowed, setPasswordsAllowed] = useState(settings?.passwordsAllowed ?? true);
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('PUT', '/api/admin/sso', { ...values, passwordsAllowed });
      setValues((v) => ({ ...v, clientSecret: '' }));
      onSaved();
    });
  };
  const hints: Partial<Record<TextField, string>> = {
    issuer: t('admin.issuerHint'),
    clientSecret: settings ? t('admin.clientSecretStored') : t('admin.clientSecretFirst'),
    extraScopes: t('admin.extraScopesHint'),
  };
  const labels: Record<TextField, string> = {
    issuer: t('admin.issuer'),
    clientId: t('admin.clientId'),
    clientSecret: t('admin.clientSecret'),
    groupsClaim: t('admin.groupsClaim'),
    extraScopes: t('admin.extraScopes'),
  };
  const inputProps = (field: TextField) => ({
    id: field,
    name: field,
    autocomplete: 'off',
    value: values[field],
    onInput: (e: Event) => {
      const value = (e.currentTarget as HTMLInputElement).value;
      setValues((v) => ({ ...v, [field]: value }));
    },
    ...invalidProps(`${field}-error`, field, submit.issues, hints[field] && `${field}-hint`),
  });
  return (
    <form class="stacked admin-form" id="sso-settings" onSubmit={send} noValidate>
      <RefusalSummary submit={submit} fields={[...TEXT_FIELDS]} />
      {TEXT_FIELDS.map((field) => (
        <div class="field" key={field}>
          <label for={field}>{labels[field]}</label>
          {field === 'clientSecret' ? (
            <input type="password" {...inputProps(field)} />
          ) : (
            <input type="text" {...inputProps(field)} />
          )}
          {hints[field] && (
            <span class="hint" id={`${field}-hint`}>
              {hints[field]}
            </span>
          )}
          <FieldError id={`${field}-error`} field={field} issues={submit.issues} />
        </div>
      ))}
      <label class="inline">
        <input
          type="checkbox"
          id="passwordsAllowed"
          checked={passwordsAllowed}
          onChange={(e) => setPasswordsAllowed(e.currentTarget.checked)}
          aria-describedby="passwordsAllowed-hint"
        />{' '}
        {t('admin.passwordsAllowed')}
      </label>
      <span class="hint" id="passwordsAllowed-hint">
        {t('admin.passwordsAllowedHint')}
      </span>
      <button type="submit" disabled={submit.busy}>
        {t('admin.save')}
      </button>
    </form>
  );
}
