import type { Locale } from '../../core/indicators/indicator-definition';
import type { Granularity } from '../../core/sick-leave/figures-periods';
import { formatMessage } from '../../core/messages/message-catalogue';
import { sickLeaveExportMessages } from '../../core/messages/export-messages';
import { nestedWords } from '../../core/messages/nested-words';

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

/** The words come from the message catalogue (core/messages/export-messages.ts). */
function wordsIn(locale: Locale): SickLeaveExportWords {
  const { 'sickLeaveExport.hidden': hidden, ...plain } = sickLeaveExportMessages;
  const words = nestedWords(plain, 'sickLeaveExport.', locale) as unknown as SickLeaveExportWords;
  return {
    ...words,
    hidden: (min) => formatMessage(locale, hidden, { min }),
  };
}

export const SICK_LEAVE_EXPORT_WORDS: Record<Locale, SickLeaveExportWords> = {
  da: wordsIn('da'),
  nb: wordsIn('nb'),
  en: wordsIn('en'),
};
