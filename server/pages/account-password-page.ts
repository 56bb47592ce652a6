import type { FieldIssue } from '../../core/errors';
import { html } from './html';
import { issueList, newPasswordField } from './password-fields';
import { staffLayout } from './staff-layout';

/**
 * Change your own password. A user on a one-time password lands here from every page and sees no
 * navigation: there is nothing else they may do yet.
 */
export function renderAccountPasswordPage(opts: {
  user: { name: string; role: string; scopeUnitPath: string; mustChangePassword: boolean };
  issues?: FieldIssue[];
  changed?: boolean;
}): string {
  const { user } = opts;
  return staffLayout({
    title: 'Your password',
    user: user.mustChangePassword ? { name: user.name } : user,
    body: html`<section class="login">
      <h1>${user.mustChangePassword ? 'Choose your own password' : 'Change your password'}</h1>
      ${
        user.mustChangePassword
          ? html`<p>You signed in with a one-time password. Choose a password of your own to continue.</p>`
          : ''
      }
      ${opts.changed ? html`<p role="status">Your password is changed. Your other sessions are signed out.</p>` : ''}
      ${issueList(opts.issues ?? [])}
      <form method="post" action="/dashboard/account/password" class="stacked">
        <label for="currentPassword"
          >${user.mustChangePassword ? 'One-time password' : 'Current password'}</label
        >
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          required
        />
        ${newPasswordField()}
        <button type="submit">Save the new password</button>
      </form>
    </section>`,
  });
}
