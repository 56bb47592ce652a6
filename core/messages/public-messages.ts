import { defineMessages } from './message-catalogue';

/**
 * The public page's own words (server/pages/public-page.ts); the goals' words are the report's (report-
 * document-messages.ts).
 */
export const publicMessages = defineMessages({
  'public.heading': {
    da: '{municipality}: kvalitetskontrakter og mål',
    nb: '{municipality}: kvalitetskontrakter og mål',
    en: '{municipality}: quality contracts and goals',
  },
  'public.intro': {
    da: 'Her kan du se de mål, kommunen har sat for kvaliteten i sine tilbud, og hvor langt den er nået. Tallene kommer fra kommunens egne undersøgelser blandt brugere, forældre, elever og medarbejdere.',
    nb: 'Her ser du målene kommunen har satt for kvaliteten i tjenestene sine, og hvor langt den har kommet. Tallene kommer fra kommunens egne undersøkelser blant brukere, foreldre, elever og medarbeidere.',
    en: 'These are the goals the municipality has set for the quality of its services, and how far it has come. The figures come from its own surveys of service users, parents, pupils and employees.',
  },
  'public.noContracts': {
    da: 'Kommunen har ikke offentliggjort nogen kvalitetskontrakt endnu.',
    nb: 'Kommunen har ikke publisert noen kvalitetskontrakt ennå.',
    en: 'The municipality has not published a quality contract yet.',
  },
  'public.latest': { da: 'Seneste måling', nb: 'Siste måling', en: 'Latest measurement' },
  'public.notMeasured': { da: 'Ikke målt endnu.', nb: 'Ikke målt ennå.', en: 'Not measured yet.' },
  'public.adoptedReports': {
    da: 'Vedtagne opfølgningsredegørelser',
    nb: 'Vedtatte oppfølgingsrapporter',
    en: 'Adopted follow-up reports',
  },
  'public.noAdoptedReports': {
    da: 'Ingen redegørelse er vedtaget endnu.',
    nb: 'Ingen rapport er vedtatt ennå.',
    en: 'No report has been adopted yet.',
  },
  'public.reportLink': {
    da: 'Opfølgningsredegørelse {year}',
    nb: 'Oppfølgingsrapport {year}',
    en: 'Follow-up report {year}',
  },
  'public.readPdf': { da: 'Hent som PDF', nb: 'Last ned som PDF', en: 'Download as PDF' },
  'public.notFound': { da: 'Siden findes ikke.', nb: 'Siden finnes ikke.', en: 'There is no such page.' },
  'public.back': {
    da: 'Tilbage til {municipality}',
    nb: 'Tilbake til {municipality}',
    en: 'Back to {municipality}',
  },
});
