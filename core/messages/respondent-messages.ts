import { defineMessages } from './message-catalogue';

/**
 * What respondents read around the survey (server/pages/respondent-page.ts): the page shell and the
 * notices instead of a survey (closed, not open yet, a used link, the code form). `{date}` is a long date.
 */
export const respondentMessages = defineMessages({
  'respondent.languageNav': { da: 'Sprog', nb: 'Språk', en: 'Language' },
  'respondent.preview': {
    da: 'Forhåndsvisning – svarene gemmes ikke.',
    nb: 'Forhåndsvisning – svarene lagres ikke.',
    en: 'Preview – answers are not saved.',
  },
  'respondent.loading': {
    da: 'Henter spørgeskemaet …',
    nb: 'Henter spørreskjemaet …',
    en: 'Loading the survey …',
  },
  'respondent.noscript': {
    da: 'Spørgeskemaet kræver JavaScript. Slå JavaScript til i din browser, og åbn linket igen.',
    nb: 'Spørreskjemaet krever JavaScript. Slå på JavaScript i nettleseren, og åpne lenken igjen.',
    en: 'The survey needs JavaScript. Please turn on JavaScript in your browser and open the link again.',
  },
  'respondent.notFound.title': {
    da: 'Linket virker ikke',
    nb: 'Lenken virker ikke',
    en: 'This link does not work',
  },
  'respondent.notFound.body': {
    da: 'Vi kan ikke finde denne undersøgelse. Tjek, at du har hele linket med, eller bed om et nyt link.',
    nb: 'Vi finner ikke denne undersøkelsen. Sjekk at du har fått med hele lenken, eller be om en ny lenke.',
    en: 'We cannot find this survey. Check that you have the whole link, or ask for a new one.',
  },
  'respondent.closed.title': {
    da: 'Undersøgelsen er lukket',
    nb: 'Undersøkelsen er avsluttet',
    en: 'This survey is closed',
  },
  'respondent.closed.body': {
    da: 'Der kunne svares til og med {date}. Tak for din interesse.',
    nb: 'Det var mulig å svare til og med {date}. Takk for interessen.',
    en: 'Answers were taken until {date}. Thank you for your interest.',
  },
  'respondent.notYetOpen.title': {
    da: 'Undersøgelsen er ikke åben endnu',
    nb: 'Undersøkelsen er ikke åpnet ennå',
    en: 'This survey is not open yet',
  },
  'respondent.notYetOpen.body': {
    da: 'Du kan svare fra {date}. Gem linket, og åbn det igen den dag.',
    nb: 'Du kan svare fra {date}. Ta vare på lenken, og åpne den igjen den dagen.',
    en: 'You can answer from {date}. Keep the link and open it again on that day.',
  },
  'respondent.personalLinksOnly.title': {
    da: 'Kun via personligt link',
    nb: 'Bare via personlig lenke',
    en: 'Personal links only',
  },
  'respondent.personalLinksOnly.body': {
    da: 'Denne undersøgelse besvares kun via personlige links. Brug det link eller den kode, du har fået i et brev, en sms eller en e-mail. Dette link tager ikke imod svar.',
    nb: 'Denne undersøkelsen besvares bare via personlige lenker. Bruk lenken eller koden du har fått i et brev, en SMS eller en e-post. Denne lenken tar ikke imot svar.',
    en: 'This survey is answered only through personal links. Use the link or code you received in a letter, a text message or an e-mail. This link takes no answers.',
  },
  'respondent.tokenUsed.title': {
    da: 'Der er allerede svaret',
    nb: 'Du har allerede svart',
    en: 'Already answered',
  },
  'respondent.tokenUsed.body': {
    da: 'Dette personlige link er brugt: svarene er modtaget. Tak for din besvarelse.',
    nb: 'Denne personlige lenken er brukt: svarene er mottatt. Takk for at du svarte.',
    en: 'This personal link has been used: the answers have been received. Thank you for answering.',
  },
  'respondent.enterCode.title': { da: 'Skriv din kode', nb: 'Skriv inn koden din', en: 'Enter your code' },
  'respondent.enterCode.body': {
    da: 'Har du fået en kode i et brev eller en sms, så skriv den her.',
    nb: 'Har du fått en kode i et brev eller en SMS, skriver du den her.',
    en: 'If you received a code in a letter or a text message, type it here.',
  },
  'respondent.badCode.title': {
    da: 'Koden passer ikke',
    nb: 'Koden stemmer ikke',
    en: 'That code does not match',
  },
  'respondent.badCode.body': {
    da: 'Vi kender ikke den kode. Tjek, at du har skrevet alle 12 tegn, og prøv igen.',
    nb: 'Vi kjenner ikke denne koden. Sjekk at du har skrevet alle 12 tegnene, og prøv igjen.',
    en: 'We do not know this code. Check that you typed all 12 characters and try again.',
  },
  'respondent.tooMany.title': {
    da: 'Prøv igen om lidt',
    nb: 'Prøv igjen om litt',
    en: 'Please try again shortly',
  },
  'respondent.tooMany.body': {
    da: 'Der er sendt mange svar via dette link på kort tid. Vent et øjeblik, og prøv igen.',
    nb: 'Det er sendt mange svar via denne lenken på kort tid. Vent litt og prøv igjen.',
    en: 'Many answers were sent through this link in a short time. Wait a moment and try again.',
  },
  'respondent.codeLabel': { da: 'Kode (12 tegn)', nb: 'Kode (12 tegn)', en: 'Code (12 characters)' },
  'respondent.codeSubmit': { da: 'Fortsæt', nb: 'Fortsett', en: 'Continue' },
});
