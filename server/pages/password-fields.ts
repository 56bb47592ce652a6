import type { FieldIssue } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { formatMessage, translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { MIN_PASSWORD_LENGTH } from '../../core/staff/password-strength';
import { html, type SafeHtml } from './html';

const FIELD_LABEL = {
  currentPassword: 'password.current',
  newPassword: 'password.new',
  email: 'signIn.email',
} as const;

/** What was wrong, field by field in the user's language, above the form that is shown again. */
export function issueList(issues: FieldIssue[], locale: Locale): SafeHtml | string {
  if (!issues.length) return '';
  const t = translator(signInMessages, locale);
  return html`<div class="error" role="alert">
    <p>${t('password.refused')}</p>
    <ul>
      ${issues.map((d) => html`<li><strong>${fieldLabel(d.field, locale)}</strong>: ${issueText(d, locale)}</li>`)}
    </ul>
  </div>`;
}

function fieldLabel(field: string, locale: Locale): string {
  const key = FIELD_LABEL[field as keyof typeof FIELD_LABEL];
  return key ? translator(signInMessages, locale)(key) : field;
}

/** The issue by its code in the user's language; an issue without a known code as the server said it. */
function issueText(issue: FieldIssue, locale: Locale): string {
  const message = signInMessages[`password.issue.${issue.code}` as keyof typeof signInMessages];
  return message ? formatMessage(locale, message, issue.params) : issue.issue;
}

/** The new-password field, with the rule it is checked against. */
export function newPasswordField(locale: Locale): SafeHtml {
  const t = translator(signInMessages, locale);
  return html`<label for="newPassword">${t('password.new')}</label>
    <input
      id="newPassword"
      name="newPassword"
      type="password"
      autocomplete="new-password"
      required
      minlength="${MIN_PASSWORD_LENGTH}"
      maxlength="200"
      aria-describedby="newPasswordRule"
    />
    <p class="meta" id="newPasswordRule">${t('password.rule', { min: MIN_PASSWORD_LENGTH })}</p>`;
}
