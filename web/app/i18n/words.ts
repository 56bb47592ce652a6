import type { ChangeVerdict } from '../../../core/indicators/compare-rounds';
import type { ChangeView } from '../api/api-types';
import { MANY_CHANGES_WORDS, type ManyChangesWords } from '../../../core/reports/many-changes-text';
import { sickLeaveDa, type SickLeaveWords } from './words-sick-leave';
import { adminDa, type AdminWords } from './words-admin';
import { organisationDa, type OrganisationWords } from './words-organisation';

/** The app's own words; goal rules, values and status words come from core/text/. */
export interface Words {
  languageName: string;
  skipToContent: string;
  nav: {
    label: string;
    overview: string;
    tree: string;
    rounds: string;
    initiatives: string;
    administration: string;
    queues: string;
    sickLeave: string;
    classic: string;
    logOut: string;
  };
  language: string;
  loading: string;
  loadFailed: (message: string) => string;
  notFound: string;
  contract: string;
  year: string;
  period: string;
  noContracts: string;
  target: string;
  deadline: string;
  scope: string;
  noResult: string;
  /** The overview does not say how many answers a group needs: it differs per instrument. */
  hiddenTooFew: string;
  hiddenBelow: (minGroupSize: number) => string;
  /** The reason alone, beside a "hidden" badge. */
  hiddenWhy: (minGroupSize: number) => string;
  notCovered: string;
  change: string;
  verdicts: Record<ChangeVerdict, string>;
  trend: string;
  measurements: string;
  baseline: string;
  noTrend: string;
  round: string;
  organisation: string;
  showInTree: string;
  goalPage: string;
  path: string;
  /** `below`: whether units below are shown too (a class has none). */
  heatmapCaption: (unit: string, below: boolean) => string;
  heatmapNote: string;
  unit: string;
  thisUnit: string;
  noGoals: string;
  indicators: string;
  indicator: string;
  value: string;
  interval: string;
  noIndicators: string;
  noAnswers: string;
  /** Beside numbers an earlier release published: too few answered since to show new ones. */
  asOf: (date: string) => string;
  asOfNote: string;
  changeMissing: Record<Extract<ChangeView, { available: false }>['reason'], string>;
  kinds: Record<string, string>;
  /** The indicator detail view. */
  detailLink: (indicator: string) => string;
  chartLabel: (indicator: string, unit: string) => string;
  hiddenShort: string;
  comparisonKinds: Record<'parent' | 'municipality' | 'network' | 'benchmark', string>;
  /** A comparison group's published mean: no n or interval of its own. */
  meanOf: (municipalities: number) => string;
  networkHidden: (municipalities: number) => string;
  intervalLegend: string;
  significantLegend: string;
  overRounds: string;
  breakdownsIn: (round: string) => string;
  group: string;
  backToUnit: (unit: string) => string;
  download: string;
  /** The goal status export covers every unit the user may see, not only this subtree. */
  downloadGoals: string;
  allGoals: string;
  /** Many changes judged at once: the sentence, the marks (shared with the report). */
  manyChanges: ManyChangesWords;
  /** Before the heatmap's summary: it counts every unit the reader may see, not only the rows shown. */
  acrossYourUnits: string;
  sickLeave: SickLeaveWords;
  admin: AdminWords;
  orgAdmin: OrganisationWords;
}

