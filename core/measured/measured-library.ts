import { MeasuredDefinition, type MeasuredDefinitionInput } from './measured-definition';

/**
 * Measured indicators a municipality can take as they are or adapt: the kinds the Norwegian
 * programme's "målt kvalitet" and the Danish contracts name (KOSTRA, Skoleporten, IPLOS, the
 * municipality's own registers). Each says how it adds up and when it is hidden; its source is
 * named as both countries name it (IPLOS, Skoleporten, EPJ), so it needs no translation.
 */
const LIBRARY: MeasuredDefinitionInput[] = [
  {
    key: 'nursing-home-waiting-days',
    title: {
      da: 'Ventetid på plejebolig (dage)',
      nb: 'Ventetid på sykehjemsplass (dager)',
      en: 'Waiting time for a nursing-home place (days)',
    },
    kind: 'mean',
    numeratorLabel: { da: 'Ventedage i alt', nb: 'Ventedager i alt', en: 'Waiting days in all' },
    denominatorLabel: { da: 'Tildelte pladser', nb: 'Tildelte plasser', en: 'Places allocated' },
    grain: 'quarter',
    polarity: 'lower-is-better',
    personsLabel: { da: 'borgere', nb: 'innbyggere', en: 'residents' },
    minPersons: 5,
    source: 'IPLOS',
  },
  {
    key: 'qualified-teacher-lessons',
    title: {
      da: 'Andel timer læst af linjefagsuddannede lærere',
      nb: 'Andel timer undervist av lærere med godkjent utdanning',
      en: 'Share of lessons taught by qualified teachers',
    },
    kind: 'share',
    numeratorLabel: {
      da: 'Timer med kompetence',
      nb: 'Timer med kompetanse',
      en: 'Lessons by qualified teachers',
    },
    denominatorLabel: { da: 'Timer i alt', nb: 'Timer i alt', en: 'Lessons in all' },
    grain: 'school-year',
    polarity: 'higher-is-better',
    personsLabel: { da: 'lærere', nb: 'lærere', en: 'teachers' },
    minPersons: 5,
    source: 'Skoleporten',
  },
  {
    key: 'nursing-home-falls',
    title: {
      da: 'Fald på plejecentre pr. 1.000 beboerdøgn',
      nb: 'Fall på sykehjem per 1 000 beboerdøgn',
      en: 'Falls in nursing homes per 1,000 resident days',
    },
    kind: 'rate',
    per: 1000,
    numeratorLabel: { da: 'Registrerede fald', nb: 'Registrerte fall', en: 'Falls recorded' },
    denominatorLabel: { da: 'Beboerdøgn', nb: 'Beboerdøgn', en: 'Resident days' },
    grain: 'month',
    polarity: 'lower-is-better',
    personsLabel: { da: 'beboere', nb: 'beboere', en: 'residents' },
    minPersons: 5,
    source: 'EPJ',
  },
  {
    key: 'deviations-followed-up',
    title: {
      da: 'Andel utilsigtede hændelser fulgt op inden 14 dage',
      nb: 'Andel avvik fulgt opp innen 14 dager',
      en: 'Share of deviations followed up within 14 days',
    },
    kind: 'share',
    numeratorLabel: {
      da: 'Fulgt op inden 14 dage',
      nb: 'Fulgt opp innen 14 dager',
      en: 'Followed up within 14 days',
    },
    denominatorLabel: { da: 'Registrerede hændelser', nb: 'Registrerte avvik', en: 'Deviations recorded' },
    grain: 'quarter',
    polarity: 'higher-is-better',
    minPersons: 0,
    source: '',
  },
];

/** The library's definitions, checked as any municipality's own. */
export const MEASURED_LIBRARY: readonly MeasuredDefinition[] = LIBRARY.map((d) =>
  MeasuredDefinition.parse(d),
);
