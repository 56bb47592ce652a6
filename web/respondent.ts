/**
 * Målbar respondent page (served as /assets/web/respondent.js, a plain script).
 *
 * Reads the survey's address from <main id="survey" data-api> (/api/s/<link> or /api/t/<token>),
 * loads it, renders the SurveyJS survey with survey-js-ui (global `SurveyUI`) and posts the answers
 * to <api>/responses. Answers are kept in localStorage per address until they are sent; a personal
 * link (data-personal) also keeps them on the server, sealed with the token, to go on elsewhere.
 */

type Lang = 'da' | 'nb' | 'en';

interface LocalizedText {
  da?: string;
  nb?: string;
  en?: string;
}

interface Draft {
  data: Record<string, unknown>;
  pageNo: number;
  savedAt?: number;
}

interface RoundPayload {
  round: { id: string; title: LocalizedText };
  unit: { name: string };
  instrument: { key: string; version: number | string };
  survey: Record<string, unknown>;
  /** Answers the link already knows (a class link's grade). */
  prefill?: Record<string, unknown>;
  /** A personal link, with the unfinished answers kept on the server, if any. */
  personal?: { draft: Draft | null };
}

interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: { field?: string; issue?: string }[] };
}

interface StoredProgress {
  v: 1;
  instrument: string;
  data: Record<string, unknown>;
  pageNo: number;
  submissionId?: string;
  savedAt?: number;
}

type ErrorKind = 'notFound' | 'closed' | 'notYetOpen' | 'tokenUsed' | 'loadFailed';

interface UiText {
  languageNav: string;
  loading: string;
  notFoundTitle: string;
  notFound: string;
  closedTitle: string;
  closed: string;
  notYetOpenTitle: string;
  notYetOpen: string;
  tokenUsedTitle: string;
  tokenUsed: string;
  tooMany: string;
  readAloud: string;
  stopReading: string;
  loadFailedTitle: string;
  loadFailed: string;
  tryAgain: string;
  saving: string;
  saved: string;
  /** On an administrator's preview: the answers passed the check and were not stored. */
  previewChecked: string;
  saveFailed: string;
  keptOnDevice: string;
  validationFailed: string;
  fieldRejected: string;
  closedOnSubmit: string;
}

