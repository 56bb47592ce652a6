import type { Granularity } from '../api/sick-leave-types';

/** The sick-leave view's words (web/app/sick-leave/), one set per language. */
export interface SickLeaveWords {
  title: string;
  /** What the figure is, and why it has no interval: payroll data count everyone. */
  lead: string;
  census: string;
  show: string;
  granularities: Record<Granularity, string>;
  /** `below`: whether units below are shown too (a class has none). */
  tableHeading: (unit: string, granularity: string, below: boolean) => string;
  tableNote: string;
  hiddenShort: string;
  hidden: (minEmployees: number) => string;
  noData: string;
  noRecords: string;
  employees: (n: number) => string;
  /** A sick-leave goal's hidden value, where a survey goal says "too few answers". */
  goalHidden: string;
  /** In a goal's interval column: counts have none. */
  noInterval: string;
  /** A sick-leave goal's change: against the same period a year before. */
  goalChange: string;
  /** Under the heatmap's note when a sick-leave goal is among its columns. */
  heatmapNote: string;
  estimated: string;
  plannedDays: (days: string) => string;
  daysPerFte: (days: string) => string;
  shortTerm: (share: string) => string;
  change: (points: string) => string;
  changeMissing: Record<'no-previous' | 'previous-hidden', string>;
  soFar: string;
  rollingHeading: string;
  chartLabel: (unit: string) => string;
  chartNumbers: string;
  windowEnding: string;
  openUnit: (unit: string) => string;
  download: string;
}

export const sickLeaveDa: SickLeaveWords = {
  title: 'Sygefravær',
  lead: 'Sygefravær i procent af mulige dagsværk: sygedagsværk ÷ mulige dagsværk, lagt sammen for enheden og alle enheder under den, så store enheder vejer efter deres dagsværk (Danmarks Statistiks fraværsprocent). Sammenlign med samme periode sidste år: fraværet svinger med årstiden.',
  census:
    'Tallene omfatter alle ansatte, ikke en stikprøve, og har derfor intet usikkerhedsinterval. n er antal ansatte.',
  show: 'Vis',
  granularities: { month: 'Måneder', quarter: 'Kvartaler', year: 'År', rolling12: 'Løbende 12 måneder' },
  tableHeading: (unit, granularity, below) =>
    `Sygefravær for ${unit}${below ? ' og enhederne under' : ''}, ${granularity.toLowerCase()}`,
  tableNote:
    'Hver celle: sygefravær i procent, antal ansatte (n) og ændringen fra samme periode sidste år i procentpoint.',
  hiddenShort: 'Skjult',
  hidden: (min) => `Skjult: færre end ${min} ansatte her eller i en enhed, det ville afsløre.`,
  noData: 'Ingen data',
  noRecords: 'Der er ikke indlæst sygefravær for kommunen endnu.',
  employees: (n) => `n = ${n} ansatte`,
  goalHidden: 'Skjult: for få ansatte her eller i en enhed, det ville afsløre',
  noInterval: 'intet (alle ansatte tælles)',
  goalChange: 'Ændring fra samme periode sidste år',
  heatmapNote: 'Sygefravær tæller alle ansatte: intet interval, og n er antal ansatte.',
  estimated: 'skønnet ud fra dagsværk',
  plannedDays: (days) => `${days} mulige dagsværk`,
  daysPerFte: (days) => `${days} sygedage pr. fuldtidsansat`,
  shortTerm: (share) => `${share} korttidsfravær`,
  change: (points) => `${points} fra sidste år`,
  changeMissing: { 'no-previous': 'intet tal sidste år', 'previous-hidden': 'skjult sidste år' },
  soFar: 'indtil videre',
  rollingHeading: 'Løbende 12 måneder',
  chartLabel: (unit) => `Sygefravær for ${unit}, løbende 12 måneder; tallene står i tabellen under.`,
  chartNumbers: 'Tallene i grafen',
  windowEnding: '12 måneder til og med',
  openUnit: (unit) => `Gå ned i ${unit}`,
  download: 'Hent tabellen',
};

