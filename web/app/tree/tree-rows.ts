import { BASE } from '../routing/router';

/** A unit's address in the tree, keeping the goal the reader follows down the organisation. */
export const unitHref = (unitId: string, goalId: string | null) =>
  `${BASE}/units/${unitId}${goalId ? `?goal=${encodeURIComponent(goalId)}` : ''}`;

/** How many levels below the chosen unit the heatmap shows: an area shows institutions and classes. */
export const LEVELS_SHOWN = 2;

/** The goal status of a unit and the levels below it (the top of the user's scope without a unit). */
export function goalStatusUrl(unitId: string | null, offset = 0): string {
  const query = new URLSearchParams({ levels: String(LEVELS_SHOWN) });
  if (unitId) query.set('unit', unitId);
  if (offset > 0) query.set('offset', String(offset));
  return `/api/goals?${query}`;
}