/** The server's limit on free text where a definition sets none (core DEFAULT_MAX_LENGTH). */
const DEFAULT_TEXT_LIMIT = 2000;
const TEXTS: Record<Lang, UiText> = {
  da: {
    languageNav: 'Sprog',
    loading: 'Henter spørgeskemaet …',
    notFoundTitle: 'Linket virker ikke',
    notFound:
      'Vi kan ikke finde denne undersøgelse. Tjek, at du har hele linket med, eller bed om et nyt link.',
    closedTitle: 'Undersøgelsen er lukket',
    closed: 'Der kan ikke længere svares på denne undersøgelse. Tak for din interesse.',
    notYetOpenTitle: 'Undersøgelsen er ikke åben endnu',
    notYetOpen: 'Der kan ikke svares endnu. Gem linket, og åbn det igen, når undersøgelsen åbner.',
    tokenUsedTitle: 'Der er allerede svaret',
    tokenUsed: 'Dette personlige link er brugt: svarene er modtaget. Tak for din besvarelse.',
    tooMany: 'Der er sendt mange svar via dette link lige nu. Vent et øjeblik, og tryk på "Prøv igen".',
    readAloud: 'Læs op',
    stopReading: 'Stop oplæsning',
    loadFailedTitle: 'Spørgeskemaet kunne ikke hentes',
    loadFailed: 'Tjek din internetforbindelse, og prøv igen.',
    tryAgain: 'Prøv igen',
    saving: 'Sender dine svar …',
    saved: 'Dine svar er sendt.',
    previewChecked: 'Svarene blev godkendt, men ikke gemt (forhåndsvisning).',
    saveFailed: 'Dine svar blev ikke sendt. Tjek din internetforbindelse, og prøv igen.',
    keptOnDevice: 'Dine svar er gemt på denne enhed, indtil de er sendt.',
    validationFailed: 'Nogle svar blev ikke godkendt. Ret de markerede spørgsmål, og send igen.',
    fieldRejected: 'Dette svar blev ikke godkendt. Ret det, og send igen.',
    closedOnSubmit: 'Undersøgelsen er lukket, så dine svar kunne ikke sendes.',
  },
  nb: {
    languageNav: 'Språk',
    loading: 'Henter spørreskjemaet …',
    notFoundTitle: 'Lenken virker ikke',
    notFound:
      'Vi finner ikke denne undersøkelsen. Sjekk at du har fått med hele lenken, eller be om en ny lenke.',
    closedTitle: 'Undersøkelsen er avsluttet',
    closed: 'Det er ikke lenger mulig å svare på denne undersøkelsen. Takk for interessen.',
    notYetOpenTitle: 'Undersøkelsen er ikke åpnet ennå',
    notYetOpen:
      'Det er ikke mulig å svare ennå. Ta vare på lenken, og åpne den igjen når undersøkelsen åpner.',
    tokenUsedTitle: 'Du har allerede svart',
    tokenUsed: 'Denne personlige lenken er brukt: svarene er mottatt. Takk for at du svarte.',
    tooMany: 'Det er sendt mange svar via denne lenken akkurat nå. Vent litt, og trykk på "Prøv igjen".',
    readAloud: 'Les opp',
    stopReading: 'Stopp opplesing',
    loadFailedTitle: 'Spørreskjemaet kunne ikke lastes',
    loadFailed: 'Sjekk internettforbindelsen og prøv igjen.',
    tryAgain: 'Prøv igjen',
    saving: 'Sender svarene dine …',
    saved: 'Svarene dine er sendt.',
    previewChecked: 'Svarene ble godkjent, men ikke lagret (forhåndsvisning).',
    saveFailed: 'Svarene dine ble ikke sendt. Sjekk internettforbindelsen og prøv igjen.',
    keptOnDevice: 'Svarene dine er lagret på denne enheten til de er sendt.',
    validationFailed: 'Noen svar ble ikke godtatt. Rett opp spørsmålene som er merket, og send på nytt.',
    fieldRejected: 'Dette svaret ble ikke godtatt. Rett det opp og send på nytt.',
    closedOnSubmit: 'Undersøkelsen er avsluttet, så svarene dine kunne ikke sendes.',
  },
  en: {
    languageNav: 'Language',
    loading: 'Loading the survey …',
    notFoundTitle: 'This link does not work',
    notFound: 'We cannot find this survey. Check that you have the whole link, or ask for a new one.',
    closedTitle: 'This survey is closed',
    closed: 'It is no longer possible to answer this survey. Thank you for your interest.',
    notYetOpenTitle: 'This survey is not open yet',
    notYetOpen: 'It is not possible to answer yet. Keep the link and open it again when the survey opens.',
    tokenUsedTitle: 'Already answered',
    tokenUsed: 'This personal link has been used: the answers have been received. Thank you for answering.',
    tooMany:
      'Many answers are being sent through this link right now. Wait a moment, then press "Try again".',
    readAloud: 'Read aloud',
    stopReading: 'Stop reading',
    loadFailedTitle: 'The survey could not be loaded',
    loadFailed: 'Check your internet connection and try again.',
    tryAgain: 'Try again',
    saving: 'Sending your answers …',
    saved: 'Your answers have been sent.',
    previewChecked: 'The answers were accepted but not saved (preview).',
    saveFailed: 'Your answers were not sent. Check your internet connection and try again.',
    keptOnDevice: 'Your answers are kept on this device until they are sent.',
    validationFailed: 'Some answers were not accepted. Correct the marked questions and send again.',
    fieldRejected: 'This answer was not accepted. Please correct it and send again.',
    closedOnSubmit: 'The survey is closed, so your answers could not be sent.',
  },
};

/** SurveyJS locale code per page language ('' = SurveyJS default, English). */
const SURVEY_LOCALE: Record<Lang, string> = { da: 'da', nb: 'nb', en: 'en' };

