import { defineMessages } from './message-catalogue';

/**
 * The sick-leave view's words (web/app/sick-leave/) and a sick-leave goal's words on the overview and
 * heatmap.
 */
export const sickLeaveMessages = defineMessages({
  'sickLeave.title': { da: 'Sygefravær', nb: 'Sykefravær', en: 'Sick leave' },
  'sickLeave.lead': {
    da: 'Sygefravær i procent af mulige dagsværk: sygedagsværk ÷ mulige dagsværk, lagt sammen for enheden og alle enheder under den, så store enheder vejer efter deres dagsværk (Danmarks Statistiks fraværsprocent). Sammenlign med samme periode sidste år: fraværet svinger med årstiden.',
    nb: 'Sykefravær i prosent av avtalte dagsverk: sykefraværsdagsverk ÷ avtalte dagsverk, lagt sammen for enheten og alle enheter under den, slik at store enheter veier etter sine dagsverk (SSBs sykefraværsprosent). Sammenlign med samme periode i fjor: fraværet svinger med årstiden.',
    en: 'Sick leave as a percentage of planned day-works: sick day-works ÷ planned day-works, added up for the unit and every unit below it, so larger units weigh by their day-works (the SSB and DST formula). Compare with the same period last year: sick leave follows the seasons.',
  },
  'sickLeave.census': {
    da: 'Tallene omfatter alle ansatte, ikke en stikprøve, og har derfor intet usikkerhedsinterval. n er antal ansatte.',
    nb: 'Tallene omfatter alle ansatte, ikke et utvalg, og har derfor ikke noe usikkerhetsintervall. n er antall ansatte.',
    en: 'The figures cover all employees, not a sample, so they have no uncertainty interval. n is the number of employees.',
  },
  'sickLeave.show': { da: 'Vis', nb: 'Vis', en: 'Show' },
  'sickLeave.granularity.month': { da: 'Måneder', nb: 'Måneder', en: 'Months' },
  'sickLeave.granularity.quarter': { da: 'Kvartaler', nb: 'Kvartaler', en: 'Quarters' },
  'sickLeave.granularity.year': { da: 'År', nb: 'År', en: 'Years' },
  'sickLeave.granularity.rolling12': {
    da: 'Løbende 12 måneder',
    nb: 'Løpende 12 måneder',
    en: 'Rolling 12 months',
  },
  'sickLeave.tableHeading': {
    da: 'Sygefravær for {unit}{below, select, yes { og enhederne under} other {}}, {granularity}',
    nb: 'Sykefravær for {unit}{below, select, yes { og enhetene under} other {}}, {granularity}',
    en: 'Sick leave for {unit}{below, select, yes { and the units below} other {}}, {granularity}',
  },
  'sickLeave.tableNote': {
    da: 'Hver celle: sygefravær i procent, antal ansatte (n) og ændringen fra samme periode sidste år i procentpoint.',
    nb: 'Hver celle: sykefravær i prosent, antall ansatte (n) og endringen fra samme periode i fjor i prosentpoeng.',
    en: 'Each cell: sick leave in percent, number of employees (n) and the change from the same period last year in percentage points.',
  },
  'sickLeave.hiddenShort': { da: 'Skjult', nb: 'Skjult', en: 'Hidden' },
  'sickLeave.hidden': {
    da: 'Skjult: færre end {min} ansatte her eller i en enhed, det ville afsløre.',
    nb: 'Skjult: færre enn {min} ansatte her eller i en enhet det ville avsløre.',
    en: 'Hidden: fewer than {min} employees here or in a unit it would reveal.',
  },
  'sickLeave.noData': { da: 'Ingen data', nb: 'Ingen data', en: 'No data' },
  'sickLeave.noRecords': {
    da: 'Der er ikke indlæst sygefravær for kommunen endnu.',
    nb: 'Det er ikke lest inn sykefravær for kommunen ennå.',
    en: 'No sick leave has been imported for the municipality yet.',
  },
  'sickLeave.employees': {
    da: 'n = {count} ansatte',
    nb: 'n = {count} ansatte',
    en: 'n = {count} employees',
  },
  'sickLeave.goalHidden': {
    da: 'Skjult: for få ansatte her eller i en enhed, det ville afsløre',
    nb: 'Skjult: for få ansatte her eller i en enhet det ville avsløre',
    en: 'Hidden: too few employees here or in a unit it would reveal',
  },
  'sickLeave.noInterval': {
    da: 'intet (alle ansatte tælles)',
    nb: 'ingen (alle ansatte telles)',
    en: 'none (every employee counted)',
  },
  'sickLeave.goalChange': {
    da: 'Ændring fra samme periode sidste år',
    nb: 'Endring fra samme periode i fjor',
    en: 'Change from the same period last year',
  },
  'sickLeave.heatmapNote': {
    da: 'Sygefravær tæller alle ansatte: intet interval, og n er antal ansatte.',
    nb: 'Sykefravær teller alle ansatte: ikke noe intervall, og n er antall ansatte.',
    en: 'Sick leave counts every employee: no interval, and n is the number of employees.',
  },
  'sickLeave.estimated': {
    da: 'skønnet ud fra dagsværk',
    nb: 'anslått ut fra dagsverk',
    en: 'estimated from day-works',
  },
  'sickLeave.plannedDays': {
    da: '{days} mulige dagsværk',
    nb: '{days} avtalte dagsverk',
    en: '{days} planned day-works',
  },
  'sickLeave.daysPerFte': {
    da: '{days} sygedage pr. fuldtidsansat',
    nb: '{days} sykedager per årsverk',
    en: '{days} sick days per FTE',
  },
  'sickLeave.shortTerm': {
    da: '{share} korttidsfravær',
    nb: '{share} korttidsfravær',
    en: '{share} short-term',
  },
  'sickLeave.change': {
    da: '{points} fra sidste år',
    nb: '{points} fra i fjor',
    en: '{points} on last year',
  },
  'sickLeave.changeMissing.no-previous': {
    da: 'intet tal sidste år',
    nb: 'ikke noe tall i fjor',
    en: 'no figure last year',
  },
  'sickLeave.changeMissing.previous-hidden': {
    da: 'skjult sidste år',
    nb: 'skjult i fjor',
    en: 'hidden last year',
  },
  'sickLeave.soFar': { da: 'indtil videre', nb: 'så langt', en: 'so far' },
  'sickLeave.rollingHeading': { da: 'Løbende 12 måneder', nb: 'Løpende 12 måneder', en: 'Rolling 12 months' },
  'sickLeave.chartLabel': {
    da: 'Sygefravær for {unit}, løbende 12 måneder; tallene står i tabellen under.',
    nb: 'Sykefravær for {unit}, løpende 12 måneder; tallene står i tabellen under.',
    en: 'Sick leave for {unit}, rolling 12 months; the numbers are in the table below.',
  },
  'sickLeave.chartNumbers': {
    da: 'Tallene i grafen',
    nb: 'Tallene i grafen',
    en: 'The numbers in the chart',
  },
  'sickLeave.windowEnding': {
    da: '12 måneder til og med',
    nb: '12 måneder til og med',
    en: '12 months up to',
  },
  'sickLeave.openUnit': { da: 'Gå ned i {unit}', nb: 'Gå ned i {unit}', en: 'Open {unit}' },
  'sickLeave.download': { da: 'Hent tabellen', nb: 'Hent tabellen', en: 'Download the table' },
});
