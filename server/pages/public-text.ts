import type { Locale } from '../../core/indicators/indicator-definition';

/** The public page's own words (the goals' words are the report's, REPORT_WORDS). */
export const PUBLIC_WORDS: Record<
  Locale,
  {
    heading: (municipality: string) => string;
    intro: string;
    noContracts: string;
    latest: string;
    notMeasured: string;
    adoptedReports: string;
    noAdoptedReports: string;
    reportLink: (year: number) => string;
    readPdf: string;
    notFound: string;
    back: (municipality: string) => string;
  }
> = {
  da: {
    heading: (m) => `${m}: kvalitetskontrakter og mål`,
    intro:
      'Her kan du se de mål, kommunen har sat for kvaliteten i sine tilbud, og hvor langt den er nået. Tallene kommer fra kommunens egne undersøgelser blandt brugere, forældre, elever og medarbejdere.',
    noContracts: 'Kommunen har ikke offentliggjort nogen kvalitetskontrakt endnu.',
    latest: 'Seneste måling',
    notMeasured: 'Ikke målt endnu.',
    adoptedReports: 'Vedtagne opfølgningsredegørelser',
    noAdoptedReports: 'Ingen redegørelse er vedtaget endnu.',
    reportLink: (y) => `Opfølgningsredegørelse ${y}`,
    readPdf: 'Hent som PDF',
    notFound: 'Siden findes ikke.',
    back: (m) => `Tilbage til ${m}`,
  },
  nb: {
    heading: (m) => `${m}: kvalitetskontrakter og mål`,
    intro:
      'Her ser du målene kommunen har satt for kvaliteten i tjenestene sine, og hvor langt den har kommet. Tallene kommer fra kommunens egne undersøkelser blant brukere, foreldre, elever og medarbeidere.',
    noContracts: 'Kommunen har ikke publisert noen kvalitetskontrakt ennå.',
    latest: 'Siste måling',
    notMeasured: 'Ikke målt ennå.',
    adoptedReports: 'Vedtatte oppfølgingsrapporter',
    noAdoptedReports: 'Ingen rapport er vedtatt ennå.',
    reportLink: (y) => `Oppfølgingsrapport ${y}`,
    readPdf: 'Last ned som PDF',
    notFound: 'Siden finnes ikke.',
    back: (m) => `Tilbake til ${m}`,
  },
  en: {
    heading: (m) => `${m}: quality contracts and goals`,
    intro:
      'These are the goals the municipality has set for the quality of its services, and how far it has come. The figures come from its own surveys of service users, parents, pupils and employees.',
    noContracts: 'The municipality has not published a quality contract yet.',
    latest: 'Latest measurement',
    notMeasured: 'Not measured yet.',
    adoptedReports: 'Adopted follow-up reports',
    noAdoptedReports: 'No report has been adopted yet.',
    reportLink: (y) => `Follow-up report ${y}`,
    readPdf: 'Download as PDF',
    notFound: 'There is no such page.',
    back: (m) => `Back to ${m}`,
  },
};
