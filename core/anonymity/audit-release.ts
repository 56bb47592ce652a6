import { minGroupSizeByKey } from '../indicators/indicator-definition';
import type { AnonymityRules } from './anonymity-rules';
import type { BoundSolver } from './bound-solver';
import { auditBounds, type BoundsAuditInput } from './bounds/bounds-audit';
import { layerRelations } from './bounds/layer-relations';
import { protectedObjects } from './bounds/protected-objects';
import { releaseLayer } from './bounds/release-layer';
import { familyModel } from './family-statistics';
import { FamilyPattern } from './family-pattern';
import { cellGroupId, goalGroupId, parseGroupId } from './group-id';
import { linkedFamilies } from './linked-families';
import type {
  CellRef,
  ReleaseAuditInput,
  ReleaseAuditResult,
  ReleaseCell,
  ReleaseGoalCell,
} from './release-audit';

/**
 * Decides what a new release of a round shows with its own numbers (docs/decisions/0011), family
 * by family of linked indicators, hidden together: each cell's own rules; groups where fewer than
 * the minimum arrived since a release last showed them; tree complements and the exact linear
 * audit; then, with a solver, the bounds audit over this release and every earlier one together.
 * Returns every cell and goal value not to show fresh (carried or hidden by the caller).
 */
export function auditRelease(
  input: ReleaseAuditInput,
  rules: AnonymityRules,
  solver: BoundSolver | null,
  trace?: BoundsAuditInput['trace'],
): ReleaseAuditResult {
  const minOf = minGroupSizeByKey(input.indicators);
  const families = linkedFamilies(input.indicators, rules.linkedIndicators);
  const earlier = rules.heldReleases ? input.earlier : [];
  const lastShown = lastShownSizes(earlier);
  const small = (n: number, key: string) => n > 0 && n < minOf(key);
  const protect = (id: string, key: string, n: number) => {
    // A first release has nothing shown before: no key to build for each cell.
    const before = lastShown.size === 0 ? undefined : lastShown.get(`${id}\u0000${key}`);
    return small(n, key) || (before !== undefined && small(n - before, key));
  };
  const municipalityOnly = new Set(
    input.indicators.breakdowns.filter((b) => b.shownAt === 'municipality').map((b) => b.key),
  );
  const treeSums = (key: string) => !municipalityOnly.has(key);
  const hiddenCells: CellRef[] = [];
  const hiddenGoals: { goalId: string; unitId: string }[] = [];
  for (const familyKey of new Set(families.values())) {
    const members = new Set([...families].filter(([, f]) => f === familyKey).map(([key]) => key));
    const cells = input.cells.filter((c) => members.has(c.indicatorKey));
    const goalCells = input.goalCells.filter((g) => members.has(g.indicatorKey));
    const pattern = new FamilyPattern(input.units, cells, goalCells, minOf, treeSums, protect);
    pattern.complete();
    if (rules.bounds && solver)
      auditFamilyBounds(input, earlier, members, cells, goalCells, pattern, minOf, treeSums, solver, trace);
    // A cell with nobody in it stays 'no data' in a hidden group: it reveals nobody, and readers
    // may take 'hidden' to mean someone is there. Nothing hidden (most large rounds): none to name.
    if (pattern.hidden.size === 0) continue;
    for (const c of cells)
      if (c.stats.n > 0 && pattern.hidden.has(cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue)))
        hiddenCells.push(ref(c));
    for (const g of goalCells)
      if (g.stats.n > 0 && pattern.hidden.has(goalGroupId(g.goalId, g.unitId)))
        hiddenGoals.push({ goalId: g.goalId, unitId: g.unitId });
  }
  return { hiddenCells, hiddenGoals };
}

/** Per group and indicator, the n of the latest earlier release that showed it fresh. */
function lastShownSizes(earlier: ReleaseAuditInput['earlier']): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const release of earlier) {
    for (const c of release.cells)
      if (c.shownFresh)
        sizes.set(
          `${cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue)}\u0000${c.indicatorKey}`,
          c.stats.n,
        );
    for (const g of release.goalCells)
      if (g.shownFresh) sizes.set(`${goalGroupId(g.goalId, g.unitId)}\u0000${g.indicatorKey}`, g.stats.n);
  }
  return sizes;
}

