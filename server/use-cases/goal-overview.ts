import {
  minGroupSizeOf,
  type IndicatorDefinition,
  type LocalizedText,
} from '../../core/indicators/indicator-definition';

type IndicatorUnit = IndicatorDefinition['unit'];
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { GoalRule, BreakdownFilter } from '../../core/goals/goal-rule';
import { suppressTreeComplements } from '../../core/anonymity/suppress-tree-complements';
import { orderTree } from '../../core/org/org-tree';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import {
  listContractsWithGoals,
  listGoalEvaluations,
  type Goal,
  type GoalEvaluation,
} from '../../db/repositories/goals';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findMunicipalityRoot, findUnit, listSubtree } from '../../db/repositories/org-units';
import { listLinkedUnitPaths, listRounds, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';

/** One goal at one unit, as staff may see it: hidden cells carry no numbers at all. */
export type GoalCell =
  | { status: 'met' | 'not-met' | 'uncertain'; n: number; value: number; ciLow: number; ciHigh: number }
  | { status: 'hidden'; minGroupSize: number }
  | { status: 'no-data' }
  | { status: 'out-of-scope' };

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
  round: { id: string; title: LocalizedText } | null;
}

export interface GoalOverview {
  municipality: { id: string; name: string };
  contracts: { id: string; title: string; periodStart: string; periodEnd: string; goals: GoalView[] }[];
  rows: { unitId: string; name: string; kind: string; depth: number; cells: Record<string, GoalCell> }[];
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
    unitIds: allUnits.map((u) => u.id),
  });
  const latestRound = new Map(goals.map((g) => [g.id, latestEvaluatedRound(rounds, evaluations, g.id)]));
  const cellsByGoal = new Map<string, Map<string, GoalCell>>();
  const unitOf = new Map<string, IndicatorUnit>();
  for (const goal of goals) {
    const round = latestRound.get(goal.id) ?? null;
    const definitions = round ? (await instruments.get(round.instrumentVersionId)).indicators : null;
    const indicator = definitions?.indicators.find((i) => i.key === goal.indicatorKey);
    const minGroupSize = definitions && indicator ? minGroupSizeOf(definitions, indicator) : 0;
    unitOf.set(goal.id, indicator?.unit ?? 'share');
    const asked = round ? await listLinkedUnitPaths(db, round.id) : [];
    cellsByGoal.set(goal.id, goalCells(goal, round, allUnits, evaluations, { minGroupSize, asked }));
  }
  const inScope = allUnits.filter((u) => isWithin(u.path, scopeRoot.path));
  const rows = orderTree(scopeRoot, inScope).map(({ unit, depth }) => {
    const cells: Record<string, GoalCell> = {};
    for (const goal of goals) cells[goal.id] = cellsByGoal.get(goal.id)!.get(unit.id)!;
    return { unitId: unit.id, name: unit.name, kind: unit.kind, depth, cells };
  });
  return {
    municipality: { id: municipality!.id, name: municipality!.name },
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
        };
      }),
    })),
    rows,
  };
}

/** One goal's cell at every unit, with anonymity applied across the tree. */
function goalCells(
  goal: Goal,
  round: Round | null,
  units: OrgUnit[],
  evaluations: GoalEvaluation[],
  { minGroupSize, asked }: { minGroupSize: number; asked: string[] },
): Map<string, GoalCell> {
  const cells = new Map<string, GoalCell>();
  // Covered: inside the goal's scope, of a grade the goal counts, and asked by the round (a daycare
  // is not asked in a pupil survey), so "no data" means answers are missing, not irrelevant.
  const covered = units.filter(
    (u) =>
      isWithin(u.path, goal.scopeUnitPath) &&
      !outsideGradeFilter(goal, u) &&
      (!round || asked.some((path) => isWithin(path, u.path))),
  );
  for (const unit of units)
    cells.set(unit.id, { status: covered.includes(unit) ? 'no-data' : 'out-of-scope' });
  if (!round) return cells;
  const byUnit = new Map(
    evaluations.filter((e) => e.goalId === goal.id && e.roundId === round.id).map((e) => [e.unitId, e]),
  );
  const tree = covered.map((unit) => {
    const evaluation = byUnit.get(unit.id);
    return {
      unitId: unit.id,
      parentId: unit.parentId,
      n: evaluation?.n ?? 0,
      suppressed: evaluation?.status === 'hidden',
      evaluation,
    };
  });
  const hide = <T extends { suppressed: boolean }>(c: T): T => ({ ...c, suppressed: true });
  for (const c of suppressTreeComplements(tree, minGroupSize, hide)) {
    const shaped = shapeCell(c.evaluation, minGroupSize);
    cells.set(
      c.unitId,
      c.suppressed && shaped.status !== 'no-data' ? { status: 'hidden', minGroupSize } : shaped,
    );
  }
  return cells;
}

/** A class of grade 3 is not covered by a goal for grades 1, 6 and 9: say so rather than "no data". */
function outsideGradeFilter(goal: { breakdownFilter: BreakdownFilter | null }, unit: OrgUnit): boolean {
  const filter = goal.breakdownFilter;
  return (
    filter?.breakdownKey === 'grade' && unit.grade !== null && !filter.values.includes(String(unit.grade))
  );
}

function latestEvaluatedRound(rounds: Round[], evaluations: GoalEvaluation[], goalId: string): Round | null {
  const evaluated = new Set(evaluations.filter((e) => e.goalId === goalId).map((e) => e.roundId));
  return rounds.find((r) => evaluated.has(r.id)) ?? null; // rounds come newest first
}

export function shapeCell(evaluation: GoalEvaluation | undefined, minGroupSize: number): GoalCell {
  if (!evaluation || evaluation.status === 'no-data') return { status: 'no-data' };
  if (evaluation.status === 'hidden') return { status: 'hidden', minGroupSize };
  const status: GoalStatus = evaluation.status;
  return {
    status: status as 'met' | 'not-met' | 'uncertain',
    n: evaluation.n,
    value: evaluation.value!,
    ciLow: evaluation.ciLow!,
    ciHigh: evaluation.ciHigh!,
  };
}
