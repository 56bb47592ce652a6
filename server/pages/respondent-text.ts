import { LOCALE_TAG } from '../../core/text/locale-tag';

/** What respondents read around the survey, in the three languages Målbar speaks. */
export type RespondentLang = 'da' | 'nb' | 'en';

export type RespondentNotice =
  | { kind: 'notFound' }
  | { kind: 'closed'; closesOn: string }
  | { kind: 'notYetOpen'; opensOn: string }
  | { kind: 'tokenUsed' }
  | { kind: 'personalLinksOnly' }
  | { kind: 'enterCode' }
  | { kind: 'badCode' }
  | { kind: 'tooMany' };

export const SHELL_TEXT: Record<RespondentLang, { languageNav: string; loading: string; noscript: string }> =
  {
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

/** "1. marts 2027" / "1. mars 2027" / "1 March 2027": a round's dates as people write them. */
export function longDate(isoDate: string, lang: RespondentLang): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Each notice's title and text; `date` is the date the notice is about (opening or closing day). */
type Texts = Record<RespondentNotice['kind'], (date: string) => { title: string; body: string }> & {
  codeLabel: string;
  codeSubmit: string;
};

export function noticeText(notice: RespondentNotice, lang: RespondentLang) {
  const date = 'opensOn' in notice ? notice.opensOn : 'closesOn' in notice ? notice.closesOn : '';
  return NOTICE_TEXT[lang][notice.kind](date);
}

export const NOTICE_TEXT: Record<RespondentLang, Texts> = {
  da: {
    notFound: () => ({
      title: 'Linket virker ikke',
      body: 'Vi kan ikke finde denne undersøgelse. Tjek, at du har hele linket med, eller bed om et nyt link.',
    }),
    closed: (date) => ({
      title: 'Undersøgelsen er lukket',
      body: `Der kunne svares til og med ${longDate(date, 'da')}. Tak for din interesse.`,
    }),
    notYetOpen: (date) => ({
      title: 'Undersøgelsen er ikke åben endnu',
      body: `Du kan svare fra ${longDate(date, 'da')}. Gem linket, og åbn det igen den dag.`,
    }),
    personalLinksOnly: () => ({
      title: 'Kun via personligt link',
      body: 'Denne undersøgelse besvares kun via personlige links. Brug det link eller den kode, du har fået i et brev, en sms eller en e-mail. Dette link tager ikke imod svar.',
    }),
    tokenUsed: () => ({
      title: 'Der er allerede svaret',
      body: 'Dette personlige link er brugt: svarene er modtaget. Tak for din besvarelse.',
    }),
    enterCode: () => ({
      title: 'Skriv din kode',
      body: 'Har du fået en kode i et brev eller en sms, så skriv den her.',
    }),
    badCode: () => ({
      title: 'Koden passer ikke',
      body: 'Vi kender ikke den kode. Tjek, at du har skrevet alle 12 tegn, og prøv igen.',
    }),
    tooMany: () => ({
      title: 'Prøv igen om lidt',
      body: 'Der er sendt mange svar via dette link på kort tid. Vent et øjeblik, og prøv igen.',
    }),
    codeLabel: 'Kode (12 tegn)',
    codeSubmit: 'Fortsæt',
  },
  nb: {
    notFound: () => ({
      title: 'Lenken virker ikke',
      body: 'Vi finner ikke denne undersøkelsen. Sjekk at du har fått med hele lenken, eller be om en ny lenke.',
    }),
    closed: (date) => ({
      title: 'Undersøkelsen er avsluttet',
      body: `Det var mulig å svare til og med ${longDate(date, 'nb')}. Takk for interessen.`,
    }),
    notYetOpen: (date) => ({
      title: 'Undersøkelsen er ikke åpnet ennå',
      body: `Du kan svare fra ${longDate(date, 'nb')}. Ta vare på lenken, og åpne den igjen den dagen.`,
    }),
    personalLinksOnly: () => ({
      title: 'Bare via personlig lenke',
      body: 'Denne undersøkelsen besvares bare via personlige lenker. Bruk lenken eller koden du har fått i et brev, en SMS eller en e-post. Denne lenken tar ikke imot svar.',
    }),
    tokenUsed: () => ({
      title: 'Du har allerede svart',
      body: 'Denne personlige lenken er brukt: svarene er mottatt. Takk for at du svarte.',
    }),
    enterCode: () => ({
      title: 'Skriv inn koden din',
      body: 'Har du fått en kode i et brev eller en SMS, skriver du den her.',
    }),
    badCode: () => ({
      title: 'Koden stemmer ikke',
      body: 'Vi kjenner ikke denne koden. Sjekk at du har skrevet alle 12 tegnene, og prøv igjen.',
    }),
    tooMany: () => ({
      title: 'Prøv igjen om litt',
      body: 'Det er sendt mange svar via denne lenken på kort tid. Vent litt og prøv igjen.',
    }),
    codeLabel: 'Kode (12 tegn)',
    codeSubmit: 'Fortsett',
  },
  en: {
    notFound: () => ({
      title: 'This link does not work',
      body: 'We cannot find this survey. Check that you have the whole link, or ask for a new one.',
    }),
    closed: (date) => ({
      title: 'This survey is closed',
      body: `Answers were taken until ${longDate(date, 'en')}. Thank you for your interest.`,
    }),
    notYetOpen: (date) => ({
      title: 'This survey is not open yet',
      body: `You can answer from ${longDate(date, 'en')}. Keep the link and open it again on that day.`,
    }),
    personalLinksOnly: () => ({
      title: 'Personal links only',
      body: 'This survey is answered only through personal links. Use the link or code you received in a letter, a text message or an e-mail. This link takes no answers.',
    }),
    tokenUsed: () => ({
      title: 'Already answered',
      body: 'This personal link has been used: the answers have been received. Thank you for answering.',
    }),
    enterCode: () => ({
      title: 'Enter your code',
      body: 'If you received a code in a letter or a text message, type it here.',
    }),
    badCode: () => ({
      title: 'That code does not match',
      body: 'We do not know this code. Check that you typed all 12 characters and try again.',
    }),
    tooMany: () => ({
      title: 'Please try again shortly',
      body: 'Many answers were sent through this link in a short time. Wait a moment and try again.',
    }),
    codeLabel: 'Code (12 characters)',
    codeSubmit: 'Continue',
  },
};
