import type { FamilyStatistic } from '../family-statistics';
import type { AttackerSystem } from './attacker-system';
import { containingGroups } from './containing-groups';
import type { ProtectedObject } from './protected-object';
import type { TableLayer } from './table-layer';

/**
 * How narrow a reader's interval for a protected group may be because a larger group that is
 * published already says as much of every member: a school's grade 6 shown as 23 of 23 not
 * bullied says it of each grade-6 pupil, and the six pupils who answered between two releases
 * (the difference of a class shown in both) bound each of them as any six pupils' published mean
 * does. The audit protects what the group's own numbers would add, never less than that: per
 * part, the width the tightest container leaves (capped at one respondent), and for a sum the same
 * capped at the scale's range; `dependsOn` lists containers of the new release (hiding one of
 * them later changes the allowance).
 */
export interface Allowance {
  /** Per part: the width a reader's interval must keep (0: the containers pin it already). */
  parts: number[];
  /** Per part: may the whole group be pinned to this answer (a container says so of all its members)? */
  allAlike: boolean[];
  sum: number;
  /** May a mean's whole group sit at the top / bottom of the scale (a container says so)? */
  atTop: boolean;
  atBottom: boolean;
  dependsOn: string[];
}

interface Truth {
  n: number;
  parts: number[];
  sum: number;
}

export function inherentAllowance(
  system: AttackerSystem,
  layers: TableLayer[],
  ancestorsOf: (unitId: string) => string[],
  object: ProtectedObject,
  stat: FamilyStatistic,
  own: Truth,
): Allowance {
  const range = stat.kind === 'sum' ? stat.hi - stat.lo : 1;
  const allowance: Allowance = {
    parts: own.parts.map(() => 1),
    allAlike: own.parts.map(() => false),
    sum: range,
    atTop: false,
    atBottom: false,
    dependsOn: [],
  };
  const current = layers.length - 1;
  for (const { truth, layer, id } of containers(system, layers, ancestorsOf, object, stat)) {
    if (truth.n <= own.n) continue; // the group itself, or as many: nothing larger said it
    const others = truth.n - own.n;
    let narrowed = false;
    own.parts.forEach((_, i) => {
      // The group's count of this answer lies in [x_C − others, x_C] ∩ [0, n].
      const low = Math.max(0, truth.parts[i]! - others);
      const high = Math.min(own.n, truth.parts[i]!);
      if (high - low < allowance.parts[i]!) [allowance.parts[i], narrowed] = [high - low, true];
      if (low >= own.n) [allowance.allAlike[i], narrowed] = [true, true];
    });
    if (stat.kind === 'sum') {
      const low = Math.max(stat.lo * own.n, truth.sum - stat.hi * others);
      const high = Math.min(stat.hi * own.n, truth.sum - stat.lo * others);
      if (high - low < allowance.sum) [allowance.sum, narrowed] = [Math.max(0, high - low), true];
      if (low >= stat.hi * own.n - 1e-9) [allowance.atTop, narrowed] = [true, true];
      if (high <= stat.lo * own.n + 1e-9) [allowance.atBottom, narrowed] = [true, true];
    }
    if (narrowed && layer === current) allowance.dependsOn.push(id);
  }
  return allowance;
}

/**
 * The published groups that hold all of the protected group's respondents, with what readers know
 * of them: groups around it shown in its release or a later one (groups only gain respondents),
 * and for respondents who arrived between two releases, the difference of a group shown in both
 * an earlier and a later release.
 */
function* containers(
  system: AttackerSystem,
  layers: TableLayer[],
  ancestorsOf: (unitId: string) => string[],
  object: ProtectedObject,
  stat: FamilyStatistic,
): Generator<{ truth: Truth; layer: number; id: string }> {
  const shown = (layer: number, id: string) => {
    const cells = system.cellsOf(layer, id, stat);
    return cells !== undefined && [...cells.values()].some((c) => c.shown);
  };
  for (let at = object.layer; at < layers.length; at++) {
    const around = [
      { id: object.group } as { id: string; sameAs?: string },
      ...containingGroups(object.group, layers[at]!, ancestorsOf),
    ];
    for (const { id, sameAs } of around) {
      if (!shown(at, id)) continue;
      if (
        sameAs !== undefined &&
        system.truthOf(at, sameAs, stat)?.n !== system.truthOf(at, object.group, stat)?.n
      )
        continue;
      const later = system.truthOf(at, id, stat)!;
      if (id !== object.group || at > object.layer || object.since !== undefined)
        yield { truth: later, layer: at, id };
      if (object.since === undefined) continue;
      for (let before = 0; before <= object.since; before++) {
        if (!shown(before, id)) continue;
        const earlier = system.truthOf(before, id, stat)!;
        yield { truth: minus(later, earlier), layer: at, id };
      }
    }
  }
}

function minus(a: Truth, b: Truth): Truth {
  return { n: a.n - b.n, parts: a.parts.map((x, i) => x - (b.parts[i] ?? 0)), sum: a.sum - b.sum };
}
