/**
 * The respondent pages: a pupil, parent or resident opens a survey link (/s/:code) or a personal
 * link (/t/:code) on a phone. An answerable survey is a static shell; web/respondent.ts (served as
 * /assets/web/respondent.js) loads the survey from `data-api`, renders it with SurveyJS and posts
 * the answers back. Everything else (unknown link, closed or not yet open round, a personal link
 * already used) is a plain page rendered here, in the respondent's language, with no script.
 */
import { respondentMessages } from '../../core/messages/respondent-messages';
import { translator } from '../../core/messages/message-catalogue';
import { noticeText, type RespondentLang, type RespondentNotice } from './respondent-notice';

export type { RespondentLang } from './respondent-notice';

const LANGS: readonly RespondentLang[] = ['da', 'nb', 'en'];

/** Native names, each shown in its own language. */
const LANG_NAMES: Record<RespondentLang, string> = { da: 'Dansk', nb: 'Norsk', en: 'English' };

const STYLESHEETS = ['/assets/survey-core/survey-core.fontless.min.css', '/assets/web/respondent.css'];

const SCRIPTS = [
  '/assets/survey-core/survey.core.min.js',
  '/assets/survey-core/i18n/danish.min.js',
  '/assets/survey-core/i18n/norwegian.min.js',
  '/assets/survey-js-ui/survey-js-ui.min.js',
  '/assets/web/respondent.js',
];

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isLang(value: unknown): value is RespondentLang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function page(lang: RespondentLang, head: string, main: string, scripts: readonly string[]): string {
  const langLinks = LANGS.map((l) => {
    const current = l === lang ? ' aria-current="true"' : '';
    return `<a class="mb-lang__link" href="?lang=${l}" hreflang="${l}" lang="${l}" data-lang="${l}"${current}>${escapeHtml(LANG_NAMES[l])}</a>`;
  }).join('\n          ');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <meta name="theme-color" content="#1d4f91" />
    <title>Målbar</title>
    <link rel="icon" href="data:," />
    ${STYLESHEETS.map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n    ')}
  </head>
  <body class="mb-body">
    <header class="mb-header">
      <div class="mb-bar">
        <span class="mb-brand">Målbar</span>
        <nav class="mb-lang" id="mb-lang" aria-label="${escapeHtml(translator(respondentMessages, lang)('respondent.languageNav'))}">
          ${langLinks}
        </nav>
      </div>
      ${head}
    </header>
    ${main}
    ${scripts.map((src) => `<script src="${src}"></script>`).join('\n    ')}
  </body>
</html>
`;
}

export interface RespondentPageOptions {
  /** Where the survey is loaded from and answers are sent: /api/s/<code> or /api/t/<code>. */
  api: string;
  lang: RespondentLang;
  /** A personal link: its unfinished answers are also kept on the server, to go on on another device. */
  personal?: boolean;
  /** An administrator's preview of an instrument not yet published: marked so, answers are not saved. */
  preview?: boolean;
}

export function renderRespondentPage(opts: RespondentPageOptions): string {
  const lang: RespondentLang = isLang(opts.lang) ? opts.lang : 'da';
  const t = translator(respondentMessages, lang);
  return page(
    lang,
    `<div class="mb-intro">${opts.preview ? `\n        <p class="mb-preview" id="mb-preview">${escapeHtml(t('respondent.preview'))}</p>` : ''}
        <h1 class="mb-title" id="mb-title" hidden></h1>
        <p class="mb-unit" id="mb-unit" hidden></p>
      </div>`,
    `<main id="survey" class="mb-main" data-api="${escapeHtml(opts.api)}" data-lang="${lang}"${opts.personal ? ' data-personal="true"' : ''}${opts.preview ? ' data-preview="true"' : ''}>
      <div class="mb-status" id="mb-status" role="status" aria-live="polite">
        <p class="mb-status__text" id="mb-status-text">${escapeHtml(t('respondent.loading'))}</p>
      </div>
      <div class="mb-survey" id="mb-survey"></div>
      <noscript><p class="mb-status__text">${escapeHtml(t('respondent.noscript'))}</p></noscript>
    </main>`,
    SCRIPTS,
  );
}

/** A page that explains why there is nothing to answer here, and what to do. */
export function renderRespondentNotice(notice: RespondentNotice, lang: RespondentLang): string {
  const t = translator(respondentMessages, lang);
  const { title, body } = noticeText(notice, lang);
  const form =
    notice.kind === 'enterCode' || notice.kind === 'badCode'
      ? `<form class="mb-code-form" method="get" action="/t">
        <label class="mb-code-form__label" for="mb-code">${escapeHtml(t('respondent.codeLabel'))}</label>
        <input class="mb-code-form__input" id="mb-code" name="code" autocomplete="off" autocapitalize="characters"
          spellcheck="false" inputmode="text" placeholder="XXXX-XXXX-XXXX" required
          ${notice.kind === 'badCode' ? 'aria-invalid="true" aria-describedby="mb-notice-body"' : ''} />
        <input type="hidden" name="lang" value="${lang}" />
        <button class="mb-button" type="submit">${escapeHtml(t('respondent.codeSubmit'))}</button>
      </form>`
      : '';
  return page(
    lang,
    `<div class="mb-intro"><h1 class="mb-title" id="mb-title">${escapeHtml(title)}</h1></div>`,
    `<main class="mb-main mb-notice" data-notice="${notice.kind}">
      <p class="mb-status__text" id="mb-notice-body">${escapeHtml(body)}</p>
      ${form}
    </main>`,
    [],
  );
}
