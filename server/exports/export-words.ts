import type { ChangeVerdict } from '../../core/indicators/compare-rounds';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { UnitKind } from '../../core/org/org-unit';

/** The words of the exported tables' headers and text cells, in the three product languages. */
export interface ExportWords {
  /** One text for a small group and for a group hidden to protect one: which is which would leak. */
  hidden: string;
  noData: string;
  notCovered: string;
  /** A goal whose scope is outside the reader's part of the organisation: no results (ADR 0013). */
  outsideReadScope: string;
  notShown: string;
  notComparable: string;
  tooFewToCompare: string;
  total: string;
  unit: string;
  level: string;
  kind: string;
  kinds: Record<UnitKind, string>;
  status: string;
  value: string;
  ciLow: string;
  ciHigh: string;
  n: string;
  measuredIn: string;
  units: Record<'share' | 'score' | 'index', string>;
  round: string;
  indicator: string;
  breakdown: string;
  group: string;
  change: string;
  changeCiLow: string;
  changeCiHigh: string;
  verdict: string;
  verdicts: Record<ChangeVerdict, string>;
  since: string;
  area: string;
  goal: string;
  target: string;
  scope: string;
  deadline: string;
  baseline: string;
  baselineValue: string;
  unitsMeeting: string;
  unitsCounted: string;
  sheets: { goals: string; indicators: string; contract: string };
}

const da: ExportWords = {
  hidden: 'Skjult: for få svar',
  noData: 'Ingen data',
  notCovered: 'Ikke omfattet',
  outsideReadScope: 'Uden for din del af organisationen',
  notShown: 'Vises ikke',
  notComparable: 'Kan ikke sammenlignes',
  tooFewToCompare: 'For få svar til at sammenligne',
  total: 'I alt',
  unit: 'Enhed',
  level: 'Niveau',
  kind: 'Type',
  kinds: { municipality: 'Kommune', area: 'Område', institution: 'Institution', group: 'Gruppe' },
  status: 'Status',
  value: 'Værdi',
  ciLow: 'KI nedre',
  ciHigh: 'KI øvre',
  n: 'n',
  measuredIn: 'Målt i',
  units: { share: 'procent', score: 'score', index: 'indeks' },
  round: 'Måling',
  indicator: 'Indikator',
  breakdown: 'Opdeling',
  group: 'Gruppe',
  change: 'Ændring',
  changeCiLow: 'Ændring KI nedre',
  changeCiHigh: 'Ændring KI øvre',
  verdict: 'Vurdering',
  verdicts: {
    improved: 'forbedret',
    worsened: 'forværret',
    'no-detectable-change': 'ingen påviselig ændring',
    changed: 'ændret',
  },
  since: 'Siden',
  area: 'Område',
  goal: 'Mål',
  target: 'Målsætning',
  scope: 'Gælder for',
  deadline: 'Frist',
  baseline: 'Udgangspunkt',
  baselineValue: 'Udgangspunkt værdi',
  unitsMeeting: 'Enheder der når målet',
  unitsCounted: 'Enheder i alt',
  sheets: { goals: 'Målstatus', indicators: 'Indikatorer', contract: 'Kontrakt' },
};

const nb: ExportWords = {
  ...da,
  outsideReadScope: 'Utenfor din del av organisasjonen',
  tooFewToCompare: 'For få svar til å sammenligne',
  total: 'Totalt',
  level: 'Nivå',
  kinds: { municipality: 'Kommune', area: 'Område', institution: 'Virksomhet', group: 'Gruppe' },
  value: 'Verdi',
  units: { share: 'prosent', score: 'skår', index: 'indeks' },
  breakdown: 'Inndeling',
  change: 'Endring',
  changeCiLow: 'Endring KI nedre',
  changeCiHigh: 'Endring KI øvre',
  verdicts: {
    improved: 'forbedret',
    worsened: 'forverret',
    'no-detectable-change': 'ingen påviselig endring',
    changed: 'endret',
  },
  target: 'Målsetting',
  scope: 'Gjelder for',
  baseline: 'Utgangspunkt',
  baselineValue: 'Utgangspunkt verdi',
  unitsMeeting: 'Enheter som når målet',
  unitsCounted: 'Enheter totalt',
};

const en: ExportWords = {
  hidden: 'Hidden: too few answers',
  noData: 'No data',
  notCovered: 'Not covered',
  outsideReadScope: 'Outside your part of the organisation',
  notShown: 'Not shown',
  notComparable: 'Not comparable',
  tooFewToCompare: 'Too few answers to compare',
  total: 'Total',
  unit: 'Unit',
  level: 'Level',
  kind: 'Kind',
  kinds: { municipality: 'Municipality', area: 'Area', institution: 'Institution', group: 'Group' },
  status: 'Status',
  value: 'Value',
  ciLow: 'CI low',
  ciHigh: 'CI high',
  n: 'n',
  measuredIn: 'Measured in',
  units: { share: 'percent', score: 'score', index: 'index' },
  round: 'Round',
  indicator: 'Indicator',
  breakdown: 'Breakdown',
  group: 'Group',
  change: 'Change',
  changeCiLow: 'Change CI low',
  changeCiHigh: 'Change CI high',
  verdict: 'Verdict',
  verdicts: {
    improved: 'improved',
    worsened: 'worsened',
    'no-detectable-change': 'no detectable change',
    changed: 'changed',
  },
  since: 'Since',
  area: 'Area',
  goal: 'Goal',
  target: 'Target',
  scope: 'Applies to',
  deadline: 'Deadline',
  baseline: 'Baseline',
  baselineValue: 'Baseline value',
  unitsMeeting: 'Units meeting the goal',
  unitsCounted: 'Units counted',
  sheets: { goals: 'Goal status', indicators: 'Indicators', contract: 'Contract' },
};

export const EXPORT_WORDS: Record<Locale, ExportWords> = { da, nb, en };