/** The voice to ask the browser's speech synthesis for. */
const SPEECH_LANG: Record<Lang, string> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/**
 * survey-core's Danish strings have a few machine translations ("Aflyse" for Cancel, "Markere..."
 * in dropdowns, an English length message); these read as a Dane would write them.
 */
const DANISH_FIXES: Record<string, string> = {
  cancel: 'Annuller',
  ratingOptionsCaption: 'Vælg …',
  placeholder: 'Vælg …',
  previewText: 'Se dine svar',
  otherItemText: 'Andet (skriv)',
  textMaxLength: 'Skriv højst {0} tegn.',
  numericMinMax: 'Skriv et tal fra {1} til {2}.',
  savingData: 'Dine svar sendes …',
  savingDataSuccess: 'Dine svar er sendt.',
  loadingSurvey: 'Henter spørgeskemaet …',
};

/** Målbar's calm public-sector theme; every text/background pair passes WCAG AA contrast. */
const THEME: SurveyTheme = {
  themeName: 'default',
  colorPalette: 'light',
  isPanelless: false,
  cssVariables: {
    '--sjs-general-backcolor': '#ffffff',
    '--sjs-general-backcolor-dark': '#eef1f5',
    '--sjs-general-backcolor-dim': '#ffffff',
    '--sjs-general-backcolor-dim-light': '#ffffff',
    '--sjs-general-backcolor-dim-dark': '#eef1f5',
    '--sjs-general-forecolor': '#1a1a1a',
    '--sjs-general-forecolor-light': '#575757',
    '--sjs-general-dim-forecolor': '#1a1a1a',
    '--sjs-general-dim-forecolor-light': '#575757',
    '--sjs-primary-backcolor': '#1d4f91',
    '--sjs-primary-backcolor-light': 'rgba(29, 79, 145, 0.1)',
    '--sjs-primary-backcolor-dark': '#163d70',
    '--sjs-primary-forecolor': '#ffffff',
    '--sjs-primary-forecolor-light': 'rgba(255, 255, 255, 0.25)',
    '--sjs-base-unit': '8px',
    '--sjs-corner-radius': '6px',
    '--sjs-secondary-backcolor': '#8a4b00',
    '--sjs-secondary-backcolor-light': 'rgba(138, 75, 0, 0.1)',
    '--sjs-secondary-backcolor-semi-light': 'rgba(138, 75, 0, 0.25)',
    '--sjs-secondary-forecolor': '#ffffff',
    '--sjs-secondary-forecolor-light': 'rgba(255, 255, 255, 0.25)',
    '--sjs-shadow-small': '0 0 0 1px rgba(0, 0, 0, 0.16)',
    '--sjs-shadow-small-reset': '0 0 0 0 rgba(0, 0, 0, 0.16)',
    '--sjs-shadow-medium': '0 2px 6px 0 rgba(0, 0, 0, 0.12)',
    '--sjs-shadow-large': '0 8px 16px 0 rgba(0, 0, 0, 0.12)',
    '--sjs-shadow-inner': 'inset 0 0 0 1px #767676',
    '--sjs-shadow-inner-reset': 'inset 0 0 0 0 #767676',
    '--sjs-border-light': 'rgba(0, 0, 0, 0.12)',
    '--sjs-border-default': '#767676',
    '--sjs-border-inside': 'rgba(0, 0, 0, 0.16)',
    '--sjs-special-red': '#b3261e',
    '--sjs-special-red-light': 'rgba(179, 38, 30, 0.08)',
    '--sjs-special-red-forecolor': '#ffffff',
    '--sjs-special-green': '#1e6b3a',
    '--sjs-special-green-light': 'rgba(30, 107, 58, 0.1)',
    '--sjs-special-green-forecolor': '#ffffff',
    '--sjs-special-blue': '#1d4f91',
    '--sjs-special-blue-light': 'rgba(29, 79, 145, 0.1)',
    '--sjs-special-blue-forecolor': '#ffffff',
    '--sjs-special-yellow': '#8a4b00',
    '--sjs-special-yellow-light': 'rgba(138, 75, 0, 0.1)',
    '--sjs-special-yellow-forecolor': '#ffffff',
  },
};

