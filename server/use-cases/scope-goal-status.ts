import type { IndicatorDefinition } from '../../core/indicators/indicator-definition';
import { orderTree, type TreeRow } from '../../core/org/org-tree';
import { isWithin } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listContractsWithGoals, type ContractWithGoals, type Goal } from '../../db/repositories/goals';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findMunicipalityRoot, findUnit, listSubtree } from '../../db/repositories/org-units';
import { listRounds, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { loadBenchmarkLookups } from './benchmarks';
import { goalCells, type GoalCell } from './goal-cells';
import { askedUnits, loadGoalHistory } from './goal-history';
import { judgeGoalChanges, type GoalChangesJudged } from './judge-goal-changes';
import { measuredGoalFigures } from './measured-goal-history';
import { loadReleasedGoalEvaluations } from './released-goal-evaluations';
import { sickLeaveGoalFigures } from './sick-leave-goal-history';

type IndicatorUnit = IndicatorDefinition['unit'];

/** A scope's goal status, computed once per change of its inputs (kept-results.ts). */
export interface ScopeGoalStatus {
  municipality: { id: string; name: string };
  contracts: ContractWithGoals[];
  goals: Goal[];
  /** The reader's scope in tree order. */
  tree: TreeRow[];
  /** Every unit of the municipality: a unit outside the scope is forbidden, not unknown. */
  unitIds: ReadonlySet<string>;
  cellsByGoal: Map<string, Map<string, GoalCell>>;
  latestRound: Map<string, Round | null>;
  unitOf: Map<string, IndicatorUnit>;
  changes: GoalChangesJudged;
}

/**
 * Every goal of the municipality judged at every unit of the reader's scope (the latest round of
 * each), with the trend goals' changes judged together: what the goal status screen pages through.
 */
export async function computeScopeGoalStatus(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
): Promise<ScopeGoalStatus> {
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
  const evaluations = await loadReleasedGoalEvaluations(db, {
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
  return {
    municipality: { id: municipality!.id, name: municipality!.name },
    contracts,
    goals,
    tree: orderTree(scopeRoot, inScope),
    unitIds: new Set(allUnits.map((u) => u.id)),
    cellsByGoal,
    latestRound,
    unitOf,
    changes: judgeGoalChanges(goals, cellsByGoal, judgeOnly),
  };
}
