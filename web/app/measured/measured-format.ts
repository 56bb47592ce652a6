import { measuredMessages } from '../../../core/messages/measured-messages';
import { formatMessage } from '../../../core/messages/message-catalogue';
import type { MeasuredText } from '../../../core/measured/measured-definition';
import { formatDecimalIn } from '../../../core/text/format-value';
import { LOCALE_TAG } from '../../../core/text/locale-tag';
import type { MeasuredDefinition } from '../api/measured-types';
import { formatChangeIn, formatValueIn } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/** A definition's text in the reader's language, else the first language it was written in. */
export const measuredText = (text: MeasuredText | null | undefined, locale: Locale): string =>
  text ? (text[locale] ?? text.da ?? text.nb ?? text.en ?? '') : '';

/** "1.000" / "1,000": a count or a rate's scale, grouped as the language groups thousands. */
export const countText = (n: number, locale: Locale): string =>
  new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 1 }).format(n);

/**
 * A figure as its kind reads: a share as per cent ("92,4 %"), a rate per its scale of the
 * denominator ("3,1 pr. 1.000 beboerdøgn"), a mean with one decimal, a count as a whole number.
 */
export function measuredValueText(definition: MeasuredDefinition, value: number, locale: Locale): string {
  if (definition.kind === 'share') return formatValueIn(value, 'share', locale);
  if (definition.kind === 'count') return countText(value, locale);
  const number = formatDecimalIn(value, definition.kind === 'rate' ? 2 : 1, locale);
  if (definition.kind === 'mean') return number;
  const per = `${countText(definition.per, locale)} ${measuredText(definition.denominatorLabel, locale).toLowerCase()}`;
  return formatMessage(locale, measuredMessages['measured.value.rate'], { value: number, per: per.trim() });
}

/** The change from last year: percentage points for a share, the figure's own unit otherwise. */
export function measuredChangeText(definition: MeasuredDefinition, change: number, locale: Locale): string {
  if (definition.kind === 'share') return formatChangeIn(change, 'share', locale);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const digits = definition.kind === 'count' ? 0 : definition.kind === 'rate' ? 2 : 1;
  return `${sign}${formatDecimalIn(Math.abs(change), digits, locale)}`;
}

/** "88,2 %–93,1 %": the interval in the figure's own unit. */
export function measuredIntervalText(
  definition: MeasuredDefinition,
  low: number,
  high: number,
  locale: Locale,
): string {
  if (definition.kind === 'share')
    return `${formatValueIn(low, 'share', locale)}–${formatValueIn(high, 'share', locale)}`;
  return `${formatDecimalIn(low, 1, locale)}–${formatDecimalIn(high, 1, locale)}`;
}
