import { cellGroupId, parseGroupId } from '../group-id';
import type { TableLayer, TableRelation } from './table-layer';

/**
 * The sums a reader knows in one release: each group of a unit is its children's same group added
 * up (not for breakdowns shown only for the municipality, whose groups below are never
 * published), a unit's total is the groups of each of its breakdowns, and a goal's value is the
 * groups its filter names (the total without a filter).
 */
export function layerRelations(
  units: { id: string; parentId: string | null }[],
  layer: TableLayer,
  treeSums: (breakdownKey: string) => boolean,
): TableRelation[] {
  const children = new Map<string, string[]>();
  for (const unit of units)
    if (unit.parentId !== null)
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  const relations: TableRelation[] = [];
  const groupsOfUnit = new Map<string, Map<string, string[]>>();
  for (const id of layer.cells.keys()) {
    const group = parseGroupId(id);
    if (group.kind !== 'cell') continue;
    const { unitId, breakdownKey, breakdownValue } = group;
    const kids = children.get(unitId) ?? [];
    if (kids.length > 0 && treeSums(breakdownKey)) {
      const parts = kids
        .map((kid) => cellGroupId(kid, breakdownKey, breakdownValue))
        .filter((part) => layer.cells.has(part));
      relations.push({ total: id, parts, breakdownKey });
    }
    if (breakdownKey === '') continue;
    const byKey = groupsOfUnit.get(unitId) ?? new Map<string, string[]>();
    groupsOfUnit.set(unitId, byKey.set(breakdownKey, [...(byKey.get(breakdownKey) ?? []), id]));
  }
  for (const [unitId, byKey] of groupsOfUnit) {
    const total = cellGroupId(unitId, '', '');
    if (!layer.cells.has(total)) continue;
    for (const [breakdownKey, parts] of byKey) relations.push({ total, parts, breakdownKey });
  }
  for (const [id, goal] of layer.goals) {
    const { unitId } = parseGroupId(id) as { unitId: string };
    const parts = goal.filter
      ? [...new Set(goal.filter.values)].map((v) => cellGroupId(unitId, goal.filter!.breakdownKey, v))
      : [cellGroupId(unitId, '', '')];
    relations.push({
      total: id,
      parts: parts.filter((part) => layer.cells.has(part)),
      breakdownKey: goal.filter?.breakdownKey ?? '',
      goalIndicator: goal.indicatorKey,
    });
  }
  return relations;
}
