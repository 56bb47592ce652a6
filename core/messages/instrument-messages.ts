import { defineMessages } from './message-catalogue';

/** The instruments screen in the staff app (web/app/instruments/): the list, checking, preview, publishing. */
export const instrumentMessages = defineMessages({
  'instruments.nav': { da: 'Spørgeskemaer', nb: 'Spørreskjemaer', en: 'Instruments' },
  'instruments.title': { da: 'Spørgeskemaer', nb: 'Spørreskjemaer', en: 'Instruments' },
  'instruments.lead': {
    da: 'De indbyggede spørgeskemaer og kommunens egne. Et nyt skema er en survey.json med dens indicators.json; det tjekkes, ses som på en telefon og offentliggøres som en ny version. Runder, der er i gang, beholder deres version.',
    nb: 'De innebygde spørreskjemaene og kommunens egne. Et nytt skjema er en survey.json med sin indicators.json; det sjekkes, vises som på en telefon og publiseres som en ny versjon. Runder som pågår, beholder sin versjon.',
    en: "The built-in instruments and the municipality's own. A new one is a survey.json with its indicators.json: it is checked, previewed as on a phone and published as a new version. Running rounds keep their version.",
  },
  'instruments.listHeading': {
    da: 'Spørgeskemaer og versioner',
    nb: 'Spørreskjemaer og versjoner',
    en: 'Instruments and versions',
  },
  'instruments.col.name': { da: 'Spørgeskema', nb: 'Spørreskjema', en: 'Instrument' },
  'instruments.col.key': { da: 'Nøgle', nb: 'Nøkkel', en: 'Key' },
  'instruments.col.origin': { da: 'Oprindelse', nb: 'Opprinnelse', en: 'Origin' },
  'instruments.col.version': { da: 'Version', nb: 'Versjon', en: 'Version' },
  'instruments.col.fingerprint': { da: 'Fingeraftryk', nb: 'Fingeravtrykk', en: 'Fingerprint' },
  'instruments.col.published': { da: 'Offentliggjort', nb: 'Publisert', en: 'Published' },
  'instruments.builtIn': { da: 'Indbygget', nb: 'Innebygd', en: 'Built-in' },
  'instruments.own': { da: 'Kommunens egen', nb: 'Kommunens egen', en: 'Our own' },
  'instruments.publishedBy': { da: '{when} af {who}', nb: '{when} av {who}', en: '{when} by {who}' },
  'instruments.newHeading': { da: 'Nyt spørgeskema', nb: 'Nytt spørreskjema', en: 'New instrument' },
  'instruments.startFrom': { da: 'Start fra', nb: 'Start fra', en: 'Start from' },
  'instruments.startFromNone': { da: '(tomt)', nb: '(tomt)', en: '(empty)' },
  'instruments.load': { da: 'Hent definitionen', nb: 'Hent definisjonen', en: 'Load its definition' },
  'instruments.surveyFile': { da: 'Fil: survey.json', nb: 'Fil: survey.json', en: 'File: survey.json' },
  'instruments.indicatorsFile': {
    da: 'Fil: indicators.json',
    nb: 'Fil: indicators.json',
    en: 'File: indicators.json',
  },
  'instruments.surveyText': { da: 'survey.json', nb: 'survey.json', en: 'survey.json' },
  'instruments.indicatorsText': { da: 'indicators.json', nb: 'indicators.json', en: 'indicators.json' },
  'instruments.textHint': {
    da: 'Vælg en fil eller skriv her; tilføj egne spørgsmål i survey.json.',
    nb: 'Velg en fil eller skriv her; legg til egne spørsmål i survey.json.',
    en: 'Choose a file or write here; add local questions to survey.json.',
  },
  'instruments.check': { da: 'Tjek', nb: 'Sjekk', en: 'Check' },
  'instruments.problems': {
    da: 'Spørgeskemaet blev ikke gemt. Ret {count, plural, one {problemet} other {de # problemer}}:',
    nb: 'Spørreskjemaet ble ikke lagret. Rett {count, plural, one {problemet} other {de # problemene}}:',
    en: 'The instrument was not stored. Fix {count, plural, one {the problem} other {the # problems}}:',
  },
  'instruments.problem': {
    da: '{file}: {element}: {issue}',
    nb: '{file}: {element}: {issue}',
    en: '{file}: {element}: {issue}',
  },
  'instruments.tooLarge': {
    da: 'Filerne er for store (højst 1 MB tilsammen).',
    nb: 'Filene er for store (høyst 1 MB til sammen).',
    en: 'The files are too large (1 MB together at most).',
  },
  'instruments.refused': {
    da: 'Ikke gemt: {reason}',
    nb: 'Ikke lagret: {reason}',
    en: 'Not stored: {reason}',
  },
  'instruments.checked': {
    da: 'Alt er i orden. Se skemaet, som en svarperson ser det, og offentliggør det som {key} version {version}.',
    nb: 'Alt er i orden. Se skjemaet slik en svarperson ser det, og publiser det som {key} versjon {version}.',
    en: 'Everything checks out. See it as a respondent would, then publish it as {key} version {version}.',
  },
  'instruments.checkedSame': {
    da: 'Alt er i orden, men indholdet er det samme som {key} version {version}: at offentliggøre det tilføjer intet.',
    nb: 'Alt er i orden, men innholdet er det samme som {key} versjon {version}: å publisere det legger ikke til noe.',
    en: 'Everything checks out, but the content equals {key} version {version}: publishing it adds nothing.',
  },
  'instruments.previewTitle': {
    da: 'Forhåndsvisning på en telefon',
    nb: 'Forhåndsvisning på en telefon',
    en: 'Preview on a phone',
  },
  'instruments.openPreview': {
    da: 'Åbn forhåndsvisningen i fuld størrelse',
    nb: 'Åpne forhåndsvisningen i full størrelse',
    en: 'Open the preview full size',
  },
  'instruments.publish': { da: 'Offentliggør', nb: 'Publiser', en: 'Publish' },
  'instruments.published': {
    da: '{key} version {version} er offentliggjort (fingeraftryk {fingerprint}).',
    nb: '{key} versjon {version} er publisert (fingeravtrykk {fingerprint}).',
    en: '{key} version {version} is published (fingerprint {fingerprint}).',
  },
  'instruments.unchanged': {
    da: 'Indholdet er det samme som {key} version {version}; intet nyt er offentliggjort.',
    nb: 'Innholdet er det samme som {key} versjon {version}; ikke noe nytt er publisert.',
    en: 'The content equals {key} version {version}; nothing new was published.',
  },
  'instruments.newRound': {
    da: 'Opret en runde med det',
    nb: 'Opprett en runde med det',
    en: 'Open a round on it',
  },
  'instruments.forbidden': {
    da: 'Kun kommunens administratorer kan se og offentliggøre spørgeskemaer.',
    nb: 'Bare kommunens administratorer kan se og publisere spørreskjemaer.',
    en: "Only the municipality's administrators see and publish instruments.",
  },
});
