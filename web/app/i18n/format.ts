import type { LocalizedText, ShownValue, ValueUnit } from '../api/api-types';
import { formatValueIn } from '../../../server/pages/goal-text';
import type { Locale } from './locale';

// The staff pages' and the report's wording, so that the app says exactly what they say.
export {
  benchmarkTextIn,
  formatChangeIn,
  formatChangeWithIntervalIn,
  formatValueIn,
  REASON_TEXT,
  ruleTextIn,
  STATUS_TEXT,
} from '../../../server/pages/goal-text';
export { formatDateIn, REPORT_WORDS } from '../../../server/pages/report-text';

/** "80,1 %–90,7 %": the 95 % interval, in the value's own unit. */
export const intervalText = (v: Pick<ShownValue, 'ciLow' | 'ciHigh'>, unit: ValueUnit, locale: Locale) =>
  `${formatValueIn(v.ciLow, unit, locale)}–${formatValueIn(v.ciHigh, unit, locale)}`;

/** Goal titles are written once and may lack a translation; the server fills in the given one. */
export const localized = (text: LocalizedText, locale: Locale) => text[locale] || text.da;
