import type { BoundSolver } from '../bound-solver';
import type { FamilyModel, FamilyStatistic } from '../family-statistics';
import { AttackerSystem } from './attacker-system';
import { BoundEvaluator } from './bound-evaluator';
import { checkStatistic, type AllowanceOf, type ProtectionFinding } from './check-protection';
import { inherentAllowance } from './inherent-allowance';
import type { ProtectedObject } from './protected-object';
import { relationTies } from './relation-ties';
import type { TableLayer, TableRelation } from './table-layer';

export interface BoundsAuditInput {
  model: FamilyModel;
  /** The round's releases, oldest first; the last is the one being decided. */
  layers: TableLayer[];
  relations: TableRelation[][];
  objects: ProtectedObject[];
  ancestorsOf: (unitId: string) => string[];
  isHidden: (group: string) => boolean;
  /** What hiding these groups of the new release takes (they and the groups that keep them unsolvable). */
  closureOf: (groups: string[]) => string[];
  /** Hides groups of the new release (every cell of the family there). */
  hide: (groups: string[]) => void;
  /** Told of each finding and what was hidden for it (benchmarks and debugging). */
  trace?: (finding: ProtectionFinding, hidden: string[] | null) => void;
  /** The group's respondents: hiding the smallest helpful group costs readers least. */
  sizeOf: (group: string) => number;
  /**
   * What hiding the group costs readers per respondent: a school's or an area's whole figure is
   * what they come for, so hiding it weighs far more than a class or a breakdown group.
   */
  weightOf: (group: string) => number;
}

interface Item {
  object: ProtectedObject;
  stat: FamilyStatistic;
}

/**
 * Hides groups of the new release until no protected group can be pinned by linear programming
 * over everything readers know (check-protection.ts), beyond what larger published groups already
 * say of every member (inherent-allowance.ts). Checks go in order and stop at the first finding:
 * hiding more only widens every reader's interval, so what passed stays passed — except where a
 * larger group of the new release narrowed what was asked, and that group is hidden now. Returns
 * the groups hidden, in order, and the findings no group of the new release can mend (an earlier
 * release gave them away; none where every release passed).
 */
export function auditBounds(
  input: BoundsAuditInput,
  solver: BoundSolver,
): { hidden: string[]; unmended: ProtectionFinding[] } {
  const { model, layers, relations } = input;
  let pending: Item[] = input.objects.flatMap((object) => model.statistics.map((stat) => ({ object, stat })));
  const relaxed: (Item & { by: string[] })[] = [];
  const hidden: string[] = [];
  const unmended: ProtectionFinding[] = [];
  // Points found in one pass are possible in the next (it hides more): its pools start from them.
  let found: Map<string, number>[] = [];
  while (pending.length > 0) {
    const system = new AttackerSystem(model, layers, relations);
    const bounds = new BoundEvaluator(system, solver);
    bounds.carry(found);
    let failed: { at: number; finding: ProtectionFinding } | null = null;
    try {
      for (let at = 0; at < pending.length && failed === null; at++) {
        const item = pending[at]!;
        const by: string[] = [];
        const finding = checkStatistic(
          system,
          bounds,
          item.object,
          item.stat,
          allowanceFor(system, input, item, by),
        );
        if (finding) failed = { at, finding };
        else if (by.length > 0) relaxed.push({ ...item, by });
      }
      if (failed === null) break;
      const move = mendingMove(system, bounds, input, failed.finding, solver);
      input.trace?.(failed.finding, move);
      const rest = pending.slice(failed.at + 1);
      if (move === null) {
        unmended.push(failed.finding);
        pending = rest;
        continue;
      }
      input.hide(move);
      hidden.push(...move);
      const again = relaxed.filter((e) => e.by.some((g) => move.includes(g)));
      relaxed.splice(0, relaxed.length, ...relaxed.filter((e) => !again.includes(e)));
      pending = [pending[failed.at]!, ...rest, ...again];
    } finally {
      found = bounds.foundPoints();
      bounds.dispose();
    }
  }
  return { hidden, unmended };
}

/** The allowance of an item, noting the new release's groups it leans on in `by`. */
function allowanceFor(
  system: AttackerSystem,
  input: BoundsAuditInput,
  item: Item,
  by: string[],
): AllowanceOf {
  return (own) => {
    const allowance = inherentAllowance(system, input.layers, input.ancestorsOf, item.object, item.stat, own);
    by.push(...allowance.dependsOn);
    return allowance;
  };
}

const RINGS = 3;
/** Rings set free before the first try: a class is tied to its school's grade through its own grade. */
const FIRST_RINGS = 2;

/**
 * What to hide for a finding, as few groups as it takes: the shown groups of the new release in a
 * sum with what pinned it are set free (AttackerSystem's freed groups) ring by ring until the
 * finding holds with all of them hidden; then each is held to its number again, the most costly to
 * readers first (weightOf × respondents), and stays shown unless the finding returns without it
 * hidden (a deletion filter). A group can be pinned several ways at once — across its school's
 * sums and through a linked distribution — so what mends it is a set, found here in one go.
 * Hiding more only widens intervals, so the exact audit's guarantees stay.
 */
