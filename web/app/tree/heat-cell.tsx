import type { GoalCell, GoalValue, OverviewGoal, ValueUnit } from '../api/api-types';
import { ChangeMark } from '../components/change-mark';
import { StatusBadge } from '../components/status-badge';
import { formatValueIn, intervalText } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { appMessages } from '../../../core/messages/app-messages';
import { measuredGoalMessages } from '../../../core/messages/measured-goal-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages, ...measuredGoalMessages };

type MeasuredOn = OverviewGoal['measuredOn'];

/** One goal at one unit: status in words on its colour, the value with interval and n when shown. */
export function HeatCell({
  cell,
  unit,
  measuredOn,
}: {
  cell: GoalCell;
  unit: ValueUnit;
  measuredOn: MeasuredOn;
}) {
  const t = useMessages(messages);
  if (cell.status === 'out-of-scope')
    return (
      <td class="heat out-of-scope">
        <span class="meta">{t('app.notCovered')}</span>
      </td>
    );
  if (cell.status === 'hidden')
    return (
      <td class="heat hidden">
        <StatusBadge status="hidden" />
        <span class="why">
          {measuredOn === 'sick-leave'
            ? t('sickLeave.hidden', { min: cell.minGroupSize })
            : measuredOn === 'measured'
              ? t('measuredGoal.hidden', { min: cell.minGroupSize })
              : t('app.hiddenWhy', { min: cell.minGroupSize })}
        </span>
      </td>
    );
  const shown = cell.status === 'no-data' ? cell.measured : cell;
  // A trend goal's change, judged with all the reader's (holdsAtFdr set): holds, or may be chance.
  const change = cell.change?.comparable ? cell.change : null;
  return (
    <td class={`heat ${cell.status}`}>
      <StatusBadge status={cell.status} />
      {change && <ChangeMark change={change} />}
      {shown && <Measured value={shown} unit={unit} measuredOn={measuredOn} />}
    </td>
  );
}

/**
 * Sick leave counts every employee: no interval, and n is the employees. A measured indicator's
 * register figure has no interval either, and n is the persons behind it.
 */
function Measured({
  value,
  unit,
  measuredOn,
}: {
  value: GoalValue;
  unit: ValueUnit;
  measuredOn: MeasuredOn;
}) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  const { ciLow, ciHigh } = value;
  return (
    <span class="measured">
      <span class="value">{formatValueIn(value.value, unit, locale)}</span>
      {ciLow !== null && ciHigh !== null ? (
        <>
          <span class="ci">({intervalText({ ciLow, ciHigh }, unit, locale)})</span>
          <span class="n">n = {value.n}</span>
        </>
      ) : measuredOn === 'measured' ? (
        <span class="n">n = {value.n}</span>
      ) : (
        <span class="n">{t('sickLeave.employees', { count: value.n })}</span>
      )}
    </span>
  );
}
