import type { FieldIssue } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { html } from './html';
import { issueList, newPasswordField } from './password-fields';
import { langQuery, signInLayout } from './sign-in-layout';

/** "Forgot password?": the e-mail form, or the one answer it always gives. */
export function renderForgotPasswordPage(opts: { locale: Locale; sent?: boolean }): string {
  const t = translator(signInMessages, opts.locale);
  const lang = langQuery(opts.locale);
  return signInLayout({
    locale: opts.locale,
    title: t('forgot.title'),
    path: '/login/forgot',
    body: html`<section class="login">
      <h1>${t('forgot.heading')}</h1>
      ${
        opts.sent
          ? html`<p role="status">${t('forgot.sent')}</p>
              <p><a href="/login${lang}">${t('signIn.backToSignIn')}</a></p>`
          : html`<p>${t('forgot.lead')}</p>
              <form method="post" action="/login/forgot${lang}">
                <label for="email">${t('signIn.email')}</label>
                <input id="email" name="email" type="email" autocomplete="username" required />
                <button type="submit">${t('forgot.submit')}</button>
              </form>`
      }
    </section>`,
  });
}

/** The form behind a reset link; `path` is the link's own address (the token in it is the key). */
export function renderResetPasswordPage(opts: {
  locale: Locale;
  path: string;
  email: string;
  issues?: FieldIssue[];
}): string {
  const t = translator(signInMessages, opts.locale);
  return signInLayout({
    locale: opts.locale,
    title: t('reset.title'),
    path: opts.path,
    body: html`<section class="login">
      <h1>${t('reset.title')}</h1>
      <p>${t('reset.lead', { email: opts.email })}</p>
      ${issueList(opts.issues ?? [], opts.locale)}
      <form method="post" action="${opts.path}${langQuery(opts.locale)}" class="stacked">
        <input type="hidden" name="username" value="${opts.email}" autocomplete="username" />
        ${newPasswordField(opts.locale)}
        <button type="submit">${t('password.save')}</button>
      </form>
    </section>`,
  });
}

/** A reset link that cannot be used, and how to get a new one. */
export function renderResetLinkRefusedPage(why: 'invalid' | 'used' | 'expired', locale: Locale): string {
  const t = translator(signInMessages, locale);
  const lang = langQuery(locale);
  return signInLayout({
    locale,
    title: t('reset.refusedTitle'),
    path: '/login/forgot',
    body: html`<section class="login">
      <h1>${t('reset.refusedTitle')}</h1>
      <p role="alert">${t(`reset.${why}`)}</p>
      <p>
        <a href="/login/forgot${lang}">${t('reset.askAgain')}</a> ·
        <a href="/login${lang}">${t('signIn.title')}</a>
      </p>
    </section>`,
  });
}
