import type { GoalCell, ShownValue, ValueUnit } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatValueIn, intervalText } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** One goal at one unit: status in words on its colour, the value with interval and n when shown. */
export function HeatCell({ cell, unit }: { cell: GoalCell; unit: ValueUnit }) {
  const { words } = useLocale();
  if (cell.status === 'out-of-scope')
    return (
      <td class="heat out-of-scope">
        <span class="meta">{words.notCovered}</span>
      </td>
    );
  if (cell.status === 'hidden')
    return (
      <td class="heat hidden">
        <StatusBadge status="hidden" />
        <span class="why">{words.hiddenWhy(cell.minGroupSize)}</span>
      </td>
    );
  const shown = cell.status === 'no-data' ? cell.measured : cell;
  return (
    <td class={`heat ${cell.status}`}>
      <StatusBadge status={cell.status} />
      {shown && <Measured value={shown} unit={unit} />}
    </td>
  );
}

function Measured({ value, unit }: { value: ShownValue; unit: ValueUnit }) {
  const { locale } = useLocale();
  return (
    <span class="measured">
      <span class="value">{formatValueIn(value.value, unit, locale)}</span>
      <span class="ci">({intervalText(value, unit, locale)})</span>
      <span class="n">n = {value.n}</span>
    </span>
  );
}
