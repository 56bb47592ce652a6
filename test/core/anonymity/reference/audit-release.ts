/**
 * The release audit as it was before it was made faster (core/anonymity at 728cd0b), verbatim but for
 * the imports: the yardstick release-audit-agrees.test.ts holds the faster audit to.
 */
import { minGroupSizeByKey } from '../../../../core/indicators/indicator-definition';
import type { AnonymityRules } from '../../../../core/anonymity/anonymity-rules';
import type { BoundSolver } from '../../../../core/anonymity/bound-solver';
import { auditBounds, type BoundsAuditInput } from '../../../../core/anonymity/bounds/bounds-audit';
import { layerRelations } from '../../../../core/anonymity/bounds/layer-relations';
import { protectedObjects } from '../../../../core/anonymity/bounds/protected-objects';
import { releaseLayer } from './release-layer';
import type { LayerCell } from '../../../../core/anonymity/bounds/table-layer';
import { familyModel } from '../../../../core/anonymity/family-statistics';
import { FamilyPattern } from './family-pattern';
import { cellGroupId, goalGroupId, parseGroupId } from '../../../../core/anonymity/group-id';
import { linkedFamilies } from '../../../../core/anonymity/linked-families';
import type {
  CellRef,
  ReleaseAuditInput,
  ReleaseAuditResult,
  ReleaseCell,
  ReleaseGoalCell,
} from '../../../../core/anonymity/release-audit';

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
    const before = lastShown.get(`${id}\u0000${key}`);
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
    // may take 'hidden' to mean someone is there.
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
  const withShown = <T extends { stats: ReleaseCell['stats'] }>(list: T[], shown: (c: T) => boolean) =>
    list.map((c) => ({ ...c, cell: { stats: c.stats, shown: shown(c) } as LayerCell }));
  const layers = earlier.map((release) =>
    releaseLayer(
      input.units,
      members,
      withShown(release.cells, (c) => c.shownFresh),
      withShown(release.goalCells, (g) => g.shownFresh),
      release.responseCounts,
    ),
  );
  // A cell nobody is in shows 'no data' in a hidden group too: readers know it is zero.
  const nowCells = withShown(
    cells,
    (c) => c.stats.n === 0 || !pattern.hidden.has(cellGroupId(c.unitId, c.breakdownKey, c.breakdownValue)),
  );
  const nowGoals = withShown(
    goalCells,
    (g) => g.stats.n === 0 || !pattern.hidden.has(goalGroupId(g.goalId, g.unitId)),
  );
  const current = releaseLayer(input.units, members, nowCells, nowGoals, input.responseCounts);
  layers.push(current);
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
      objects: protectedObjects(layers, minOf),
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