export const da: Words = {
  languageName: 'Dansk',
  skipToContent: 'Gå til indholdet',
  nav: {
    label: 'Hovedmenu',
    overview: 'Kontrakt',
    tree: 'Organisation',
    rounds: 'Målinger',
    initiatives: 'Initiativer',
    administration: 'Administration',
    queues: 'Køer',
    sickLeave: 'Sygefravær',
    classic: 'Klassisk visning',
    logOut: 'Log ud',
  },
  language: 'Sprog',
  loading: 'Henter …',
  loadFailed: (message) => `Kunne ikke hente data: ${message}`,
  notFound: 'Siden findes ikke.',
  contract: 'Kontrakt',
  year: 'År',
  period: 'Periode',
  noContracts: 'Der er ingen kvalitetskontrakter endnu.',
  target: 'Målsætning',
  deadline: 'Frist',
  scope: 'Gælder for',
  noResult: 'Ingen måling i år.',
  hiddenTooFew: 'Skjult: for få svar her eller i en gruppe, det ville afsløre',
  hiddenBelow: (min) => `Skjult: færre end ${min} svar her eller i en gruppe, det ville afsløre`,
  hiddenWhy: (min) => `Færre end ${min} svar her eller i en gruppe, det ville afsløre.`,
  notCovered: 'Ikke omfattet',
  change: 'Ændring siden forrige måling',
  verdicts: {
    improved: 'forbedret',
    'no-detectable-change': 'ingen sikker ændring',
    worsened: 'forværret',
    changed: 'ændret',
  },
  trend: 'Udvikling siden udgangspunktet',
  measurements: 'Alle målinger',
  baseline: 'udgangspunkt',
  noTrend: 'Ingen målinger endnu.',
  round: 'Måling',
  organisation: 'Organisation',
  showInTree: 'Se målet ned gennem organisationen',
  goalPage: 'Indsatser',
  path: 'Placering i organisationen',
  heatmapCaption: (unit, below) => `Målstatus for ${unit}${below ? ' og enhederne under' : ''}`,
  heatmapNote:
    'Hver celle viser status, værdi med 95 %-interval og antal svar (n). Vælg en enhed for at gå ned i den.',
  unit: 'Enhed',
  thisUnit: 'denne enhed',
  noGoals: 'Ingen mål omfatter disse enheder.',
  indicators: 'Indikatorer',
  indicator: 'Indikator',
  value: 'Værdi',
  interval: '95 %-interval',
  noIndicators: 'Ingen målinger for denne enhed endnu.',
  noAnswers: 'Ingen svar',
  asOf: (date) => `pr. ${date}`,
  asOfNote:
    'Værdier med en dato er fra en tidligere offentliggørelse: der er kommet for få nye svar siden til at vise nye tal.',
  changeMissing: {
    'no-previous-round': 'ingen tidligere måling',
    'not-shown': 'kan ikke vises',
    'definition-changed': 'spørgsmålene er ændret',
    'too-few': 'for få svar',
  },
  kinds: { municipality: 'kommune', area: 'område', institution: 'institution', group: 'klasse/gruppe' },
  detailLink: (indicator) => `${indicator}: udvikling og fordeling`,
  chartLabel: (indicator, unit) =>
    `${indicator} for ${unit} over målingerne, med 95 %-intervaller; tabellen under har tallene.`,
  hiddenShort: 'skjult',
  comparisonKinds: {
    parent: 'overordnet enhed',
    municipality: 'hele kommunen',
    network: 'læringsnetværk',
    benchmark: 'sammenlignelige kommuner, gennemsnit',
  },
  meanOf: (m) => `gennemsnit af ${m} kommuner`,
  networkHidden: (m) =>
    `Skjult: netværket vises med mindst 3 kommuner og nok svar ud over jeres egne (${m} med data)`,
  intervalLegend: 'Lodret streg: 95 %-interval',
  significantLegend: 'Sikker ændring siden forrige måling',
  overRounds: 'Målinger',
  breakdownsIn: (round) => `Fordeling i ${round}`,
  group: 'Gruppe',
  backToUnit: (unit) => `Alle indikatorer for ${unit}`,
  download: 'Hent tabellen',
  downloadGoals: 'Hent målstatus for alle dine enheder',
  allGoals: 'Vis alle mål',
  manyChanges: MANY_CHANGES_WORDS.da,
  acrossYourUnits: 'Udvikling i alle de enheder, du kan se',
  sickLeave: sickLeaveDa,
  admin: adminDa,
  orgAdmin: organisationDa,
};
