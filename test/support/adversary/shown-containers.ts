import { toSumScale } from './instrument-knowledge';
import type { PublishedCell } from './observation-rows';

/** What decides whether one published group lies inside another. */
export interface Containment {
  cells: PublishedCell[];
  parentOf: Map<string, string | null>;
  /** A unit total's breakdown group, where the unit lists just one (a class: its grade). */
  soleGroup: (moment: number, roundId: string, unitId: string) => string[];
}

/**
 * The product's promise allows what a larger shown group says of everyone in it: a hidden class
 * of 3 inside a school's grade shown as 23 of 23 not bullied is "all of them" because the shown
 * group said so. True when a shown cell of the same indicator, at the unit or above it, pools
 * every group this cell pools and its own numbers say `answer` of everyone.
 */
export function saidByShownGroup(
  cell: PublishedCell,
  answer: 'all' | 'none' | 'top' | 'bottom',
  { cells, parentOf, soleGroup }: Containment,
): boolean {
  const ancestors = new Set<string>();
  for (let u: string | null | undefined = cell.unitId; u; u = parentOf.get(u)) ancestors.add(u);
  const own = cell.groups.flatMap((g) =>
    g === '' ? ['', ...soleGroup(cell.moment, cell.roundId, cell.unitId)] : [g],
  );
  return cells.some((other) => {
    const v = other.view;
    if (v.state !== 'shown' || other.moment !== cell.moment || other.roundId !== cell.roundId) return false;
    if (other.facts.amount !== cell.facts.amount || !ancestors.has(other.unitId)) return false;
    const covers =
      other.groups.includes('') ||
      cell.groups.every((g) => other.groups.includes(g)) ||
      own.some((g) => g !== '' && other.groups.includes(g) && cell.groups.length === 1);
    if (!covers) return false;
    const mean = other.facts.kind === 'mean' ? toSumScale(other.facts, v.value) : v.value;
    const tolerance = v.tolerance + 1e-9;
    if (answer === 'all') return v.value >= 1 - tolerance;
    if (answer === 'none') return v.value <= tolerance;
    if (answer === 'top') return mean >= other.facts.scale.max - tolerance;
    return mean <= other.facts.scale.min + tolerance;
  });
}