const STORAGE_PREFIX = 'malbar:respondent:';

function normaliseLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v.startsWith('da')) return 'da';
  if (v.startsWith('nb') || v.startsWith('no') || v.startsWith('nn')) return 'nb';
  if (v.startsWith('en')) return 'en';
  return null;
}

/** ?lang= wins; then the browser's preferred languages (da*, nb/no/nn*); otherwise English. */
function detectLang(): Lang {
  const fromQuery = normaliseLang(new URLSearchParams(window.location.search).get('lang'));
  if (fromQuery) return fromQuery;
  const preferred =
    navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const candidate of preferred) {
    const lang = normaliseLang(candidate);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * survey-core 2.5 renders the free-text box of an "other" choice (showOtherItem) without any label
 * when its question has a title: screen readers announce a nameless text box, and axe reports
 * "Form elements must have labels". The box appears only once "other" is chosen, so it is labelled
 * whenever the question's content changes: by the other choice's own text, as the respondent reads it.
 */
function labelOtherText(question: SurveyQuestion, element: HTMLElement): void {
  const text = question.otherItem?.text;
  if (!text) return;
  const label = () => {
    const unnamed = 'textarea.sd-comment:not([aria-label]):not([aria-labelledby])';
    for (const area of element.querySelectorAll(unnamed)) area.setAttribute('aria-label', text);
  };
  new MutationObserver(label).observe(element, { childList: true, subtree: true });
  label();
}

/** survey-core registers its Norwegian UI strings as "no"; Målbar speaks "nb". */
function registerLocales(): void {
  const loc = Survey.surveyLocalization;
  const danish = loc.locales['da'];
  if (danish) Object.assign(danish, DANISH_FIXES);
  const norwegian = loc.locales['no'];
  if (norwegian && !loc.locales['nb']) {
    loc.locales['nb'] = norwegian;
    loc.localeNames['nb'] = loc.localeNames['no'] ?? 'norsk';
    loc.localeNamesInEnglish['nb'] = 'Norwegian Bokmål';
  }
}

/** crypto.randomUUID exists only in secure contexts; fall back to getRandomValues (RFC 4122 v4). */
function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function pickTitle(title: LocalizedText | undefined, lang: Lang): string {
  if (!title) return '';
  return title[lang] || title.da || title.nb || title.en || '';
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Målbar: element #${id} is missing`);
  return el as T;
}

async function readJson<T>(res: Response): Promise<T | null> {
  try {
    return (await res.json()) as T;
  } catch {
    return null;
  }
}

class ProgressStore {
  private readonly key: string;
  private readonly instrument: string;

  constructor(api: string, instrument: string) {
    this.key = STORAGE_PREFIX + api;
    this.instrument = instrument;
  }

  load(): StoredProgress | null {
    try {
      const raw = localStorage.getItem(this.key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<StoredProgress> | null;
      if (!parsed || parsed.v !== 1 || parsed.instrument !== this.instrument) return null;
      if (!parsed.data || typeof parsed.data !== 'object') return null;
      return {
        v: 1,
        instrument: this.instrument,
        data: parsed.data,
        pageNo: typeof parsed.pageNo === 'number' ? parsed.pageNo : 0,
        submissionId: typeof parsed.submissionId === 'string' ? parsed.submissionId : undefined,
        savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0,
      };
    } catch {
      return null;
    }
  }

  save(progress: Omit<StoredProgress, 'v' | 'instrument' | 'savedAt'>): void {
    try {
      const value: StoredProgress = { v: 1, instrument: this.instrument, ...progress, savedAt: Date.now() };
      localStorage.setItem(this.key, JSON.stringify(value));
    } catch {
      // Storage full or disabled (private browsing): answering still works, only without restore.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}

class RespondentPage {
  private lang: Lang;
  private readonly api: string;
  private readonly personal: boolean;
  private readonly main: HTMLElement;
  private draftTimer: number | undefined;
  private payload: RoundPayload | null = null;
  private survey: SurveyModel | null = null;
  private store: ProgressStore | null = null;
  private submissionId: string | null = null;
  private error: ErrorKind | null = null;

  constructor(main: HTMLElement) {
    this.main = main;
    this.api = main.dataset.api ?? '';
    this.personal = main.dataset.personal === 'true';
    this.lang = detectLang();
  }

  private get t(): UiText {
    return TEXTS[this.lang];
  }

  start(): void {
    registerLocales();
    this.bindLanguageSwitch();
    this.applyLanguage();
    void this.load();
  }

  // ---- language ---------------------------------------------------------------------------

  private bindLanguageSwitch(): void {
    const nav = byId<HTMLElement>('mb-lang');
    nav.addEventListener('click', (event) => {
      const target = event.target as Element | null;
      const link = target?.closest<HTMLAnchorElement>('a[data-lang]');
      if (!link) return;
      const lang = normaliseLang(link.dataset.lang);
      if (!lang) return;
      event.preventDefault();
      this.setLang(lang);
      link.focus();
    });
  }

  private setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    try {
      const url = new URL(window.location.href);
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url.toString());
    } catch {
      // Keeping the URL in sync is a nicety only.
    }
    this.applyLanguage();
  }

  /** Updates everything language-dependent; survey answers are untouched (only survey.locale changes). */
  private applyLanguage(): void {
    document.documentElement.lang = this.lang;
    this.main.dataset.lang = this.lang;
    const nav = byId<HTMLElement>('mb-lang');
    nav.setAttribute('aria-label', this.t.languageNav);
    nav.querySelectorAll<HTMLAnchorElement>('a[data-lang]').forEach((a) => {
      if (a.dataset.lang === this.lang) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    if (this.survey) this.survey.locale = SURVEY_LOCALE[this.lang];
    this.main.querySelectorAll<HTMLButtonElement>('button.mb-read-aloud').forEach((b) => {
      b.textContent = this.t.readAloud;
    });
    window.speechSynthesis?.cancel();
    this.renderHeader();
    this.renderStatus();
  }

  // ---- header and status ------------------------------------------------------------------

  private renderHeader(): void {
    const title = byId<HTMLHeadingElement>('mb-title');
    const unit = byId<HTMLParagraphElement>('mb-unit');
    if (this.payload) {
      title.textContent = pickTitle(this.payload.round.title, this.lang);
      unit.textContent = this.payload.unit.name;
      title.hidden = !title.textContent;
      unit.hidden = !unit.textContent;
    } else if (this.error) {
      const titles: Record<ErrorKind, string> = {
        notFound: this.t.notFoundTitle,
        closed: this.t.closedTitle,
        notYetOpen: this.t.notYetOpenTitle,
        tokenUsed: this.t.tokenUsedTitle,
        loadFailed: this.t.loadFailedTitle,
      };
      title.textContent = titles[this.error];
      title.hidden = false;
      unit.hidden = true;
    } else {
      title.hidden = true;
      unit.hidden = true;
    }
  }

  private renderStatus(): void {
    const status = byId<HTMLElement>('mb-status');
    status.replaceChildren();
    const saveState = this.main.dataset.saveState;
    let message: string | null = null;
    if (this.error) message = this.t[this.error];
    else if (!this.payload) message = this.t.loading;
    else if (saveState === 'error') message = this.t.keptOnDevice;
    status.hidden = message === null;
    if (message === null) return;
    const p = document.createElement('p');
    p.className = 'mb-status__text';
    p.textContent = message;
    status.append(p);
    if (this.error === 'loadFailed') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mb-button';
      button.textContent = this.t.tryAgain;
      button.addEventListener('click', () => {
        this.error = null;
        this.renderHeader();
        this.renderStatus();
        void this.load();
      });
      status.append(button);
    }
  }

  private showError(kind: ErrorKind): void {
    this.error = kind;
    this.renderHeader();
    this.renderStatus();
  }

  private setSaveState(state: 'saving' | 'error' | 'invalid' | 'success' | null): void {
    if (state) this.main.dataset.saveState = state;
    else delete this.main.dataset.saveState;
    this.renderStatus();
  }

  // ---- loading ----------------------------------------------------------------------------

  private async load(): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.api, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch {
      this.showError('loadFailed');
      return;
    }
    if (res.status === 404) return this.showError('notFound');
    if (res.status === 403) return this.showError('notYetOpen');
    if (res.status === 410) {
      const gone = await readJson<ApiErrorBody>(res);
      return this.showError(gone?.error?.code === 'tokenUsed' ? 'tokenUsed' : 'closed');
    }
    const body = res.ok ? await readJson<RoundPayload>(res) : null;
    if (!body || !body.survey || !body.round || !body.instrument) return this.showError('loadFailed');
    this.payload = body;
    this.renderSurvey(body);
  }

  private renderSurvey(payload: RoundPayload): void {
    const survey = new Survey.Model(payload.survey);
    // The server refuses free text above its default limit where the definition sets none
    // (DEFAULT_MAX_LENGTH in core/surveys/compile-answer-check.ts), so the form stops there too.
    if (!(survey.maxTextLength > 0)) survey.maxTextLength = DEFAULT_TEXT_LIMIT;
    if (!(survey.maxCommentLength > 0)) survey.maxCommentLength = DEFAULT_TEXT_LIMIT;
    survey.applyTheme(THEME);
    survey.locale = SURVEY_LOCALE[this.lang];

    const store = new ProgressStore(this.api, `${payload.instrument.key}@${payload.instrument.version}`);
    const saved = store.load();
    // The newer of this device's progress and the personal link's draft from another device.
    const remote = payload.personal?.draft ?? null;
    const resume = remote && (!saved || (remote.savedAt ?? 0) > (saved.savedAt ?? 0)) ? remote : saved;
    if (resume) {
      survey.data = resume.data;
      if (resume.pageNo > 0) survey.currentPageNo = resume.pageNo;
    } else if (payload.prefill) {
      survey.data = payload.prefill;
    }
    if (saved) this.submissionId = saved.submissionId ?? null;
    this.survey = survey;
    this.store = store;

    const persist = (): void => {
      if (survey.isCompleted) return;
      store.save({
        data: survey.data,
        pageNo: survey.currentPageNo,
        submissionId: this.submissionId ?? undefined,
      });
      if (this.personal) this.scheduleDraft();
    };
    survey.onAfterRenderQuestion.add((_sender, options) => {
      this.addReadAloud(options.htmlElement);
      labelOtherText(options.question, options.htmlElement);
    });
    survey.onValueChanged.add(persist);
    survey.onCurrentPageChanged.add(persist);
    survey.onComplete.add((_sender, options) => {
      void this.submit(options);
    });

    this.renderHeader();
    this.renderStatus();
    SurveyUI.renderSurvey(survey, byId<HTMLElement>('mb-survey'));
  }

  // ---- submitting -------------------------------------------------------------------------

  /**
   * Runs on SurveyJS onComplete, and again from the notifier's "Try again" button (SurveyJS calls
   * onComplete anew). The same submissionId is used for every attempt, so the server stores one response.
   */
  private async submit(options: SurveyCompleteOptions): Promise<void> {
    const survey = this.survey;
    const store = this.store;
    if (!survey || !store) return;
    const answers = survey.data;
    if (!this.submissionId) this.submissionId = newSubmissionId();
    store.save({ data: answers, pageNo: survey.currentPageNo, submissionId: this.submissionId });

    this.setSaveState('saving');
    options.showSaveInProgress(this.t.saving);

    let res: Response;
    try {
      window.clearTimeout(this.draftTimer);
      res = await fetch(`${this.api}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ submissionId: this.submissionId, answers, locale: this.lang }),
      });
    } catch {
      this.setSaveState('error');
      options.showSaveError(this.t.saveFailed);
      return;
    }

    if (res.status === 201 || res.status === 200) {
      store.clear();
      this.submissionId = null;
      this.setSaveState('success');
      options.showSaveSuccess(this.main.dataset.preview === 'true' ? this.t.previewChecked : this.t.saved);
      window.scrollTo(0, 0);
      return;
    }

    if (res.status === 422) {
      const body = await readJson<ApiErrorBody>(res);
      // The toast (with SurveyJS's "Try again") must be raised while the survey is still completed.
      options.showSaveError(this.t.validationFailed);
      // Back to the form with the answers intact, the rejected questions marked.
      survey.clear(false, false);
      this.setSaveState('invalid');
      this.markRejected(body?.error?.details ?? []);
      return;
    }

    if (res.status === 403) {
      // The round was switched to personal links only while this page was open: the server says
      // so in the language the answers were sent in.
      const body = await readJson<ApiErrorBody>(res);
      if (body?.error?.code === 'personal_links_only' && body.error.message) {
        this.setSaveState(null);
        return options.showSaveError(body.error.message);
      }
    }
    if (res.status === 410) {
      const body = await readJson<ApiErrorBody>(res);
      if (body?.error?.code === 'token_used') {
        store.clear();
        this.survey = null;
        byId<HTMLElement>('mb-survey').replaceChildren();
        return this.showError('tokenUsed');
      }
    }
    this.setSaveState('error');
    options.showSaveError(
      res.status === 429
        ? this.t.tooMany
        : res.status === 404 || res.status === 410
          ? this.t.closedOnSubmit
          : this.t.saveFailed,
    );
  }

  // ---- personal links: the draft on the server --------------------------------------------

  /** At most one save per two seconds while answering; the last answers always go. */
  private scheduleDraft(): void {
    window.clearTimeout(this.draftTimer);
    this.draftTimer = window.setTimeout(() => void this.saveDraft(), 2000);
  }

  private async saveDraft(): Promise<void> {
    const survey = this.survey;
    if (!survey || survey.isCompleted) return;
    const draft: Draft = { data: survey.data, pageNo: survey.currentPageNo, savedAt: Date.now() };
    try {
      await fetch(`${this.api}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(draft),
      });
    } catch {
      // The answers are still on this device; the next change tries again.
    }
  }

  // ---- read aloud -------------------------------------------------------------------------

  /** A button on every question that reads its title and answer options with the browser's voice. */
  private addReadAloud(question: HTMLElement): void {
    if (!('speechSynthesis' in window)) return;
    const header = question.querySelector<HTMLElement>('.sd-question__header');
    if (!header || header.querySelector('button.mb-read-aloud')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'mb-read-aloud';
    button.textContent = this.t.readAloud;
    button.addEventListener('click', () => {
      const speech = window.speechSynthesis;
      if (speech.speaking) {
        speech.cancel();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(readableText(question));
      utterance.lang = SPEECH_LANG[this.lang];
      speech.speak(utterance);
    });
    header.append(button);
  }

  private markRejected(details: { field?: string; issue?: string }[]): void {
    const survey = this.survey;
    if (!survey) return;
    let first: SurveyQuestion | null = null;
    for (const detail of details) {
      if (!detail.field) continue;
      // The field may be a question name or a path such as "answers.q1" / "q1[0]".
      const candidates = [detail.field, ...detail.field.split(/[.[\]/]/).filter(Boolean)];
      const question = candidates.map((name) => survey.getQuestionByName(name)).find((q) => !!q) ?? null;
      if (!question) continue;
      question.addError(this.t.fieldRejected);
      first = first ?? question;
    }
    if (first) first.focus(true);
  }
}

/** What a respondent sees of a question: its title, then each answer option, as sentences. */
function readableText(question: HTMLElement): string {
  const title = question.querySelector('.sd-question__title')?.textContent ?? '';
  const options = Array.from(
    question.querySelectorAll('.sd-item__control-label, .sd-rating__item-text'),
    (el) => (el.textContent ?? '').trim(),
  ).filter((text) => text !== '');
  // Each part ends as a sentence, so the voice pauses between the question and each answer.
  const sentence = (text: string) => (/[.?!:]$/.test(text) ? text : `${text}.`);
  return [title.replace(/\*\s*$/, '').trim(), ...options].filter(Boolean).map(sentence).join(' ');
}

function boot(): void {
  const main = document.getElementById('survey');
  if (!main) return;
  new RespondentPage(main).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
