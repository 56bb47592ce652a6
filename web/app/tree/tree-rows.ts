import { BASE } from '../routing/router';
import type { OverviewRow } from '../api/api-types';

/*
 * GET /api/goals lists the user's scope in tree order (each unit followed by its subtree, with its
 * depth), so ancestors and descendants are found by walking that list; no second request is needed.
 */

/** The unit and its ancestors up to the top of the user's scope, top first. */
export function pathTo(rows: OverviewRow[], unitId: string): OverviewRow[] {
  const index = rows.findIndex((r) => r.unitId === unitId);
  if (index < 0) return [];
  const path = [rows[index]!];
  for (let i = index - 1; i >= 0 && path[0]!.depth > 0; i--) {
    if (rows[i]!.depth === path[0]!.depth - 1) path.unshift(rows[i]!);
  }
  return path;
}

/** The unit followed by its descendants at most `levels` below it, in tree order. */
export function subtreeRows(rows: OverviewRow[], unitId: string, levels: number): OverviewRow[] {
  const index = rows.findIndex((r) => r.unitId === unitId);
  if (index < 0) return [];
  const top = rows[index]!;
  const shown = [top];
  for (const row of rows.slice(index + 1)) {
    if (row.depth <= top.depth) break;
    if (row.depth - top.depth <= levels) shown.push(row);
  }
  return shown;
}

/** A unit's address in the tree, keeping the goal the reader follows down the organisation. */
export const unitHref = (unitId: string, goalId: string | null) =>
  `${BASE}/units/${unitId}${goalId ? `?goal=${encodeURIComponent(goalId)}` : ''}`;
