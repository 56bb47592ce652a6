import type { LocalizedText } from '../indicators/indicator-definition';
import type { FigurePeriod } from './figures-periods';
import { quarterNumberOf, yearOf, type MonthIndex } from './month-index';

const MONTHS: Record<keyof LocalizedText, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  nb: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const month = (locale: keyof LocalizedText, m: MonthIndex) => `${MONTHS[locale][m % 12]} ${yearOf(m)}`;
const monthOnly = (locale: keyof LocalizedText, m: MonthIndex) => MONTHS[locale][m % 12]!;

const each = (text: (locale: keyof LocalizedText) => string): LocalizedText => ({
  da: text('da'),
  nb: text('nb'),
  en: text('en'),
});

/**
 * A period as a goal's history names it in the three languages: "2025", "2026 (jan.–okt.)" for a
 * year so far, "3. kvt. 2025", "12 mdr. til okt. 2026". Reports and dashboards show it where a
 * survey goal shows its round's title.
 */
export function periodTitle(period: FigurePeriod): LocalizedText {
  const { first, last } = period;
  if (period.granularity === 'month') return each((l) => month(l, first));
  if (period.granularity === 'quarter') {
    const q = quarterNumberOf(first);
    const so = soFar(period);
    return {
      da: `${q}. kvt. ${yearOf(first)}${so.da}`,
      nb: `${q}. kv. ${yearOf(first)}${so.nb}`,
      en: `Q${q} ${yearOf(first)}${so.en}`,
    };
  }
  if (period.granularity === 'year') {
    const so = soFar(period);
    return each((l) => `${yearOf(first)}${so[l]}`);
  }
  return {
    da: `12 mdr. til ${month('da', last)}`,
    nb: `12 mnd. til ${month('nb', last)}`,
    en: `12 months to ${month('en', last)}`,
  };
}

/** " (jan.–okt.)" when the period is cut at the data's last month. */
function soFar(period: FigurePeriod): LocalizedText {
  const full = period.granularity === 'year' ? 11 : 2;
  if (period.last - period.first >= full) return { da: '', nb: '', en: '' };
  return each((l) => ` (${monthOnly(l, period.first)}–${monthOnly(l, period.last)})`);
}
