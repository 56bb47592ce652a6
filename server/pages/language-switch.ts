import type { Locale } from '../../core/indicators/indicator-definition';
import { html, type SafeHtml } from './html';

const LANGUAGES: [Locale, string][] = [
  ['da', 'Dansk'],
  ['nb', 'Norsk'],
  ['en', 'English'],
];

export const reportStylesheet = html`<link rel="stylesheet" href="/assets/web/report.css" />`;

/** Links to the same page in each language; the current one is marked for screen readers too. */
export function languageSwitch(base: string, current: Locale): SafeHtml {
  return html`<nav class="languages" aria-label="Language / Sprog / Språk">
    ${LANGUAGES.map(([code, name]) =>
      code === current
        ? html`<a href="${base}?lang=${code}" aria-current="true" lang="${code}">${name}</a>`
        : html`<a href="${base}?lang=${code}" lang="${code}">${name}</a>`,
    )}
  </nav>`;
}
