import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { html, type SafeHtml } from './html';
import { langQuery, signInLayout } from './sign-in-layout';

export function renderLoginPage(opts: {
  locale: Locale;
  next: string;
  error?: string;
  email?: string;
  notice?: string;
  sso?: SafeHtml;
}): string {
  const t = translator(signInMessages, opts.locale);
  return signInLayout({
    locale: opts.locale,
    title: t('signIn.title'),
    path: '/login',
    body: html`<section class="login">
      <h1>${t('signIn.title')}</h1>
      <p>${t('signIn.lead')}</p>
      ${opts.notice ? html`<p role="status">${opts.notice}</p>` : ''}
      ${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''} ${opts.sso ?? ''}
      <form method="post" action="/login${langQuery(opts.locale)}">
        <input type="hidden" name="next" value="${opts.next}" />
        <label for="email">${t('signIn.email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${opts.email ?? ''}"
        />
        <label for="password">${t('signIn.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">${t('signIn.submit')}</button>
      </form>
      <p><a href="/login/forgot${langQuery(opts.locale)}">${t('signIn.forgot')}</a></p>
    </section>`,
  });
}
