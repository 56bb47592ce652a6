import type { IndicatorDefinition, LocalizedText } from '../../core/indicators/indicator-definition';
import type { GoalRule, BreakdownFilter } from '../../core/goals/goal-rule';
import { orderTree } from '../../core/org/org-tree';
import { measuredOnOf, type MeasuredOn } from '../../core/goals/measured-on';
import type { MeasurePeriod } from '../../core/sick-leave/sick-leave-goal';
import { isWithin } from '../../core/org/org-unit';
import type { ManyChanges } from '../../core/statistics/false-discovery';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listContractsWithGoals } from '../../db/repositories/goals';
import { listGoalEvaluations } from '../../db/repositories/released-goal-values';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findMunicipalityRoot, findUnit, listSubtree } from '../../db/repositories/org-units';
import { listRounds, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { goalCells, type GoalCell } from './goal-cells';
import { loadBenchmarkLookups } from './benchmarks';
import { askedUnits, loadGoalHistory } from './goal-history';
import { judgeGoalChanges } from './judge-goal-changes';
import { measuredGoalFigures } from './measured-goal-history';
import { sickLeaveGoalFigures } from './sick-leave-goal-history';

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
  /**
   * Units in tree order with their goals' cells by goal id. A goal that does not cover the unit has
   * no cell there (out of scope): at 1,600 units most goals cover a part, and the answer is smaller.
   */
  rows: {
    unitId: string;
    name: string;
    kind: string;
    depth: number;
    cells: Partial<Record<string, GoalCell>>;
  }[];
}

export async function loadGoalOverview(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
): Promise<GoalOverview> {
  const scopeRoot = (await findUnit(db, staff.scopeUnitId))!;
  const municipalityRoot = (await findMunicipalityRoot(db, staff.municipalityId))!;
  const [municipality, allUnits, contracts, rounds] = await Promise.all([
    findMunicipality(db, staff.municipalityId),
    // Anonymity is decided on the whole tree, not on what this user sees, so that no two
    // users' views can be combined to subtract a hidden group.
    listSubtree(db, municipalityRoot),
    listContractsWithGoals(db, staff.municipalityId),
    listRounds(db, staff.municipalityId),
  ]);
  const goals = contracts.flatMap((c) => c.goals);
  const evaluations = await listGoalEvaluations(db, {
    municipalityId: staff.municipalityId,
    goalIds: goals.map((g) => g.id),
  });
  const latestRound = new Map<string, Round | null>();
  const cellsByGoal = new Map<string, Map<string, GoalCell>>();
  const unitOf = new Map<string, IndicatorUnit>();
  const asked = askedUnits(db);
  const benchmarks = await loadBenchmarkLookups(db, staff.municipalityId, goals);
  const sickLeave = sickLeaveGoalFigures(db, staff.municipalityId, allUnits);
  const measured = measuredGoalFigures(db, staff.municipalityId, allUnits);
  const inScope = allUnits.filter((u) => isWithin(u.path, scopeRoot.path));
  // Hidden or not is decided over the whole tree; only the units this user sees are judged.
  const judgeOnly = new Set(inScope.map((u) => u.id));
  for (const goal of goals) {
    const context = {
      units: allUnits,
      rounds,
      evaluations,
      asked,
      latestOnly: true,
      judgeOnly,
      sickLeave,
      measured,
    };
    const history = await loadGoalHistory(db, instruments, goal, context, benchmarks);
    const latest = history.rounds.at(-1);
    latestRound.set(goal.id, latest?.round ?? null);
    unitOf.set(goal.id, history.unit ?? history.indicator?.unit ?? 'share');
    const none = () => goalCells(goal, null, allUnits, new Map(), { minGroupSize: 0, asked: new Set() });
    cellsByGoal.set(goal.id, latest?.cells ?? none());
  }
  const changes = judgeGoalChanges(goals, cellsByGoal, judgeOnly);
  const rows = orderTree(scopeRoot, inScope).map(({ unit, depth }) => {
    const cells: Partial<Record<string, GoalCell>> = {};
    for (const goal of goals) {
      const cell = cellsByGoal.get(goal.id)!.get(unit.id);
      if (cell && cell.status !== 'out-of-scope') cells[goal.id] = cell;
    }
    return { unitId: unit.id, name: unit.name, kind: unit.kind, depth, cells };
  });
  return {
    municipality: { id: municipality!.id, name: municipality!.name },
    changes: changes.total,
    contracts: contracts.map((c) => ({
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
    rows,
  };
}
