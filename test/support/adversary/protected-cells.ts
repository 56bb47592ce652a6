import type { Terms } from './linear-system';
import type { PublishedCell } from './observation-rows';
import { cellKey } from './published-view';
import type { TrueCell } from './truth';

/**
 * A group the product promises to protect: a published cell with 1 … minimum − 1 true
 * respondents, or what a published cell gained between two moments when 1 … minimum − 1
 * respondents arrived in it. Its unknowns are differences for an increment.
 */
export interface ProtectedGroup {
  id: string;
  label: string;
  increment: boolean;
  trueN: number;
  cell: PublishedCell;
  n: Terms;
  amount: Terms;
}

export function trueNOf(cell: PublishedCell, truth: Map<string, TrueCell> | undefined): number {
  return cell.groups.reduce(
    (n, g) => n + (truth?.get(cellKey(cell.roundId, cell.unitId, cell.facts.key, g))?.n ?? 0),
    0,
  );
}

export function protectedGroups(cells: PublishedCell[], truthAt: Map<string, TrueCell>[]): ProtectedGroup[] {
  const found: ProtectedGroup[] = [];
  const seen = new Set<string>();
  const small = (n: number, cell: PublishedCell) => n >= 1 && n < cell.facts.minGroup;
  const byKey = new Map(cells.map((c) => [`${c.moment}|${c.key}`, c]));
  for (const cell of cells) {
    const trueN = trueNOf(cell, truthAt[cell.moment]);
    // One group published under two names (a mean and its index; a goal without filter) is one group.
    const identity = `${cell.moment}|${signature(cell.amount)}`;
    if (small(trueN, cell) && !seen.has(identity)) {
      seen.add(identity);
      found.push({
        id: `m${cell.moment}:${cell.key}`,
        label: `${cell.label} (moment ${cell.moment})`,
        increment: false,
        trueN,
        cell,
        n: cell.n,
        amount: cell.amount,
      });
    }
    const before = byKey.get(`${cell.moment - 1}|${cell.key}`);
    if (!before) continue;
    const gained = trueN - trueNOf(before, truthAt[cell.moment - 1]);
    const change = `${signature(before.amount)}→${signature(cell.amount)}`;
    if (!small(gained, cell) || seen.has(change)) continue;
    seen.add(change);
    found.push({
      id: `m${cell.moment - 1}-${cell.moment}:${cell.key}`,
      label: `${cell.label}: the ${gained} who arrived between moments ${cell.moment - 1} and ${cell.moment}`,
      increment: true,
      trueN: gained,
      cell,
      n: [...cell.n, ...negate(before.n)],
      amount: [...cell.amount, ...negate(before.amount)],
    });
  }
  return found;
}

const negate = (terms: Terms): Terms => terms.map(([c, k]) => [c, -k]);
const signature = (terms: Terms) =>
  [...terms]
    .sort((a, b) => a[0] - b[0])
    .map(([c, k]) => `${c}:${k}`)
    .join(',');
