import type { FieldIssue } from '../../core/errors';
import { html } from './html';
import { issueList, newPasswordField } from './password-fields';
import { staffLayout } from './staff-layout';

/** "Forgot password?": the e-mail form, or the one answer it always gives. */
export function renderForgotPasswordPage(opts: { sent?: boolean }): string {
  return staffLayout({
    title: 'Forgot password',
    body: html`<section class="login">
      <h1>Forgot your password?</h1>
      ${
        opts.sent
          ? html`<p role="status">
                If an account exists for that address, an e-mail with a link is on its way. The link works
                once, for an hour.
              </p>
              <p><a href="/login">← Log in</a></p>`
          : html`<p>Write the e-mail you log in with. We send a link to choose a new password.</p>
              <form method="post" action="/login/forgot">
                <label for="email">E-mail</label>
                <input id="email" name="email" type="email" autocomplete="username" required />
                <button type="submit">Send the link</button>
              </form>`
      }
    </section>`,
  });
}

/** The form behind a reset link. */
export function renderResetPasswordPage(opts: {
  action: string;
  email: string;
  issues?: FieldIssue[];
}): string {
  return staffLayout({
    title: 'Choose a new password',
    body: html`<section class="login">
      <h1>Choose a new password</h1>
      <p>For ${opts.email}. Saving it signs you out everywhere.</p>
      ${issueList(opts.issues ?? [])}
      <form method="post" action="${opts.action}" class="stacked">
        <input type="hidden" name="username" value="${opts.email}" autocomplete="username" />
        ${newPasswordField()}
        <button type="submit">Save the new password</button>
      </form>
    </section>`,
  });
}

const WHY: Record<'invalid' | 'used' | 'expired', string> = {
  invalid: 'This link is not valid: it may have been cut short or changed on the way.',
  used: 'This link has already been used. Each link works once.',
  expired: 'This link has expired. Links work for an hour.',
};

/** A reset link that cannot be used, and how to get a new one. */
export function renderResetLinkRefusedPage(why: keyof typeof WHY): string {
  return staffLayout({
    title: 'Link not usable',
    body: html`<section class="login">
      <h1>This link cannot be used</h1>
      <p role="alert">${WHY[why]}</p>
      <p><a href="/login/forgot">Ask for a new link</a> · <a href="/login">Log in</a></p>
    </section>`,
  });
}