function mendingMove(
  system: AttackerSystem,
  bounds: BoundEvaluator,
  input: BoundsAuditInput,
  finding: ProtectionFinding,
  solver: BoundSolver,
): string[] | null {
  const current = input.layers.length - 1;
  const stat = input.model.statistics.find((s) => s.key === finding.stat)!;
  const reached = new Set<string>([finding.object.group]);
  for (const component of new Set([...finding.reach].map((v) => bounds.components.find(v))))
    for (const variable of bounds.components.variables(component))
      reached.add(system.origins[variable]!.group);
  const shownHere = (group: string) => {
    const cells = system.cellsOf(current, group, stat);
    return (
      cells !== undefined &&
      [...cells.values()].some((c) => c.shown) &&
      system.truthOf(current, group, stat)!.n > 0
    );
  };
  let freed = new Set<string>();
  for (let ring = 0; ring < RINGS; ring++) {
    const next = neighbours(input.relations[current]!, stat, new Set([...reached, ...freed]));
    freed = new Set(
      [...freed, ...sameGroups(input.relations[current]!, next, input.sizeOf)].filter(shownHere),
    );
    if (ring + 1 < FIRST_RINGS) continue;
    const trial = new AttackerSystem(input.model, input.layers, input.relations, freed);
    const trialBounds = new BoundEvaluator(trial, solver);
    try {
      const fixRows = new Map<string, number[]>();
      trial.rows.forEach((row, index) => {
        if (row.fix === undefined) return;
        fixRows.set(row.fix, [...(fixRows.get(row.fix) ?? []), index]);
        trialBounds.setRowActive(index, false);
      });
      const held = new Set<string>();
      // Sets of groups that can all be held with the finding still mended: what the points behind
      // a check's answers leave at their numbers (holding them keeps every answer the same), and
      // so any part of such a set too — those checks need no program.
      const holdable: Set<string>[] = [];
      // And sets that cannot all be held: those whose rows a failed check's proofs leant on. Any
      // held set that includes one fails the same way (every no stays no, every yes was yes with
      // fewer held) — those checks need no program either.
      const unholdable: Set<string>[] = [];
      const groupOfRow = new Map(
        [...fixRows].flatMap(([group, rows]) => rows.map((row) => [row, group] as const)),
      );
      const holds = () => {
        if (holdable.some((set) => [...held].every((group) => set.has(group)))) return true;
        if (unholdable.some((set) => [...set].every((group) => held.has(group)))) return false;
        trialBounds.startWitnessing();
        const mended =
          checkStatistic(
            trial,
            trialBounds,
            finding.object,
            stat,
            allowanceFor(trial, input, { object: finding.object, stat }, []),
          ) === null;
        const witnesses = trialBounds.stopWitnessing();
        if (mended && witnesses.complete)
          holdable.push(
            new Set(
              [...fixRows].flatMap(([group, rows]) =>
                rows.every((row) => trialBounds.rowHoldsAt(row, witnesses)) ? [group] : [],
              ),
            ),
          );
        if (!mended && witnesses.proved)
          unholdable.push(new Set([...witnesses.proofRows].flatMap((row) => groupOfRow.get(row) ?? [])));
        return mended;
      };
      if (!holds()) continue;
      const costly = [...fixRows.keys()].sort(
        (a, b) =>
          input.weightOf(b) * input.sizeOf(b) - input.weightOf(a) * input.sizeOf(a) || (a < b ? -1 : 1),
      );
      const hide: string[] = [];
      const hold = (groups: string[], holding: boolean) => {
        for (const group of groups) {
          for (const row of fixRows.get(group)!) trialBounds.setRowActive(row, holding);
          if (holding) held.add(group);
          else held.delete(group);
        }
      };
      // Halving: most groups are not needed, so whole halves usually go back to being shown at once.
      const filter = (groups: string[]): void => {
        if (groups.length === 0) return;
        hold(groups, true);
        if (holds()) return;
        hold(groups, false);
        if (groups.length === 1) {
          hide.push(groups[0]!);
          return;
        }
        const half = Math.ceil(groups.length / 2);
        filter(groups.slice(0, half));
        filter(groups.slice(half));
      };
      filter(costly);
      return hide.length > 0 ? hide : null;
    } finally {
      trialBounds.dispose();
    }
  }
  return null;
}

/**
 * The groups with every group tied to one of them by a sum of one part with as many respondents:
 * the same people under another name (a class that is its school's only class of a grade). Set
 * free one without the others and the others give it back.
 */
function sameGroups(
  relations: TableRelation[],
  groups: Iterable<string>,
  sizeOf: (g: string) => number,
): Set<string> {
  const of = new Map<string, TableRelation[]>();
  for (const r of relations)
    if (r.parts.length === 1) for (const g of [r.total, r.parts[0]!]) of.set(g, [...(of.get(g) ?? []), r]);
  const found = new Set(groups);
  const queue = [...found];
  for (let g = queue.pop(); g !== undefined; g = queue.pop())
    for (const r of of.get(g) ?? [])
      for (const other of [r.total, r.parts[0]!])
        if (!found.has(other) && sizeOf(other) === sizeOf(g)) {
          found.add(other);
          queue.push(other);
        }
  return found;
}

/** The groups in a sum of the new release (tying the statistic) with any of these groups. */
function neighbours(
  relations: TableRelation[],
  stat: FamilyStatistic,
  groups: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  for (const relation of relations) {
    if (!relationTies(relation, stat)) continue;
    const terms = [relation.total, ...relation.parts];
    if (terms.some((t) => groups.has(t))) terms.forEach((t) => found.add(t));
  }
  return found;
}
