import type { ChangeVerdict } from '../../core/indicators/compare-rounds';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { UnitKind } from '../../core/org/org-unit';
import { exportMessages } from '../../core/messages/export-messages';
import { nestedWords } from '../../core/messages/nested-words';

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

/** The words come from the message catalogue (core/messages/export-messages.ts). */
const wordsIn = (locale: Locale) => nestedWords(exportMessages, 'export.', locale) as unknown as ExportWords;

export const EXPORT_WORDS: Record<Locale, ExportWords> = {
  da: wordsIn('da'),
  nb: wordsIn('nb'),
  en: wordsIn('en'),
};