function auditFamilyBounds(
  input: ReleaseAuditInput,
  earlier: ReleaseAuditInput['earlier'],
  members: Set<string>,
  cells: ReleaseCell[],
  goalCells: ReleaseGoalCell[],
  pattern: FamilyPattern,
  minOf: (key: string) => number,
  treeSums: (key: string) => boolean,
  solver: BoundSolver,
  trace: BoundsAuditInput['trace'],
): void {
  // A first release protects only its own groups below the minimum (protectedObjects of one
  // layer): with none, tell so from the cells before building any layer.
  const small = (n: number, key: string) => n > 0 && n < minOf(key);
  if (
    earlier.length === 0 &&
    !cells.some((c) => small(c.stats.n, c.indicatorKey)) &&
    !goalCells.some((g) => small(g.stats.n, g.indicatorKey))
  )
    return;
  const layers = earlier.map((release) =>
    releaseLayer(input.units, members, release.cells, release.goalCells, release.responseCounts, {
      cell: (c) => c.shownFresh,
      goal: (g) => g.shownFresh,
    }),
  );
  // A cell nobody is in shows 'no data' in a hidden group too: readers know it is zero.
  const current = releaseLayer(input.units, members, cells, goalCells, input.responseCounts, {
    cell: (c) =>
      c.stats.n === 0 ||
      pattern.hidden.size === 0 ||
      !pattern.hidden.has(cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue)),
    goal: (g) =>
      g.stats.n === 0 || pattern.hidden.size === 0 || !pattern.hidden.has(goalGroupId(g.goalId, g.unitId)),
  });
  layers.push(current);
  // Nothing to protect (no small group, none grown by fewer than the minimum): auditBounds would
  // check nothing and hide nothing, so its sums need not be built (most releases of large units).
  const objects = protectedObjects(layers, minOf);
  if (objects.length === 0) return;
  const parentOf = new Map(input.units.map((u) => [u.id, u.parentId]));
  const parentIds = new Set(input.units.flatMap((u) => (u.parentId === null ? [] : [u.parentId])));
  const ancestorsOf = (id: string) => {
    const chain: string[] = [];
    for (let p = parentOf.get(id) ?? null; p !== null; p = parentOf.get(p) ?? null) chain.push(p);
    return chain;
  };
  auditBounds(
    {
      model: familyModel(input.indicators, members),
      layers,
      relations: layers.map((layer) => layerRelations(input.units, layer, treeSums)),
      objects,
      ancestorsOf,
      trace,
      isHidden: (group) => pattern.hidden.has(group),
      weightOf: (group) => weightOf(group, parentIds),
      closureOf: (groups) => pattern.closureOf(groups),
      hide: (groups) => {
        pattern.commit(groups);
        for (const group of groups) {
          for (const cell of current.cells.get(group)?.values() ?? []) cell.shown = cell.stats.n === 0;
          const goal = current.goals.get(group);
          if (goal) goal.cell.shown = goal.cell.stats.n === 0;
        }
      },
      sizeOf: (group) =>
        Math.max(
          0,
          ...[...(current.cells.get(group)?.values() ?? [])].map((c) => c.stats.n),
          current.goals.get(group)?.cell.stats.n ?? 0,
        ),
    },
    solver,
  );
}

/**
 * What hiding a group costs readers, per respondent: a school's, an area's or the municipality's
 * whole figure (or a goal there) is what they come for; its breakdown groups (grade 6 of the
 * municipality) come next; a class's numbers least.
 */
function weightOf(group: string, parentIds: ReadonlySet<string>): number {
  const parsed = parseGroupId(group);
  if (!parentIds.has(parsed.unitId)) return 1;
  return parsed.kind === 'goal' || parsed.breakdownKey === '' ? 100 : 10;
}

const ref = (c: CellRef): CellRef => ({
  unitId: c.unitId,
  indicatorKey: c.indicatorKey,
  breakdownKey: c.breakdownKey,
  breakdownValue: c.breakdownValue,
});
