import type { ReportGoal, ReportPoint, ValueUnit } from '../api/api-types';
import {
  benchmarkTextIn,
  formatChangeWithIntervalIn,
  formatDateIn,
  formatValueIn,
  intervalText,
  REASON_TEXT,
  REPORT_WORDS,
} from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { ChangeMark } from '../components/change-mark';

/**
 * This year's measurement; a hidden one says why and shows no number, a missing one says so.
 * Sick leave counts every employee: no interval, and n is the employees.
 */
export function GoalResult({
  point,
  unit,
  measuredOn,
  awaiting,
  outsideReadScope,
}: {
  point: ReportPoint | null;
  unit: ValueUnit;
  measuredOn: ReportGoal['measuredOn'];
  /** This year's answers are not published yet: say when they will be. */
  awaiting?: ReportGoal['awaitingRelease'];
  /** The goal's scope is outside the user's part of the organisation: no results (ADR 0013). */
  outsideReadScope?: boolean;
}) {
  const { locale, words } = useLocale();
  const sickLeave = measuredOn === 'sick-leave';
  const awaitingLine = awaiting && (
    <p class="result awaiting">
      {REPORT_WORDS[locale].awaitingRelease(formatDateIn(awaiting.closesOn, locale))}
    </p>
  );
  if (outsideReadScope) return <p class="result none">{REPORT_WORDS[locale].outsideReadScope}</p>;
  if (!point) return awaitingLine || <p class="result none">{words.noResult}</p>;
  if (point.status === 'hidden')
    return (
      <>
        <p class="result hidden">{sickLeave ? words.sickLeave.goalHidden : words.hiddenTooFew}</p>
        {awaitingLine}
      </>
    );
  const { ciLow, ciHigh } = point;
  return (
    <div class="result">
      {point.value !== undefined && point.n !== undefined && (
        <>
          <p class="big">{formatValueIn(point.value, unit, locale)}</p>
          <p class="spread">
            {ciLow == null || ciHigh == null
              ? `${words.sickLeave.employees(point.n)} · ${words.interval}: ${words.sickLeave.noInterval}`
              : `${words.interval}: ${intervalText({ ciLow, ciHigh }, unit, locale)} · n = ${point.n}`}
          </p>
        </>
      )}
      {point.change && (
        <p class="change-line">
          {sickLeave ? words.sickLeave.goalChange : words.change}:{' '}
          {formatChangeWithIntervalIn(point.change, unit, locale)}{' '}
          <span class={`verdict ${point.change.verdict}`}>
            {words.verdicts[point.change.verdict as keyof typeof words.verdicts] ?? point.change.verdict}
          </span>{' '}
          <ChangeMark change={point.change} />
        </p>
      )}
      {point.benchmarks?.map((used) => (
        <p class="benchmark" key={`${used.comparisonGroup}-${used.year}`}>
          {benchmarkTextIn(used, unit, locale)}
        </p>
      ))}
      {point.reasons.map((reason) => (
        <p class="reason" key={reason}>
          {REASON_TEXT[locale][reason]}
        </p>
      ))}
      {awaitingLine}
    </div>
  );
}
