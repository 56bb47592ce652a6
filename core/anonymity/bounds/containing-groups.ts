import { cellGroupId, parseGroupId } from '../group-id';
import type { TableLayer } from './table-layer';

/**
 * The published groups of a release that hold every respondent of a group: the same group and the
 * total of each unit above, goals whose filter takes it in, and — for a unit whose respondents all
 * fall in one group of a breakdown (a class is one grade) — that group above, marked with the
 * unit's own group (`sameAs`) that must count as many respondents for it to hold them all.
 */
export function containingGroups(
  group: string,
  layer: TableLayer,
  ancestorsOf: (unitId: string) => string[],
): { id: string; sameAs?: string }[] {
  const parsed = parseGroupId(group);
  const chain = [parsed.unitId, ...ancestorsOf(parsed.unitId)];
  const found: { id: string; sameAs?: string }[] = [];
  const add = (id: string, sameAs?: string) => {
    if (id !== group && (layer.cells.has(id) || layer.goals.has(id))) found.push({ id, sameAs });
  };
  if (parsed.kind === 'goal') {
    const goal = layer.goals.get(group);
    const single = goal?.filter?.values.length === 1 ? goal.filter : null;
    for (const unit of chain) {
      add(cellGroupId(unit, '', ''));
      if (single) add(cellGroupId(unit, single.breakdownKey, single.values[0]!));
    }
    return found;
  }
  const { unitId, breakdownKey, breakdownValue } = parsed;
  for (const unit of chain) {
    add(cellGroupId(unit, breakdownKey, breakdownValue));
    add(cellGroupId(unit, '', ''));
    for (const [id, goal] of indexOf(layer).goalsAt.get(unit) ?? []) {
      if (
        goal.filter === null ||
        (goal.filter.breakdownKey === breakdownKey && goal.filter.values.includes(breakdownValue))
      )
        add(id);
    }
  }
  if (breakdownKey !== '') return found;
  for (const [key, values] of indexOf(layer).groupsAt.get(unitId) ?? []) {
    if (values.length !== 1) continue;
    const own = cellGroupId(unitId, key, values[0]!);
    for (const unit of chain.slice(1)) add(cellGroupId(unit, key, values[0]!), own);
  }
  return found;
}

type Goal = TableLayer['goals'] extends Map<string, infer G> ? G : never;

interface LayerIndex {
  /** Per unit, its goal groups, in the release's order. */
  goalsAt: Map<string, [string, Goal][]>;
  /** Per unit, its breakdown groups by breakdown. */
  groupsAt: Map<string, Map<string, string[]>>;
}

// Asked for every check of every pass: a release's groups are found by unit once (a release's
// groups never change; what they show is not part of this).
const indexes = new WeakMap<TableLayer, LayerIndex>();

function indexOf(layer: TableLayer): LayerIndex {
  let index = indexes.get(layer);
  if (index) return index;
  index = { goalsAt: new Map(), groupsAt: new Map() };
  for (const [id, goal] of layer.goals) {
    const { unitId } = parseGroupId(id);
    const list = index.goalsAt.get(unitId);
    if (list) list.push([id, goal]);
    else index.goalsAt.set(unitId, [[id, goal]]);
  }
  for (const id of layer.cells.keys()) {
    const g = parseGroupId(id);
    if (g.kind !== 'cell' || g.breakdownKey === '') continue;
    let byKey = index.groupsAt.get(g.unitId);
    if (!byKey) index.groupsAt.set(g.unitId, (byKey = new Map()));
    byKey.set(g.breakdownKey, [...(byKey.get(g.breakdownKey) ?? []), g.breakdownValue]);
  }
  indexes.set(layer, index);
  return index;
}
