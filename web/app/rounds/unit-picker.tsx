import { useEffect } from 'preact/hooks';
import { useJson } from '../api/use-json';
import type { RoundUnitChoices } from './round-types';
import { unitLabel } from './unit-label';

/**
 * The round's units to send links to, grouped by their parent (a school's classes under the
 * school's name), read once from /api/rounds/:id/units: the rate table shows one page, a picker
 * needs them all. Chooses the first unit when none is chosen yet.
 */
export function UnitPicker({
  id,
  roundId,
  value,
  onChange,
}: {
  id: string;
  roundId: string;
  value: string;
  onChange: (unitId: string, label: string) => void;
}) {
  const loaded = useJson<RoundUnitChoices>(`/api/rounds/${encodeURIComponent(roundId)}/units`);
  const groups = loaded.state === 'ready' ? loaded.data.groups : [];
  const first = groups[0]?.units[0];
  useEffect(() => {
    if (value === '' && first) onChange(first.unitId, labelOf(groups[0]!.parentName, first.unitName));
  }, [value, first, groups, onChange]);
  const choose = (unitId: string) => {
    for (const group of groups)
      for (const unit of group.units)
        if (unit.unitId === unitId) return onChange(unitId, labelOf(group.parentName, unit.unitName));
  };
  return (
    <select
      id={id}
      value={value}
      aria-busy={loaded.state === 'loading'}
      onChange={(e) => choose(e.currentTarget.value)}
    >
      {groups.map((group) =>
        group.parentName ? (
          <optgroup key={group.parentId ?? ''} label={group.parentName}>
            {group.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {labelOf(group.parentName, u.unitName)}
              </option>
            ))}
          </optgroup>
        ) : (
          group.units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.unitName}
            </option>
          ))
        ),
      )}
    </select>
  );
}

const labelOf = (parentName: string | null, unitName: string) => unitLabel({ parentName, unitName });
