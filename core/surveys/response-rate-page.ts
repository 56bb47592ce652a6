/**
 * One screen of a round's response rates. A national round links 1,500 classes; the coordinator's
 * screen shows a few dozen rows at a time, so the server sends those (issue 22: no view over 300 KB)
 * and says how many match. Filters are what a coordinator asks before a reminder goes out: one
 * school's classes, a name, only the units with more answers than people, the lowest rates first.
 */
export interface RatedUnit {
  unitId: string;
  unitName: string;
  parentId: string | null;
  parentName: string | null;
  answers: number;
  rate: number | null;
  overPopulation: unknown;
}

export type RateOrder = 'name' | 'rate' | 'answers';

export interface RatePageQuery {
  offset: number;
  limit: number;
  /** Only the linked units directly under this unit (a school's classes, an area's schools). */
  parentId?: string;
  /** Part of the unit's or its parent's name, any case. */
  search?: string;
  /** Only units with more answers than people. */
  flagged: boolean;
  /** name: as given (by parent, then name); rate / answers: lowest first, units without a rate last. */
  order: RateOrder;
}

export interface RatePage<T> {
  units: T[];
  /** Units matching the filters (all pages), and where this page starts. */
  page: { offset: number; limit: number; matching: number };
  /** Units with more answers than people in the whole scope, whatever the filters. */
  flagged: number;
  /** The parents linked units hang under, for the filter: name and how many units each. */
  parents: { unitId: string; name: string; units: number }[];
}

export const RATE_PAGE_DEFAULT = 50;
export const RATE_PAGE_LIMIT = 200;

export function rateResponsePage<T extends RatedUnit>(
  units: readonly T[],
  query: RatePageQuery,
): RatePage<T> {
  const needle = query.search?.trim().toLocaleLowerCase() ?? '';
  const matching = units.filter(
    (u) =>
      (query.parentId === undefined || u.parentId === query.parentId) &&
      (!query.flagged || u.overPopulation !== null) &&
      (needle === '' || nameOf(u).toLocaleLowerCase().includes(needle)),
  );
  const ordered = query.order === 'name' ? matching : [...matching].sort(byLowest(query.order));
  return {
    units: ordered.slice(query.offset, query.offset + query.limit),
    page: { offset: query.offset, limit: query.limit, matching: matching.length },
    flagged: units.filter((u) => u.overPopulation !== null).length,
    parents: parentsOf(units),
  };
}

const nameOf = (u: RatedUnit) => (u.parentName ? `${u.parentName} ${u.unitName}` : u.unitName);

/** Lowest first, so the units a reminder should go to come at the top; ties keep the given order. */
function byLowest(order: 'rate' | 'answers') {
  return (a: RatedUnit, b: RatedUnit): number => {
    if (order === 'answers') return a.answers - b.answers;
    if (a.rate === null || b.rate === null) return (a.rate === null ? 1 : 0) - (b.rate === null ? 1 : 0);
    return a.rate - b.rate;
  };
}

function parentsOf(units: readonly RatedUnit[]): RatePage<RatedUnit>['parents'] {
  const parents = new Map<string, { unitId: string; name: string; units: number }>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const seen = parents.get(u.parentId);
    if (seen) seen.units += 1;
    else parents.set(u.parentId, { unitId: u.parentId, name: u.parentName ?? '', units: 1 });
  }
  return [...parents.values()];
}
