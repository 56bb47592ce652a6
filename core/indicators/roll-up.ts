import { StatsTable } from './indicator-stats';

export interface TreeNode {
  id: string;
  parentId: string | null;
  /** The people the unit's surveys address (e.g. pupils in a class), when known. */
  population: number | null;
}

/**
 * A unit's known population: its own when recorded, otherwise the sum of its children's when it has
 * children and every one of them is known. Anything less would overstate the share that answered.
 */
export function populationsOf(nodes: TreeNode[]): Map<string, number | null> {
  const children = childrenOf(nodes);
  const result = new Map<string, number | null>();
  const resolve = (node: TreeNode): number | null => {
    if (result.has(node.id)) return result.get(node.id)!;
    let population = node.population;
    const kids = children.get(node.id) ?? [];
    if (population === null && kids.length > 0) {
      const known = kids.map(resolve);
      population = known.every((p) => p !== null) ? known.reduce<number>((sum, p) => sum + p!, 0) : null;
    }
    result.set(node.id, population);
    return population;
  };
  nodes.forEach(resolve);
  return result;
}

export interface RollUpInput {
  nodes: TreeNode[];
  /** Units to compute: typically the units with new responses and all their ancestors. */
  affected: Set<string>;
  /** Each affected unit's own responses' statistics (most units above a class have none). */
  direct: Map<string, StatsTable>;
  /** Stored subtree statistics of every child of an affected unit that is not affected itself. */
  stored: Map<string, StatsTable>;
}

/**
 * Subtree statistics of every affected unit: its own responses plus each child's subtree, children
 * first, so an ancestor adds up tables computed in the same pass. A unit without children gets its
 * `direct` table itself (the caller hands those over).
 */
export function rollUp({ nodes, affected, direct, stored }: RollUpInput): Map<string, StatsTable> {
  const children = childrenOf(nodes);
  const depth = depthsOf(nodes);
  const order = [...affected].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0));
  const result = new Map<string, StatsTable>();
  for (const id of order) {
    const own = direct.get(id);
    const kids = children.get(id) ?? [];
    // A class's subtree is its own responses: its table is handed over, not copied (a national
    // full recompute has 30,000 of them).
    if (own && kids.length === 0) {
      result.set(id, own);
      continue;
    }
    const table = new StatsTable();
    if (own) table.addTable(own);
    for (const child of kids) {
      const childTable = affected.has(child.id) ? result.get(child.id) : stored.get(child.id);
      if (childTable) table.addTable(childTable);
    }
    result.set(id, table);
  }
  return result;
}

export interface IncrementalRollUpInput {
  nodes: TreeNode[];
  /** Units with new responses of their own. */
  dirty: Set<string>;
  /** Each dirty unit's own responses' statistics, all of them (not only the new ones). */
  direct: Map<string, StatsTable>;
  /** Stored subtree statistics of every dirty unit, every ancestor of one, and their other children. */
  stored: Map<string, StatsTable>;
}

/**
 * Subtree statistics of the dirty units and their ancestors after new responses, reading as
 * little as possible: a dirty unit is its own responses plus its children's subtrees; an ancestor
 * is what it was plus each changed child's change. Statistics add, so this equals rollUp over the
 * whole tree (up to floating-point rounding in the sums, far below any shown digit).
 */
export function rollUpIncrementally({
  nodes,
  dirty,
  direct,
  stored,
}: IncrementalRollUpInput): Map<string, StatsTable> {
  const children = childrenOf(nodes);
  const depth = depthsOf(nodes);
  const affected = withAncestors(nodes, dirty);
  const order = [...affected].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0));
  const result = new Map<string, StatsTable>();
  for (const id of order) {
    const table = new StatsTable();
    if (dirty.has(id)) {
      const own = direct.get(id);
      if (own) table.addTable(own);
      for (const child of children.get(id) ?? []) {
        const childTable = result.get(child.id) ?? stored.get(child.id);
        if (childTable) table.addTable(childTable);
      }
    } else {
      const before = stored.get(id);
      if (before) table.addTable(before);
      for (const child of children.get(id) ?? []) {
        const after = result.get(child.id);
        if (!after) continue; // unchanged child
        table.addTable(after);
        const childBefore = stored.get(child.id);
        if (childBefore) table.addTable(childBefore, -1);
      }
    }
    result.set(id, table);
  }
  return result;
}

/** The unit ids of `ids` and all their ancestors. */
export function withAncestors(nodes: TreeNode[], ids: Iterable<string>): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Set<string>();
  for (const start of ids) {
    let node = byId.get(start);
    while (node && !result.has(node.id)) {
      result.add(node.id);
      node = node.parentId === null ? undefined : byId.get(node.parentId);
    }
  }
  return result;
}

export function childrenOf<T extends { id: string; parentId: string | null }>(
  nodes: readonly T[],
): Map<string, T[]> {
  const children = new Map<string, T[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId);
    if (list) list.push(node);
    else children.set(node.parentId, [node]);
  }
  return children;
}

function depthsOf(nodes: TreeNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depths = new Map<string, number>();
  const depthOf = (node: TreeNode): number => {
    const known = depths.get(node.id);
    if (known !== undefined) return known;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    const depth = parent ? depthOf(parent) + 1 : 0;
    depths.set(node.id, depth);
    return depth;
  };
  nodes.forEach(depthOf);
  return depths;
}
