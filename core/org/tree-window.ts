import type { TreeRow } from './org-tree';

/** Which part of a tree (in orderTree's order) a screen asks for. */
export interface TreeWindowAsk {
  /** The unit whose subtree is shown; the top of the tree when absent. */
  unitId?: string;
  /** How many levels below that unit; the whole subtree when absent. */
  levels?: number;
  /** Rows skipped and rows sent, for a subtree longer than one page. */
  offset: number;
  limit: number;
}

export interface TreeWindow {
  /** From the top of the tree down to the asked unit, both included: a screen's breadcrumbs. */
  path: TreeRow[];
  rows: TreeRow[];
  /** Rows in the asked subtree in all, and the offset of the next page (null on the last). */
  total: number;
  next: number | null;
}

/**
 * One page of a unit's subtree down so many levels, with the path to it: what one screen shows, so
 * that a municipality of 1,600 units is not sent whole to show a few dozen rows. Null when the
 * unit is not in the tree (out of the reader's scope, or no unit at all).
 */
export function treeWindow(tree: TreeRow[], ask: TreeWindowAsk): TreeWindow | null {
  const index = ask.unitId === undefined ? 0 : tree.findIndex((r) => r.unit.id === ask.unitId);
  const top = tree[index];
  if (!top) return null;
  const path = [top];
  for (let i = index - 1; i >= 0 && path[0]!.depth > 0; i--)
    if (tree[i]!.depth === path[0]!.depth - 1) path.unshift(tree[i]!);
  const subtree = [top];
  for (let i = index + 1; i < tree.length && tree[i]!.depth > top.depth; i++)
    if (ask.levels === undefined || tree[i]!.depth - top.depth <= ask.levels) subtree.push(tree[i]!);
  const end = ask.offset + ask.limit;
  return {
    path,
    rows: subtree.slice(ask.offset, end),
    total: subtree.length,
    next: end < subtree.length ? end : null,
  };
}

/**
 * The first items whose sizes add up to at most `budget`, and always the first item: a page ends
 * early rather than grow past its budget, and a page never comes back empty while items remain.
 */
export function takeWithinBudget<T>(items: T[], sizeOf: (item: T) => number, budget: number): T[] {
  const taken: T[] = [];
  let used = 0;
  for (const item of items) {
    used += sizeOf(item);
    if (taken.length > 0 && used > budget) break;
    taken.push(item);
  }
  return taken;
}
