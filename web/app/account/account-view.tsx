import { useState } from 'preact/hooks';
import { formatMessage } from '../../../core/messages/message-catalogue';
import { signInMessages } from '../../../core/messages/sign-in-messages';
import { MIN_PASSWORD_LENGTH } from '../../../core/staff/password-length';
import { sendJson, type FieldIssue } from '../api/send-json';
import { usePageTitle } from '../components/use-page-title';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';

/** Your own password: the current one, a new one checked as at sign-in; other sessions end. */
export function AccountView() {
  const t = useMessages(signInMessages);
  const { locale } = useLocale();
  usePageTitle(t('password.title'));
  const submit = useSubmit();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(0);
  const save = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('POST', '/api/me/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setDone((n) => n + 1);
    });
  };
  const issueOf = (field: string) => submit.issues.find((i) => i.field === field);
  const issueText = (issue: FieldIssue) => {
    const message = signInMessages[`password.issue.${issue.code}` as keyof typeof signInMessages];
    return message ? formatMessage(locale, message, issue.params) : issue.issue;
  };
  const field = (
    name: 'currentPassword' | 'newPassword',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => {
    const issue = issueOf(name);
    return (
      <>
        <label for={name}>{label}</label>
        <input
          id={name}
          name={name}
          type="password"
          autocomplete={name === 'newPassword' ? 'new-password' : 'current-password'}
          required
          maxLength={200}
          minLength={name === 'newPassword' ? MIN_PASSWORD_LENGTH : undefined}
          value={value}
          onInput={(e) => set((e.target as HTMLInputElement).value)}
          aria-invalid={issue ? 'true' : undefined}
          aria-describedby={
            [issue ? `${name}-issue` : '', name === 'newPassword' ? 'newPasswordRule' : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
        {issue && (
          <p class="field-error" id={`${name}-issue`}>
            {issueText(issue)}
          </p>
        )}
      </>
    );
  };
  return (
    <section class="account">
      <h1>{t('password.title')}</h1>
      {done > 0 && !submit.failure && (
        <FocusedNotice role="status" class="notice" token={done}>
          {t('password.changed')}
        </FocusedNotice>
      )}
      {submit.failure && (
        <FocusedNotice role="alert" class="error" token={submit.failure}>
          {t('password.refused')} {submit.issues.length === 0 && submit.failure.message}
        </FocusedNotice>
      )}
      <form class="stacked" onSubmit={save}>
        {field('currentPassword', t('password.current'), current, setCurrent)}
        {field('newPassword', t('password.new'), next, setNext)}
        <p class="meta" id="newPasswordRule">
          {t('password.rule', { min: MIN_PASSWORD_LENGTH })}
        </p>
        <button type="submit" disabled={submit.busy}>
          {t('password.save')}
        </button>
      </form>
    </section>
  );
}
