import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { html, type SafeHtml } from './html';

const LANGUAGE_NAMES: Record<Locale, string> = { da: 'Dansk', nb: 'Norsk', en: 'English' };

/**
 * The frame of the pages before the app (log in, passwords, SSO refusals): plain HTML that works
 * without script, in the staff's language, with links to the other two. `path` is this page's
 * address without query, so a language link stays on the same page.
 */
export function signInLayout(opts: {
  locale: Locale;
  title: string;
  path: string;
  body: SafeHtml;
  head?: SafeHtml;
}): string {
  const t = translator(signInMessages, opts.locale);
  const languageLink = (locale: Locale) =>
    html`<a
      href="${opts.path}?lang=${locale}"
      lang="${locale}"
      hreflang="${locale}"
      ${locale === opts.locale ? html` aria-current="true"` : ''}
      >${LANGUAGE_NAMES[locale]}</a
    >`;
  return html`<!doctype html>
    <html lang="${opts.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title} · Målbar</title>
        <link rel="stylesheet" href="/assets/web/staff.css" />
        ${opts.head ?? ''}
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/app">Målbar</a>
          <nav class="languages" aria-label="${t('signIn.languages')}">
            ${(['da', 'nb', 'en'] as const).map(languageLink)}
          </nav>
        </header>
        <main>${opts.body}</main>
      </body>
    </html>`.value;
}

/** `?lang=…` to carry the page's language into a form's action or a link. */
export const langQuery = (locale: Locale) => `?lang=${locale}`;
