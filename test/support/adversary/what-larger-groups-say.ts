import { toSumScale } from './instrument-knowledge';
import type { PublishedCell } from './observation-rows';
import type { ProtectedGroup } from './protected-cells';
import type { Containment } from './shown-containers';

/**
 * The product's promise (README, ADR 0011): a group below the minimum is never pinned down beyond
 * what a larger published group already says of every one of its members. A school's grade 6
 * shown as 23 of 23 not bullied says it of each of its pupils; any six pupils whose sum is
 * published (a class shown at two releases: the difference is the six who arrived between) bound
 * each of them by the others' range. So a finding counts only where the attacker's interval is
 * narrower than the narrowest one a single such group gives on its own (and never narrower than
 * one respondent is asked). Containers are shown cells of the same quantity, at the group's unit
 * or above, pooling every group it pools, at its moment or later (respondents only arrive); for
 * an increment also the difference of one cell shown before and after it.
 */
export interface Allowed {
  k: number;
  rest: number;
  sum: number;
  /** A container says this of everyone: all of them / none / all at the top / at the bottom. */
  all: boolean;
  none: boolean;
  top: boolean;
  bottom: boolean;
}

interface Known {
  n: number;
  /** k for a share, the sum on the instrument's scale for a mean. */
  amount: number;
}

export function whatLargerGroupsSay(
  group: ProtectedGroup,
  { cells, parentOf, soleGroup }: Containment,
): Allowed {
  const { facts } = group.cell;
  const margin = facts.kind === 'mean' ? facts.scale.max - facts.scale.min : 1;
  const allowed: Allowed = { k: 1, rest: 1, sum: margin, all: false, none: false, top: false, bottom: false };
  const n = group.trueN;
  for (const container of containers(group, cells, parentOf, soleGroup)) {
    const others = container.n - n;
    if (others <= 0) continue;
    if (facts.kind === 'share') {
      const [kLow, kHigh] = [Math.max(0, container.amount - others), Math.min(n, container.amount)];
      const restIn = container.n - container.amount;
      const [rLow, rHigh] = [Math.max(0, restIn - others), Math.min(n, restIn)];
      allowed.k = Math.min(allowed.k, kHigh - kLow);
      allowed.rest = Math.min(allowed.rest, rHigh - rLow);
      if (kLow >= n) allowed.all = true;
      if (rLow >= n) allowed.none = true;
    } else {
      const { min, max } = facts.scale;
      const low = Math.max(min * n, container.amount - max * others);
      const high = Math.min(max * n, container.amount - min * others);
      allowed.sum = Math.min(allowed.sum, Math.max(0, high - low));
      if (low >= max * n - 1e-6) allowed.top = true;
      if (high <= min * n + 1e-6) allowed.bottom = true;
    }
  }
  return allowed;
}

/** What readers know of each container of the group: n and amount, shown or as a difference. */
function* containers(
  group: ProtectedGroup,
  cells: PublishedCell[],
  parentOf: Map<string, string | null>,
  soleGroup: Containment['soleGroup'],
): Generator<Known> {
  const target = group.cell;
  const first = target.moment;
  const before = group.increment ? target.moment - 1 : -1;
  const fresh = (c: PublishedCell) =>
    c.view.state === 'shown' &&
    !c.view.stale &&
    c.roundId === target.roundId &&
    c.facts.amount === target.facts.amount;
  const known = (c: PublishedCell): Known => {
    const v = c.view as { n: number; value: number };
    const amount = c.facts.kind === 'mean' ? toSumScale(c.facts, v.value) * v.n : v.value * v.n;
    return { n: v.n, amount };
  };
  for (const later of cells) {
    if (later.moment < first || !fresh(later) || !covers(later, target, parentOf, soleGroup)) continue;
    const now = known(later);
    yield now; // the group itself has as many respondents and is skipped by the caller
    if (!group.increment) continue;
    for (const earlier of cells) {
      if (earlier.key !== later.key || earlier.moment > before || !fresh(earlier)) continue;
      const then = known(earlier);
      yield { n: now.n - then.n, amount: now.amount - then.amount };
    }
  }
}

/** Does `other` (same quantity) pool every respondent of `cell`, at its unit or above? */
function covers(
  other: PublishedCell,
  cell: PublishedCell,
  parentOf: Map<string, string | null>,
  soleGroup: Containment['soleGroup'],
): boolean {
  let above = false;
  for (let u: string | null | undefined = cell.unitId; u; u = parentOf.get(u))
    if (u === other.unitId) above = true;
  if (!above) return false;
  const own = cell.groups.flatMap((g) =>
    g === '' ? ['', ...soleGroup(cell.moment, cell.roundId, cell.unitId)] : [g],
  );
  return (
    other.groups.includes('') ||
    cell.groups.every((g) => other.groups.includes(g)) ||
    own.some((g) => g !== '' && other.groups.includes(g) && cell.groups.length === 1)
  );
}
