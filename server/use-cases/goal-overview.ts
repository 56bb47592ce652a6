import type { IndicatorDefinition, LocalizedText } from '../../core/indicators/indicator-definition';
import type { GoalRule, BreakdownFilter } from '../../core/goals/goal-rule';
import { takeWithinBudget, treeWindow, type TreeWindowAsk } from '../../core/org/tree-window';
import { Forbidden, NotFound } from '../../core/errors';
import { measuredOnOf, type MeasuredOn } from '../../core/goals/measured-on';
import type { MeasurePeriod } from '../../core/sick-leave/sick-leave-goal';
import type { OrgUnit } from '../../core/org/org-unit';
import type { ManyChanges } from '../../core/statistics/false-discovery';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { StaffUser } from '../../db/repositories/staff';
import type { GoalCell } from './goal-cells';
import { keptResults } from './kept-results';
import { computeScopeGoalStatus, type ScopeGoalStatus } from './scope-goal-status';

export type { GoalCell } from './goal-cells';
type IndicatorUnit = IndicatorDefinition['unit'];

export interface GoalView {
  /** How the goal's values read: a share (percent) or a score on the instrument's scale. */
  unit: IndicatorUnit;
  id: string;
  title: LocalizedText;
  serviceArea: string;
  indicatorKey: string;
  rule: GoalRule;
  breakdownFilter: BreakdownFilter | null;
  deadline: string;
  /** The latest round measured, or for a sick-leave goal its latest period ("2026 (jan.–okt.)"). */
  round: { id: string; title: LocalizedText } | null;
  /**
   * A survey's rounds, sick leave (n is then employees, and values have no interval), or a measured
   * indicator (n the persons behind the figure; an interval only for a sampled share).
   */
  measuredOn: MeasuredOn;
  measurePeriod: MeasurePeriod | null;
  /** A trend goal's changes at the units the reader sees (judge-goal-changes.ts); null for others. */
  changes: ManyChanges | null;
}

export interface GoalOverview {
  municipality: { id: string; name: string };
  /** Every trend goal's changes at every unit the reader sees, judged together. */
  changes: ManyChanges;
  contracts: { id: string; title: string; periodStart: string; periodEnd: string; goals: GoalView[] }[];
  /** From the top of the reader's scope down to the asked unit: the screen's breadcrumbs. */
  path: OverviewUnit[];
  /**
   * One page of the asked unit's subtree in tree order, with the goals' cells by goal id. A goal
   * that does not cover the unit has no cell there (out of scope).
   */
  rows: (OverviewUnit & { cells: Partial<Record<string, GoalCell>> })[];
  /** Rows of the asked subtree in all; `next` is the offset of the next page, null on the last. */
  page: { offset: number; limit: number; total: number; next: number | null };
}

/** `depth` counts from the top of the reader's scope (0). */
export interface OverviewUnit {
  unitId: string;
  name: string;
  kind: string;
  depth: number;
}

/**
 * What one screen asks: a unit's subtree so many levels down, a page at a time; a page holds at
 * most `limit` units and, past its first, no more than `maxBytes` of rows as JSON.
 */
export type GoalOverviewAsk = TreeWindowAsk & { maxBytes: number };
/** A screen's page of the goal status stays under 300 KB with the goals' descriptions. */
export const GOAL_STATUS_PAGE_BYTES = 240_000;
/** Every unit of the reader's scope: for an export, never for a screen. */
export const WHOLE_TREE: GoalOverviewAsk = {
  offset: 0,
  limit: Number.MAX_SAFE_INTEGER,
  maxBytes: Number.POSITIVE_INFINITY,
};

/** Scopes kept per server process: a municipality's consultants share one, each leader has her own. */
const keptScopeStatus = keptResults<ScopeGoalStatus>(64);

export async function loadGoalOverview(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  ask: GoalOverviewAsk,
): Promise<GoalOverview> {
  const status = await keptScopeStatus(
    db,
    { municipalityId: staff.municipalityId, key: `goal-status:${staff.scopeUnitId}` },
    () => computeScopeGoalStatus(db, instruments, staff),
  );
  const { goals, cellsByGoal, latestRound, unitOf, changes } = status;
  const window = treeWindow(status.tree, ask);
  if (!window && status.unitIds.has(ask.unitId ?? '')) throw new Forbidden('Not allowed');
  if (!window) throw new NotFound(`There is no unit ${ask.unitId}`);
  const overviewUnit = ({ unit, depth }: { unit: OrgUnit; depth: number }): OverviewUnit => ({
    unitId: unit.id,
    name: unit.name,
    kind: unit.kind,
    depth,
  });
  const shown = window.rows.map((row) => {
    const cells: Partial<Record<string, GoalCell>> = {};
    for (const goal of goals) {
      const cell = cellsByGoal.get(goal.id)!.get(row.unit.id);
      if (cell && cell.status !== 'out-of-scope') cells[goal.id] = cell;
    }
    return { ...overviewUnit(row), cells };
  });
  // A unit with many goals weighs more: the page ends early rather than grow past its budget.
  const rows = takeWithinBudget(shown, (row) => JSON.stringify(row).length, ask.maxBytes);
  const next = rows.length < window.rows.length ? ask.offset + rows.length : window.next;
  return {
    municipality: status.municipality,
    changes: changes.total,
    contracts: status.contracts.map((c) => ({
      ...c,
      goals: c.goals.map((g) => {
        const round = latestRound.get(g.id);
        return {
          id: g.id,
          title: g.title,
          serviceArea: g.serviceArea,
          indicatorKey: g.indicatorKey,
          rule: g.rule,
          breakdownFilter: g.breakdownFilter,
          deadline: g.deadline,
          unit: unitOf.get(g.id)!,
          round: round ? { id: round.id, title: round.title } : null,
          measuredOn: measuredOnOf(g),
          measurePeriod: g.measurePeriod,
          changes: changes.byGoal.get(g.id) ?? null,
        };
      }),
    })),
    path: window.path.map(overviewUnit),
    rows,
    page: { offset: ask.offset, limit: ask.limit, total: window.total, next },
  };
}
