import { html } from './html';
import { staffLayout } from './staff-layout';

/**
 * The new user's one-time password (or a new one after a reset), shown this once: only its hash is
 * stored, and the user must choose their own password at first sign-in.
 */
export function renderUserCreatedPage(
  data: { name: string; email: string; oneTimePassword: string | null; reset?: boolean },
  user: { name: string; role: string },
): string {
  return staffLayout({
    title: data.reset ? 'Password reset' : 'User created',
    user,
    body: html`<p><a href="/dashboard/admin/users">← Users</a></p>
      <h1>${data.name} can log in</h1>
      <p>E-mail: <strong>${data.email}</strong></p>
      ${
        data.oneTimePassword
          ? html`<p>One-time password: <code class="one-time-password">${data.oneTimePassword}</code></p>
              <p role="note">
                This is the only time the password is shown. Pass it on in person or by phone, not in the same
                e-mail as the address. ${data.name} must choose their own password when they first log in with
                it.
              </p>`
          : html`<p>Password: the one you typed.</p>`
      }`,
  });
}
