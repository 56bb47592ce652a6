import { formatMessage } from '../../../core/messages/message-catalogue';
import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { formatDateIn } from '../../../core/text/format-date';
import { formatIntervalIn } from '../../../core/text/format-interval';
import type { LocalizedText, ShownValue, ValueUnit } from '../api/api-types';
import type { Locale } from './locale';

// The shared wording and number format (core/text), so that the app says exactly what the report says.
export { benchmarkTextIn } from '../../../core/text/benchmark-text';
export { formatChangeIn, formatChangeWithIntervalIn } from '../../../core/text/format-change';
export { formatDateIn } from '../../../core/text/format-date';
export { formatValueIn } from '../../../core/text/format-value';
export { gradesTextIn } from '../../../core/text/grades-text';
export { reasonTextIn } from '../../../core/text/goal-reason-text';
export { ruleTextIn } from '../../../core/text/goal-rule-text';
export { statusTextIn } from '../../../core/text/goal-status-text';
export { HOW_TO_READ } from '../../../core/text/how-to-read';

/** "80,1 %–90,7 %": the 95 % interval, in the value's own unit. */
export const intervalText = (v: Pick<ShownValue, 'ciLow' | 'ciHigh'>, unit: ValueUnit, locale: Locale) =>
  formatIntervalIn(v.ciLow, v.ciHigh, unit, locale);

/** "Resultaterne offentliggøres, når målingen lukker …": a round whose answers are not released yet. */
export const awaitingReleaseText = (closesOn: string, locale: Locale) =>
  formatMessage(locale, reportDocumentMessages['reportDocument.awaitingRelease'], {
    date: formatDateIn(closesOn, locale),
  });

/** Goal titles are written once and may lack a translation; the server fills in the given one. */
export const localized = (text: LocalizedText, locale: Locale) => text[locale] || text.da;
