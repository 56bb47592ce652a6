import { minGroupSizeByKey } from '../indicators/indicator-definition';
import type { AnonymityRules } from './anonymity-rules';
import { auditRound } from './audit-round';
import type { BoundSolver } from './bound-solver';
import type { CellRef, ReleaseAuditInput, ReleaseAuditResult, ReleaseCell } from './release-audit';

const keyOf = (c: CellRef) =>
  `${c.unitId}\u0000${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`;

/**
 * Decides what a new release of a round shows with its own numbers. FIRST CUT (to be replaced by
 * the linked-table bounds audit): a cell whose respondents changed by fewer than the minimum since
 * an earlier release showed it is hidden, then the round is audited as before.
 */
export function auditRelease(
  input: ReleaseAuditInput,
  rules: AnonymityRules,
  _solver: BoundSolver | null,
): ReleaseAuditResult {
  const minOf = minGroupSizeByKey(input.indicators);
  const lastShownN = new Map<string, number>();
  if (rules.heldReleases)
    for (const release of input.earlier)
      for (const cell of release.cells) if (cell.shownFresh) lastShownN.set(keyOf(cell), cell.stats.n);
  const smallChange = (cell: ReleaseCell) => {
    const before = lastShownN.get(keyOf(cell));
    const change = before === undefined ? 0 : cell.stats.n - before;
    return change > 0 && change < minOf(cell.indicatorKey);
  };
  const cells = input.cells.map((cell) => ({
    unitId: cell.unitId,
    indicatorKey: cell.indicatorKey,
    breakdownKey: cell.breakdownKey,
    breakdownValue: cell.breakdownValue,
    n: cell.stats.n,
    suppressed: cell.suppressed || smallChange(cell),
    internal: false,
  }));
  const goalCells = input.goalCells.map((g) => ({
    goalId: g.goalId,
    unitId: g.unitId,
    indicatorKey: g.indicatorKey,
    filter: g.filter,
    n: g.stats.n,
    hidden: g.hidden,
  }));
  const audit = auditRound(input.units, cells, goalCells, minOf);
  const hiddenCells = new Map<string, CellRef>();
  for (const cell of cells) if (cell.suppressed) hiddenCells.set(keyOf(cell), cell);
  for (const cell of audit.cells) hiddenCells.set(keyOf(cell), cell);
  const hiddenGoals = new Map<string, { goalId: string; unitId: string }>();
  for (const g of goalCells) if (g.hidden) hiddenGoals.set(`${g.goalId}|${g.unitId}`, g);
  for (const g of audit.goals) hiddenGoals.set(`${g.goalId}|${g.unitId}`, g);
  return {
    hiddenCells: [...hiddenCells.values()].map(({ unitId, indicatorKey, breakdownKey, breakdownValue }) => ({
      unitId,
      indicatorKey,
      breakdownKey,
      breakdownValue,
    })),
    hiddenGoals: [...hiddenGoals.values()].map(({ goalId, unitId }) => ({ goalId, unitId })),
  };
}
