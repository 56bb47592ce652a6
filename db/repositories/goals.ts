import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { BreakdownFilter, GoalRule } from '../../core/goals/goal-rule';
import type { DbOrTx } from '../database';
import { goalEvaluations, goals, orgUnits, qualityContracts } from '../schema';

export interface Goal {
  id: string;
  municipalityId: string;
  contractId: string;
  serviceArea: string;
  title: LocalizedText;
  instrumentKey: string;
  indicatorKey: string;
  scopeUnitId: string;
  scopeUnitPath: string;
  breakdownFilter: BreakdownFilter | null;
  rule: GoalRule;
  deadline: string;
}

const goalColumns = {
  id: goals.id,
  municipalityId: goals.municipalityId,
  contractId: goals.contractId,
  serviceArea: goals.serviceArea,
  title: goals.title,
  instrumentKey: goals.instrumentKey,
  indicatorKey: goals.indicatorKey,
  scopeUnitId: goals.scopeUnitId,
  scopeUnitPath: orgUnits.path,
  breakdownFilter: goals.breakdownFilter,
  rule: goals.rule,
  deadline: goals.deadline,
};

export async function createContract(
  db: DbOrTx,
  contract: { municipalityId: string; title: string; periodStart: string; periodEnd: string },
): Promise<string> {
  const [row] = await db.insert(qualityContracts).values(contract).returning({ id: qualityContracts.id });
  return row!.id;
}

export type NewGoal = Omit<Goal, 'id' | 'scopeUnitPath'> & { position: number };

export async function createGoal(db: DbOrTx, goal: NewGoal): Promise<string> {
  const [row] = await db.insert(goals).values(goal).returning({ id: goals.id });
  return row!.id;
}

/** Goals measured on an instrument, with the path of their scope unit. */
export async function listGoalsForInstrument(
  db: DbOrTx,
  municipalityId: string,
  instrumentKey: string,
): Promise<Goal[]> {
  const rows = await db
    .select(goalColumns)
    .from(goals)
    .innerJoin(orgUnits, eq(orgUnits.id, goals.scopeUnitId))
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.instrumentKey, instrumentKey)));
  return rows as Goal[];
}

export interface ContractWithGoals {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  goals: Goal[];
}

export async function listContractsWithGoals(
  db: DbOrTx,
  municipalityId: string,
): Promise<ContractWithGoals[]> {
  const contracts = await db
    .select({
      id: qualityContracts.id,
      title: qualityContracts.title,
      periodStart: qualityContracts.periodStart,
      periodEnd: qualityContracts.periodEnd,
    })
    .from(qualityContracts)
    .where(eq(qualityContracts.municipalityId, municipalityId))
    .orderBy(asc(qualityContracts.periodStart));
  const allGoals = (await db
    .select(goalColumns)
    .from(goals)
    .innerJoin(orgUnits, eq(orgUnits.id, goals.scopeUnitId))
    .where(eq(goals.municipalityId, municipalityId))
    .orderBy(asc(goals.position))) as Goal[];
  return contracts.map((c) => ({ ...c, goals: allGoals.filter((g) => g.contractId === c.id) }));
}

export interface GoalEvaluation {
  goalId: string;
  roundId: string;
  unitId: string;
  status: GoalStatus;
  n: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  evaluatedAt?: Date;
}

export async function saveGoalEvaluation(
  db: DbOrTx,
  municipalityId: string,
  evaluation: GoalEvaluation,
): Promise<void> {
  const values = { ...evaluation, municipalityId, evaluatedAt: new Date() };
  await db
    .insert(goalEvaluations)
    .values(values)
    .onConflictDoUpdate({
      target: [goalEvaluations.goalId, goalEvaluations.roundId, goalEvaluations.unitId],
      set: {
        status: values.status,
        n: values.n,
        value: values.value,
        ciLow: values.ciLow,
        ciHigh: values.ciHigh,
        evaluatedAt: values.evaluatedAt,
      },
    });
}

/** Many evaluations in few statements: a full recompute judges every goal at every unit of its scope. */
export async function saveGoalEvaluations(
  db: DbOrTx,
  municipalityId: string,
  evaluations: GoalEvaluation[],
): Promise<void> {
  const evaluatedAt = new Date();
  for (let start = 0; start < evaluations.length; start += 1000) {
    const batch = evaluations.slice(start, start + 1000).map((e) => ({ ...e, municipalityId, evaluatedAt }));
    await db
      .insert(goalEvaluations)
      .values(batch)
      .onConflictDoUpdate({
        target: [goalEvaluations.goalId, goalEvaluations.roundId, goalEvaluations.unitId],
        set: {
          status: sql`excluded.status`,
          n: sql`excluded.n`,
          value: sql`excluded.value`,
          ciLow: sql`excluded.ci_low`,
          ciHigh: sql`excluded.ci_high`,
          evaluatedAt: sql`excluded.evaluated_at`,
        },
      });
  }
}

export async function listGoalEvaluations(
  db: DbOrTx,
  scope: { municipalityId: string; goalIds: string[]; unitIds: string[] },
): Promise<GoalEvaluation[]> {
  if (scope.goalIds.length === 0 || scope.unitIds.length === 0) return [];
  const rows = await db
    .select({
      goalId: goalEvaluations.goalId,
      roundId: goalEvaluations.roundId,
      unitId: goalEvaluations.unitId,
      status: goalEvaluations.status,
      n: goalEvaluations.n,
      value: goalEvaluations.value,
      ciLow: goalEvaluations.ciLow,
      ciHigh: goalEvaluations.ciHigh,
      evaluatedAt: goalEvaluations.evaluatedAt,
    })
    .from(goalEvaluations)
    .where(
      and(
        eq(goalEvaluations.municipalityId, scope.municipalityId),
        inArray(goalEvaluations.goalId, scope.goalIds),
        inArray(goalEvaluations.unitId, scope.unitIds),
      ),
    );
  return rows;
}
