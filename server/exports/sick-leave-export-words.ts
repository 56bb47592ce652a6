import type { Locale } from '../../core/indicators/indicator-definition';
import type { Granularity } from '../../core/sick-leave/figures-periods';

/** The sick-leave export's headers and text cells, in the three product languages. */
export interface SickLeaveExportWords {
  sheet: string;
  fileName: string;
  unit: string;
  kind: string;
  period: string;
  granularities: Record<Granularity, string>;
  rate: string;
  sickDays: string;
  plannedDays: string;
  /** Census data: the header says so, since there is no interval to show. */
  employees: string;
  daysPerFte: string;
  shortTermShare: string;
  selfCertifiedShare: string;
  change: string;
  note: string;
  hidden: (minEmployees: number) => string;
  noData: string;
  estimated: string;
  partial: string;
  previousHidden: string;
}

const da: SickLeaveExportWords = {
  sheet: 'Sygefravær',
  fileName: 'sygefravaer',
  unit: 'Enhed',
  kind: 'Niveau',
  period: 'Periode',
  granularities: { month: 'Måned', quarter: 'Kvartal', year: 'År', rolling12: 'Løbende 12 måneder' },
  rate: 'Sygefravær %',
  sickDays: 'Sygedagsværk',
  plannedDays: 'Mulige dagsværk',
  employees: 'Ansatte (alle, ikke en stikprøve)',
  daysPerFte: 'Sygedage pr. fuldtidsansat',
  shortTermShare: 'Korttidsfravær, andel',
  selfCertifiedShare: 'Egenmeldt, andel',
  change: 'Ændring fra samme periode sidste år (procentpoint)',
  note: 'Bemærkning',
  hidden: (min) => `Skjult: færre end ${min} ansatte her eller i en enhed, det ville afsløre`,
  noData: 'Ingen data',
  estimated: 'Antal ansatte skønnet ud fra dagsværk',
  partial: 'Perioden indtil videre',
  previousHidden: 'Sidste år skjult',
};

const nb: SickLeaveExportWords = {
  ...da,
  sheet: 'Sykefravær',
  fileName: 'sykefravaer',
  kind: 'Nivå',
  granularities: { month: 'Måned', quarter: 'Kvartal', year: 'År', rolling12: 'Løpende 12 måneder' },
  rate: 'Sykefravær %',
  sickDays: 'Sykefraværsdagsverk',
  plannedDays: 'Avtalte dagsverk',
  employees: 'Ansatte (alle, ikke et utvalg)',
  daysPerFte: 'Sykedager per årsverk',
  shortTermShare: 'Korttidsfravær, andel',
  selfCertifiedShare: 'Egenmeldt, andel',
  change: 'Endring fra samme periode i fjor (prosentpoeng)',
  note: 'Merknad',
  hidden: (min) => `Skjult: færre enn ${min} ansatte her eller i en enhet det ville avsløre`,
  estimated: 'Antall ansatte anslått ut fra dagsverk',
  partial: 'Perioden så langt',
  previousHidden: 'I fjor skjult',
};

const en: SickLeaveExportWords = {
  sheet: 'Sick leave',
  fileName: 'sick-leave',
  unit: 'Unit',
  kind: 'Level',
  period: 'Period',
  granularities: { month: 'Month', quarter: 'Quarter', year: 'Year', rolling12: 'Rolling 12 months' },
  rate: 'Sick leave %',
  sickDays: 'Sick day-works',
  plannedDays: 'Planned day-works',
  employees: 'Employees (all, not a sample)',
  daysPerFte: 'Sick days per FTE',
  shortTermShare: 'Short-term share',
  selfCertifiedShare: 'Self-certified share',
  change: 'Change from the same period last year (points)',
  note: 'Note',
  hidden: (min) => `Hidden: fewer than ${min} employees here or in a unit it would reveal`,
  noData: 'No data',
  estimated: 'Headcount estimated from day-works',
  partial: 'Period so far',
  previousHidden: 'Hidden last year',
};

export const SICK_LEAVE_EXPORT_WORDS: Record<Locale, SickLeaveExportWords> = { da, nb, en };
