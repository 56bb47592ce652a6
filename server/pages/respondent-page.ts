/**
 * The respondent page: a pupil, parent or resident opens a survey link (/s/:code) on a phone.
 * The page is a static shell; web/respondent.ts (served as /assets/web/respondent.js) loads the
 * survey from /api/s/:code, renders it with SurveyJS and posts the answers back.
 */

export type RespondentLang = 'da' | 'nb' | 'en';

export interface RespondentPageOptions {
  code: string;
  lang: RespondentLang;
}

const LANGS: readonly RespondentLang[] = ['da', 'nb', 'en'];

/** Native names, each shown in its own language. */
const LANG_NAMES: Record<RespondentLang, string> = { da: 'Dansk', nb: 'Norsk', en: 'English' };

const TEXT: Record<RespondentLang, { languageNav: string; loading: string; noscript: string }> = {
  da: {
    languageNav: 'Sprog',
    loading: 'Henter spørgeskemaet …',
    noscript: 'Spørgeskemaet kræver JavaScript. Slå JavaScript til i din browser, og åbn linket igen.',
  },
  nb: {
    languageNav: 'Språk',
    loading: 'Henter spørreskjemaet …',
    noscript: 'Spørreskjemaet krever JavaScript. Slå på JavaScript i nettleseren, og åpne lenken igjen.',
  },
  en: {
    languageNav: 'Language',
    loading: 'Loading the survey …',
    noscript:
      'The survey needs JavaScript. Please turn on JavaScript in your browser and open the link again.',
  },
};

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

export function renderRespondentPage(opts: RespondentPageOptions): string {
  const lang: RespondentLang = isLang(opts.lang) ? opts.lang : 'da';
  const text = TEXT[lang];
  const code = escapeHtml(String(opts.code));

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
        <nav class="mb-lang" id="mb-lang" aria-label="${escapeHtml(text.languageNav)}">
          ${langLinks}
        </nav>
      </div>
      <div class="mb-intro">
        <h1 class="mb-title" id="mb-title" hidden></h1>
        <p class="mb-unit" id="mb-unit" hidden></p>
      </div>
    </header>
    <main id="survey" class="mb-main" data-code="${code}" data-lang="${lang}">
      <div class="mb-status" id="mb-status" role="status" aria-live="polite">
        <p class="mb-status__text" id="mb-status-text">${escapeHtml(text.loading)}</p>
      </div>
      <div class="mb-survey" id="mb-survey"></div>
      <noscript><p class="mb-status__text">${escapeHtml(text.noscript)}</p></noscript>
    </main>
    ${SCRIPTS.map((src) => `<script src="${src}"></script>`).join('\n    ')}
  </body>
</html>
`;
}
