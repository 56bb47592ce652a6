import { defineMessages } from './message-catalogue';

/**
 * A goal's words wherever it is shown (the app, the report, the public page, the exports): its status,
 * its rule ("mindst 90,0 %"), why it could not be judged, and the benchmark it was judged against.
 * core/text/ builds the sentences from these and formats the numbers in them.
 */
export const goalTextMessages = defineMessages({
  'goal.status.met': { da: 'Nået', nb: 'Nådd', en: 'Met' },
  'goal.status.not-met': { da: 'Ikke nået', nb: 'Ikke nådd', en: 'Not met' },
  'goal.status.uncertain': { da: 'Usikkert', nb: 'Usikkert', en: 'Uncertain' },
  'goal.status.no-data': { da: 'Ingen data', nb: 'Ingen data', en: 'No data' },
  'goal.status.hidden': { da: 'Skjult', nb: 'Skjult', en: 'Hidden' },
  'goal.rule.over': { da: 'over {target}', nb: 'over {target}', en: 'above {target}' },
  'goal.rule.atLeast': { da: 'mindst {target}', nb: 'minst {target}', en: 'at least {target}' },
  'goal.rule.under': { da: 'under {target}', nb: 'under {target}', en: 'below {target}' },
  'goal.rule.atMost': { da: 'højst {target}', nb: 'høyst {target}', en: 'at most {target}' },
  'goal.rule.trend': {
    da: '{direction, select, rising {stigende} other {faldende}}{significant, select, yes { (sikker ændring)} other {}}',
    nb: '{direction, select, rising {økende} other {synkende}}{significant, select, yes { (sikker endring)} other {}}',
    en: '{direction, select, rising {rising} other {falling}}{significant, select, yes { (a clear change)} other {}}',
  },
  'goal.rule.belowAverage': {
    da: 'under gennemsnittet for {group}',
    nb: 'under gjennomsnittet for {group}',
    en: 'below the average of {group}',
  },
  'goal.rule.aboveAverage': {
    da: 'over gennemsnittet for {group}',
    nb: 'over gjennomsnittet for {group}',
    en: 'above the average of {group}',
  },
  'goal.rule.and': { da: 'og', nb: 'og', en: 'and' },
  'goal.reason.baseline': {
    da: 'Første måling: den er udgangspunktet for udviklingen.',
    nb: 'Første måling: den er utgangspunktet for utviklingen.',
    en: 'First measurement: it is the baseline for the trend.',
  },
  'goal.reason.previous-hidden': {
    da: 'Den forrige måling er skjult, så udviklingen kan ikke vises.',
    nb: 'Den forrige målingen er skjult, så utviklingen kan ikke vises.',
    en: 'The previous measurement is hidden, so the change cannot be shown.',
  },
  'goal.reason.not-comparable': {
    da: 'Spørgsmålene er ændret siden sidst, så målingerne kan ikke sammenlignes.',
    nb: 'Spørsmålene er endret siden sist, så målingene kan ikke sammenlignes.',
    en: 'The questions changed since last time, so the measurements cannot be compared.',
  },
  'goal.reason.no-benchmark': {
    da: 'Der er endnu ingen tal for sammenligningskommunerne.',
    nb: 'Det finnes ennå ingen tall for sammenligningskommunene.',
    en: 'There are no figures for the comparison municipalities yet.',
  },
  /** `origin` is "; <source>, <vintages>" or empty. */
  'goal.benchmark': {
    da: 'Gennemsnit for {group} {year}: {value} ({count, plural, one {# kommune} other {# kommuner}}{origin})',
    nb: 'Gjennomsnitt for {group} {year}: {value} ({count, plural, one {# kommune} other {# kommuner}}{origin})',
    en: 'Average of {group} {year}: {value} ({count, plural, one {# municipality} other {# municipalities}}{origin})',
  },
});
