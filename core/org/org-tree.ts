import { pathIds, type OrgUnit } from './org-unit';

export interface TreeRow {
  unit: OrgUnit;
  depth: number;
}

const byGradeThenName = (a: OrgUnit, b: OrgUnit) =>
  (a.grade ?? -1) - (b.grade ?? -1) || a.name.localeCompare(b.name, 'da');

/** Depth-first rows under `root`, children ordered by grade and then name, for an indented tree. */
export function orderTree(root: OrgUnit, units: OrgUnit[]): TreeRow[] {
  const children = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit);
    children.set(unit.parentId, list);
  }
  const rows: TreeRow[] = [];
  const visit = (unit: OrgUnit, depth: number) => {
    rows.push({ unit, depth });
    for (const child of (children.get(unit.id) ?? []).sort(byGradeThenName)) visit(child, depth + 1);
  };
  visit(root, 0);
  return rows;
}

/** How many units are below each unit (its whole subtree, itself not counted), from the paths. */
export function countUnitsBelow(units: Pick<OrgUnit, 'id' | 'path'>[]): Map<string, number> {
  const counts = new Map<string, number>(units.map((u) => [u.id, 0]));
  for (const unit of units)
    for (const ancestorId of pathIds(unit.path).slice(0, -1))
      counts.set(ancestorId, (counts.get(ancestorId) ?? 0) + 1);
  return counts;
}
