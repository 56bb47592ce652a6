import type { OrgUnit } from './org-unit';

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
