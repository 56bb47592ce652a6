import type { ReportPoint, ShownValue, ValueUnit } from '../api/api-types';
import { formatChangeWithIntervalIn, formatValueIn, intervalText, REASON_TEXT } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** A point with a value has its interval too (report points carry numbers all or none). */
type ShownPoint = ReportPoint & Pick<ShownValue, 'ciLow' | 'ciHigh'>;

/** This year's measurement; a hidden one says why and shows no number, a missing one says so. */
export function GoalResult({ point, unit }: { point: ReportPoint | null; unit: ValueUnit }) {
  const { locale, words } = useLocale();
  if (!point) return <p class="result none">{words.noResult}</p>;
  if (point.status === 'hidden') return <p class="result hidden">{words.hiddenTooFew}</p>;
  return (
    <div class="result">
      {point.value !== undefined && point.n !== undefined && (
        <>
          <p class="big">{formatValueIn(point.value, unit, locale)}</p>
          <p class="spread">{`${words.interval}: ${intervalText(point as ShownPoint, unit, locale)} · n = ${point.n}`}</p>
        </>
      )}
      {point.change && (
        <p class="change-line">
          {words.change}: {formatChangeWithIntervalIn(point.change, unit, locale)}{' '}
          <span class={`verdict ${point.change.verdict}`}>
            {words.verdicts[point.change.verdict as keyof typeof words.verdicts] ?? point.change.verdict}
          </span>
        </p>
      )}
      {point.reasons.map((reason) => (
        <p class="reason" key={reason}>
          {REASON_TEXT[locale][reason]}
        </p>
      ))}
    </div>
  );
}
