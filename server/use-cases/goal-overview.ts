import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { GoalRule, BreakdownFilter } from '../../core/goals/goal-rule';
import { orderTree } from '../../core/org/org-tree';
import { isWithin, type OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import {
  listContractsWithGoals,
  listGoalEvaluations,
  type GoalEvaluation,
} from '../../db/repositories/goals';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findUnit, listSubtree } from '../../db/repositories/org-units';
import { listRounds, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';

/** One goal at one unit, as staff may see it: hidden cells carry no numbers at all. */
export type GoalCell =
  | { status: 'met' | 'not-met' | 'uncertain'; n: number; value: number; ciLow: number; ciHigh: number }
  | { status: 'hidden'; minGroupSize: number }
  | { status: 'no-data' }
  | { status: 'out-of-scope' };

export interface GoalView {
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
  const [municipality, units, contracts, rounds] = await Promise.all([
    findMunicipality(db, staff.municipalityId),
    listSubtree(db, scopeRoot),
    listContractsWithGoals(db, staff.municipalityId),
    listRounds(db, staff.municipalityId),
  ]);
  const goals = contracts.flatMap((c) => c.goals);
  const evaluations = await listGoalEvaluations(db, {
    municipalityId: staff.municipalityId,
    goalIds: goals.map((g) => g.id),
    unitIds: units.map((u) => u.id),
  });
  const latestRound = new Map(goals.map((g) => [g.id, latestEvaluatedRound(rounds, evaluations, g.id)]));
  const minGroupSize = new Map<string, number>();
  for (const round of new Set(latestRound.values())) {
    if (round)
      minGroupSize.set(
        round.id,
        (await instruments.get(round.instrumentVersionId)).indicators.instrument.minGroupSize,
      );
  }
  const byKey = new Map(evaluations.map((e) => [`${e.goalId}|${e.roundId}|${e.unitId}`, e]));
  const rows = orderTree(scopeRoot, units).map(({ unit, depth }) => {
    const cells: Record<string, GoalCell> = {};
    for (const goal of goals) {
      const round = latestRound.get(goal.id);
      if (!isWithin(unit.path, goal.scopeUnitPath) || outsideGradeFilter(goal, unit)) {
        cells[goal.id] = { status: 'out-of-scope' };
      } else if (!round) cells[goal.id] = { status: 'no-data' };
      else
        cells[goal.id] = shapeCell(
          byKey.get(`${goal.id}|${round.id}|${unit.id}`),
          minGroupSize.get(round.id)!,
        );
    }
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
          round: round ? { id: round.id, title: round.title } : null,
        };
      }),
    })),
    rows,
  };
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
