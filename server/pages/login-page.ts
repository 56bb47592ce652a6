import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

export function renderLoginPage(opts: {
  next: string;
  error?: string;
  email?: string;
  notice?: string;
  sso?: SafeHtml;
}): string {
  return staffLayout({
    title: 'Log in',
    body: html`<section class="login">
      <h1>Log in</h1>
      <p>For quality staff, unit leaders and staff representatives.</p>
      ${opts.notice ? html`<p role="status">${opts.notice}</p>` : ''}
      ${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''} ${opts.sso ?? ''}
      <form method="post" action="/login">
        <input type="hidden" name="next" value="${opts.next}" />
        <label for="email">E-mail</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${opts.email ?? ''}"
        />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Log in</button>
      </form>
      <p><a href="/login/forgot">Forgot your password?</a></p>
    </section>`,
  });
}
