import { defineMessages } from './message-catalogue';

/** Words every staff screen uses; an area's own words live in its own catalogue beside this one. */
export const commonMessages = defineMessages({
  'common.save': { da: 'Gem', nb: 'Lagre', en: 'Save' },
  'common.saved': { da: 'Gemt.', nb: 'Lagret.', en: 'Saved.' },
  'common.cancel': { da: 'Annullér', nb: 'Avbryt', en: 'Cancel' },
  'common.create': { da: 'Opret', nb: 'Opprett', en: 'Create' },
  'common.edit': { da: 'Redigér', nb: 'Rediger', en: 'Edit' },
  'common.delete': { da: 'Slet', nb: 'Slett', en: 'Delete' },
  'common.back': { da: 'Tilbage', nb: 'Tilbake', en: 'Back' },
  'common.loading': { da: 'Henter …', nb: 'Henter …', en: 'Loading …' },
  'common.loadFailed': {
    da: 'Kunne ikke hente data ({status}). Prøv igen om lidt.',
    nb: 'Kunne ikke hente data ({status}). Prøv igjen om litt.',
    en: 'Could not load the data ({status}). Try again shortly.',
  },
  'common.refused': {
    da: 'Ikke gemt: ret {count, plural, one {feltet} other {de # felter}} nedenfor.',
    nb: 'Ikke lagret: rett {count, plural, one {feltet} other {de # feltene}} nedenfor.',
    en: 'Not saved: correct {count, plural, one {the field} other {the # fields}} below.',
  },
  'common.downloadCsv': { da: 'Hent som CSV', nb: 'Last ned som CSV', en: 'Download as CSV' },
  'common.downloadXlsx': { da: 'Hent som Excel', nb: 'Last ned som Excel', en: 'Download as Excel' },
  'common.count': {
    da: '{count, plural, one {# stk.} other {# stk.}}',
    nb: '{count, plural, one {# stk.} other {# stk.}}',
    en: '{count, number}',
  },
});
