import type { FieldIssue } from '../../core/errors';
import { MIN_PASSWORD_LENGTH } from '../../core/staff/password-strength';
import { html, type SafeHtml } from './html';

/** What was wrong, field by field, above the form that is shown again. */
export function issueList(issues: FieldIssue[]): SafeHtml | string {
  if (!issues.length) return '';
  return html`<ul class="error" role="alert">
    ${issues.map((d) => html`<li><strong>${d.field}</strong>: ${d.issue}</li>`)}
  </ul>`;
}

/** The new-password field, with the rule it is checked against. */
export function newPasswordField(): SafeHtml {
  return html`<label for="newPassword">New password</label>
    <input
      id="newPassword"
      name="newPassword"
      type="password"
      autocomplete="new-password"
      required
      minlength="${MIN_PASSWORD_LENGTH}"
      maxlength="200"
    />
    <p class="meta">
      At least ${MIN_PASSWORD_LENGTH} characters and hard to guess: a few unrelated words work well. Not your
      name, e-mail or the municipality's name.
    </p>`;
}