export const sickLeaveNb: SickLeaveWords = {
  ...sickLeaveDa,
  title: 'Sykefravær',
  lead: 'Sykefravær i prosent av avtalte dagsverk: sykefraværsdagsverk ÷ avtalte dagsverk, lagt sammen for enheten og alle enheter under den, slik at store enheter veier etter sine dagsverk (SSBs sykefraværsprosent). Sammenlign med samme periode i fjor: fraværet svinger med årstiden.',
  census:
    'Tallene omfatter alle ansatte, ikke et utvalg, og har derfor ikke noe usikkerhetsintervall. n er antall ansatte.',
  granularities: { month: 'Måneder', quarter: 'Kvartaler', year: 'År', rolling12: 'Løpende 12 måneder' },
  tableHeading: (unit, granularity, below) =>
    `Sykefravær for ${unit}${below ? ' og enhetene under' : ''}, ${granularity.toLowerCase()}`,
  tableNote:
    'Hver celle: sykefravær i prosent, antall ansatte (n) og endringen fra samme periode i fjor i prosentpoeng.',
  hidden: (min) => `Skjult: færre enn ${min} ansatte her eller i en enhet det ville avsløre.`,
  goalHidden: 'Skjult: for få ansatte her eller i en enhet det ville avsløre',
  noInterval: 'ingen (alle ansatte telles)',
  goalChange: 'Endring fra samme periode i fjor',
  heatmapNote: 'Sykefravær teller alle ansatte: ikke noe intervall, og n er antall ansatte.',
  noRecords: 'Det er ikke lest inn sykefravær for kommunen ennå.',
  estimated: 'anslått ut fra dagsverk',
  plannedDays: (days) => `${days} avtalte dagsverk`,
  daysPerFte: (days) => `${days} sykedager per årsverk`,
  change: (points) => `${points} fra i fjor`,
  changeMissing: { 'no-previous': 'ikke noe tall i fjor', 'previous-hidden': 'skjult i fjor' },
  soFar: 'så langt',
  rollingHeading: 'Løpende 12 måneder',
  chartLabel: (unit) => `Sykefravær for ${unit}, løpende 12 måneder; tallene står i tabellen under.`,
  chartNumbers: 'Tallene i grafen',
  windowEnding: '12 måneder til og med',
  openUnit: (unit) => `Gå ned i ${unit}`,
};

export const sickLeaveEn: SickLeaveWords = {
  title: 'Sick leave',
  lead: 'Sick leave as a percentage of planned day-works: sick day-works ÷ planned day-works, added up for the unit and every unit below it, so larger units weigh by their day-works (the SSB and DST formula). Compare with the same period last year: sick leave follows the seasons.',
  census:
    'The figures cover all employees, not a sample, so they have no uncertainty interval. n is the number of employees.',
  show: 'Show',
  granularities: { month: 'Months', quarter: 'Quarters', year: 'Years', rolling12: 'Rolling 12 months' },
  tableHeading: (unit, granularity, below) =>
    `Sick leave for ${unit}${below ? ' and the units below' : ''}, ${granularity.toLowerCase()}`,
  tableNote:
    'Each cell: sick leave in percent, number of employees (n) and the change from the same period last year in percentage points.',
  hiddenShort: 'Hidden',
  hidden: (min) => `Hidden: fewer than ${min} employees here or in a unit it would reveal.`,
  noData: 'No data',
  noRecords: 'No sick leave has been imported for the municipality yet.',
  employees: (n) => `n = ${n} employees`,
  goalHidden: 'Hidden: too few employees here or in a unit it would reveal',
  noInterval: 'none (every employee counted)',
  goalChange: 'Change from the same period last year',
  heatmapNote: 'Sick leave counts every employee: no interval, and n is the number of employees.',
  estimated: 'estimated from day-works',
  plannedDays: (days) => `${days} planned day-works`,
  daysPerFte: (days) => `${days} sick days per FTE`,
  shortTerm: (share) => `${share} short-term`,
  change: (points) => `${points} on last year`,
  changeMissing: { 'no-previous': 'no figure last year', 'previous-hidden': 'hidden last year' },
  soFar: 'so far',
  rollingHeading: 'Rolling 12 months',
  chartLabel: (unit) => `Sick leave for ${unit}, rolling 12 months; the numbers are in the table below.`,
  chartNumbers: 'The numbers in the chart',
  windowEnding: '12 months up to',
  openUnit: (unit) => `Open ${unit}`,
  download: 'Download the table',
};
