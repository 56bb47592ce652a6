import type { FieldIssue } from '../../core/errors';
import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { pageMessages } from '../../core/messages/page-messages';
import { html } from './html';
import { issueList } from './password-fields';
import { signInLayout } from './sign-in-layout';

/**
 * What a plain form (the pages before the app) could not do, field by field in the user's
 * language, with the way back to the form. `message` is the server's reason, said when no field is.
 */
export function renderFormErrorPage(
  message: string,
  details: FieldIssue[],
  locale: Locale,
  path: string,
): string {
  const t = translator(pageMessages, locale);
  return signInLayout({
    locale,
    title: t('formError.title'),
    path,
    head: html`<script src="/assets/web/back-link.js" defer></script>`,
    body: html`<section class="login">
      <h1>${t('formError.title')}</h1>
      ${details.length ? issueList(details, locale) : html`<p role="alert">${message}.</p>`}
      <p><a href="/login" data-back>${t('formError.back')}</a></p>
    </section>`,
  });
}
