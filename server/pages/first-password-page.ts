import type { FieldIssue } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { CHANGE_PASSWORD_PAGE as FIRST_PASSWORD_PATH } from '../auth/staff-sessions';
import { html } from './html';
import { issueList, newPasswordField } from './password-fields';
import { langQuery, signInLayout } from './sign-in-layout';

/**
 * Choose your own password after a one-time one. No navigation: there is nothing else such a user
 * may do yet. (Changing a password later is in the app: /app/account.)
 */
export function renderFirstPasswordPage(opts: { locale: Locale; issues?: FieldIssue[] }): string {
  const t = translator(signInMessages, opts.locale);
  return signInLayout({
    locale: opts.locale,
    title: t('password.firstHeading'),
    path: FIRST_PASSWORD_PATH,
    body: html`<section class="login">
      <h1>${t('password.firstHeading')}</h1>
      <p>${t('password.firstLead')}</p>
      ${issueList(opts.issues ?? [], opts.locale)}
      <form method="post" action="${FIRST_PASSWORD_PATH}${langQuery(opts.locale)}" class="stacked">
        <label for="currentPassword">${t('password.oneTime')}</label>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          required
        />
        ${newPasswordField(opts.locale)}
        <button type="submit">${t('password.save')}</button>
      </form>
    </section>`,
  });
}
