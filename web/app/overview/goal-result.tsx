import type { ReportGoal, ReportPoint, ValueUnit } from '../api/api-types';
import {
  benchmarkTextIn,
  formatChangeWithIntervalIn,
  formatValueIn,
  intervalText,
  awaitingReleaseText,
  reasonTextIn,
} from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { ChangeMark } from '../components/change-mark';
import { appMessages } from '../../../core/messages/app-messages';
import { measuredGoalMessages } from '../../../core/messages/measured-goal-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { formatMessage, isMessageKey } from '../../../core/messages/message-catalogue';
import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages, ...measuredGoalMessages };

/**
 * This year's measurement; a hidden one says why and shows no number, a missing one says so.
 * Sick leave counts every employee: no interval, and n is the employees; a measured indicator's
 * register figure has no interval either, and n is the persons behind it. Both are compared with
 * the same period last year.
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
  const { locale } = useLocale();
  const t = useMessages(messages);
  const sickLeave = measuredOn === 'sick-leave';
  const measured = measuredOn === 'measured';
  const verdictText = (verdict: string) => {
    const key = `app.verdict.${verdict}`;
    return isMessageKey(messages, key) ? t(key) : verdict;
  };
  const awaitingLine = awaiting && (
    <p class="result awaiting">{awaitingReleaseText(awaiting.closesOn, locale)}</p>
  );
  if (outsideReadScope)
    return (
      <p class="result none">
        {formatMessage(locale, reportDocumentMessages['reportDocument.outsideReadScope'])}
      </p>
    );
  if (!point) return awaitingLine || <p class="result none">{t('app.noResult')}</p>;
  if (point.status === 'hidden')
    return (
      <>
        <p class="result hidden">
          {sickLeave
            ? t('sickLeave.goalHidden')
            : measured
              ? t('measuredGoal.goalHidden')
              : t('app.hiddenTooFew')}
        </p>
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
            {ciLow != null && ciHigh != null
              ? `${t('app.interval')}: ${intervalText({ ciLow, ciHigh }, unit, locale)} · n = ${point.n}`
              : measured
                ? `n = ${point.n} · ${t('app.interval')}: ${t('measuredGoal.noInterval')}`
                : `${t('sickLeave.employees', { count: point.n })} · ${t('app.interval')}: ${t('sickLeave.noInterval')}`}
          </p>
        </>
      )}
      {point.change && (
        <p class="change-line">
          {sickLeave || measured ? t('sickLeave.goalChange') : t('app.change')}:{' '}
          {formatChangeWithIntervalIn(point.change, unit, locale)}{' '}
          <span class={`verdict ${point.change.verdict}`}>{verdictText(point.change.verdict)}</span>{' '}
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
          {reasonTextIn(reason, locale)}
        </p>
      ))}
      {awaitingLine}
    </div>
  );
}
