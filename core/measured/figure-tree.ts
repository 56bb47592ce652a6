import { pathIds } from '../org/org-unit';
import { hiddenFigureUnits } from './hidden-figure-units';

export interface FigureTreeUnit {
  id: string;
  parentId: string | null;
  path: string;
}

/** How one kind of figure keeps its sums; the tree adds them up and decides what is hidden. */
export interface FigureSumsModel<P, S> {
  /** Each unit's own sums in the period; a unit without records there has none. */
  own(period: P): Map<string, S>;
  /** A copy of `part` added into `into` (created when undefined); returns what holds the sum. */
  add(into: S | undefined, part: S): S;
  /** The persons behind the sums, for the minimum. */
  persons(sums: S): number;
  /**
   * The shorter periods whose hidden units are hidden in this one too, since this period minus
   * its shown parts would give a hidden part away; none for the shortest periods.
   */
  parts(period: P): P[];
  /** Equal for equal periods: evaluations are kept by it. */
  keyOf(period: P): string;
}

/** A period's figures over the whole tree: each unit's own sums, its subtree's, and what is hidden. */
export interface FigureTreeAt<S> {
  own: Map<string, S>;
  subtree: Map<string, S>;
  hidden: Set<string>;
}

/**
 * The machinery every figure added up from units' own records runs on (measured indicators, sick
 * leave): a unit's figure is its whole subtree's sums, and it is hidden when too few persons are
 * behind it, to protect another hidden figure, or when it is hidden in any part of the period.
 * Decided over the whole tree, so every view agrees. Evaluations are kept per period.
 */
export function figureTree<P, S>(
  model: FigureSumsModel<P, S>,
  units: FigureTreeUnit[],
  minPersons: number,
): (period: P) => FigureTreeAt<S> {
  const ordered = parentsFirst(units);
  const cache = new Map<string, FigureTreeAt<S>>();
  const evaluate = (period: P): FigureTreeAt<S> => {
    const key = model.keyOf(period);
    const known = cache.get(key);
    if (known) return known;
    const own = model.own(period);
    const subtree = rollUp(model, ordered, own);
    const alsoHidden = new Set<string>();
    for (const part of model.parts(period)) for (const id of evaluate(part).hidden) alsoHidden.add(id);
    const people = {
      subtree: (id: string) => personsIn(model, subtree, id),
      hasOwn: (id: string) => own.has(id),
    };
    const hidden =
      minPersons > 0 ? hiddenFigureUnits(ordered, people, { minPersons, alsoHidden }) : new Set<string>();
    const at = { own, subtree, hidden };
    cache.set(key, at);
    return at;
  };
  return evaluate;
}

function personsIn<S>(model: FigureSumsModel<unknown, S>, subtree: Map<string, S>, id: string): number {
  const sums = subtree.get(id);
  return sums === undefined ? 0 : model.persons(sums);
}

/**
 * Walking the units children first meets every unit after all of its children: its own sums and
 * its children's are complete when it is added into its parent, once per unit rather than once
 * per ancestor. Units without records of their own or below them get no entry.
 */
function rollUp<S>(
  model: FigureSumsModel<unknown, S>,
  ordered: FigureTreeUnit[],
  own: Map<string, S>,
): Map<string, S> {
  const subtree = new Map<string, S>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const unit = ordered[i]!;
    const mine = own.get(unit.id);
    if (mine !== undefined) subtree.set(unit.id, model.add(subtree.get(unit.id), mine));
    const sum = subtree.get(unit.id);
    if (sum !== undefined && unit.parentId !== null)
      subtree.set(unit.parentId, model.add(subtree.get(unit.parentId), sum));
  }
  return subtree;
}

/** Units ordered by depth, the root first. */
export function parentsFirst<U extends { path: string }>(units: U[]): U[] {
  const depth = new Map(units.map((u) => [u, pathIds(u.path).length]));
  return [...units].sort((a, b) => depth.get(a)! - depth.get(b)!);
}
