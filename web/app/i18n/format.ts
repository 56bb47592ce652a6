import { formatIntervalIn } from '../../../core/text/format-interval';
import type { LocalizedText, ShownValue, ValueUnit } from '../api/api-types';
import type { Locale } from './locale';

// The shared wording and number format (core/text), so that the app says exactly what the report says.
export { benchmarkTextIn } from '../../../core/text/benchmark-text';
export { formatChangeIn, formatChangeWithIntervalIn } from '../../../core/text/format-change';
export { formatDateIn } from '../../../core/text/format-date';
export { formatValueIn } from '../../../core/text/format-value';
export { REASON_TEXT } from '../../../core/text/goal-reason-text';
export { ruleTextIn } from '../../../core/text/goal-rule-text';
export { STATUS_TEXT } from '../../../core/text/goal-status-text';
export { REPORT_WORDS } from '../../../core/text/report-words';

/** "80,1 %–90,7 %": the 95 % interval, in the value's own unit. */
export const intervalText = (v: Pick<ShownValue, 'ciLow' | 'ciHigh'>, unit: ValueUnit, locale: Locale) =>
  formatIntervalIn(v.ciLow, v.ciHigh, unit, locale);

/** Goal titles are written once and may lack a translation; the server fills in the given one. */
export const localized = (text: LocalizedText, locale: Locale) => text[locale] || text.da;
