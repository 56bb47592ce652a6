import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { GoalStatus } from '../../core/goals/evaluate-goal';
import type { IndicatorStats } from '../../core/indicators/indicator-stats';
import type { BreakdownFilter, GoalRule } from '../../core/goals/goal-rule';
import type { MeasurePeriod } from '../../core/sick-leave/sick-leave-goal';
import type { DbOrTx } from '../database';
import type { ShownNumbers } from '../../core/releases/release-data';
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
  /** Judged for each unit of this kind in the scope ("every school"), or null for the scope as a whole. */
  eachUnitKind: 'area' | 'institution' | 'group' | null;
  actionsDecidedLocally: boolean;
  /** A sick-leave goal's period (year, quarter, rolling 12 months); null for a survey goal. */
  measurePeriod: MeasurePeriod | null;
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
  eachUnitKind: goals.eachUnitKind,
  actionsDecidedLocally: goals.actionsDecidedLocally,
  measurePeriod: goals.measurePeriod,
};

export async function createContract(
  db: DbOrTx,
  contract: { municipalityId: string; title: string; periodStart: string; periodEnd: string },
): Promise<string> {
  const [row] = await db.insert(qualityContracts).values(contract).returning({ id: qualityContracts.id });
  return row!.id;
}

export type NewGoal = Omit<
  Goal,
  'id' | 'scopeUnitPath' | 'eachUnitKind' | 'actionsDecidedLocally' | 'measurePeriod'
> &
  Partial<Pick<Goal, 'eachUnitKind' | 'actionsDecidedLocally' | 'measurePeriod'>> & { position: number };

export async function createGoal(db: DbOrTx, goal: NewGoal): Promise<string> {
  const [row] = await db.insert(goals).values(goal).returning({ id: goals.id });
  return row!.id;
}

const readInTransaction = new WeakMap<DbOrTx, Map<string, Promise<readonly Goal[]>>>();

/**
 * Goals measured on an instrument, with the path of their scope unit. Inside a transaction they are
 * read once: a recompute measures them, checks its release against them and audits them, three
 * reads of the same rows in one job, and within it they must be one set (nothing that recomputes or
 * releases writes goals). On the database handle itself every call reads.
 */
export function listGoalsForInstrument(
  db: DbOrTx,
  municipalityId: string,
  instrumentKey: string,
): Promise<readonly Goal[]> {
  if (!(db instanceof PgTransaction)) return readGoalsForInstrument(db, municipalityId, instrumentKey);
  const read = readInTransaction.get(db) ?? new Map<string, Promise<readonly Goal[]>>();
  readInTransaction.set(db, read);
  const key = `${municipalityId} ${instrumentKey}`;
  let goalList = read.get(key);
  if (!goalList) {
    goalList = readGoalsForInstrument(db, municipalityId, instrumentKey);
    read.set(key, goalList);
    goalList.catch(() => read.delete(key));
  }
  return goalList;
}

async function readGoalsForInstrument(
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
  publishedAt: Date | null;
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
      publishedAt: qualityContracts.publishedAt,
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
  /** Internal: what a trend compares with the next round. Never leaves the server. */
  stats: IndicatorStats;
  population: number | null;
  definitionHash: string;
  evaluatedAt?: Date;
  /** Numbers an earlier release published, shown again because the latest holds this value back. */
  carried?: boolean;
}

export async function saveGoalEvaluation(
  db: DbOrTx,
  municipalityId: string,
  evaluation: GoalEvaluation,
): Promise<void> {
  const { stats, ...rest } = evaluation;
  const values = {
    ...rest,
    statK: stats.k,
    statSum: stats.sum,
    statSumSq: stats.sumSq,
    municipalityId,
    evaluatedAt: new Date(),
  };
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
        statK: values.statK,
        statSum: values.statSum,
        statSumSq: values.statSumSq,
        population: values.population,
        definitionHash: values.definitionHash,
        evaluatedAt: values.evaluatedAt,
      },
    });
}

/** Many evaluations in one statement: a full recompute judges every goal at every unit of its scope. */
export async function saveGoalEvaluations(
  db: DbOrTx,
  municipalityId: string,
  evaluations: GoalEvaluation[],
): Promise<void> {
  for (let start = 0; start < evaluations.length; start += 20_000) {
    const batch = evaluations.slice(start, start + 20_000);
    const records = batch.map((e) => ({
      goal_id: e.goalId,
      round_id: e.roundId,
      unit_id: e.unitId,
      status: e.status,
      n: e.n,
      value: e.value,
      ci_low: e.ciLow,
      ci_high: e.ciHigh,
      stat_k: e.stats.k,
      stat_sum: e.stats.sum,
      stat_sum_sq: e.stats.sumSq,
      population: e.population,
      definition_hash: e.definitionHash,
    }));
    await db.execute(sql`
      insert into goal_evaluations (municipality_id, goal_id, round_id, unit_id, status, n, value, ci_low, ci_high,
        stat_k, stat_sum, stat_sum_sq, population, definition_hash)
      select ${municipalityId}::uuid, t.*
      from json_to_recordset(${JSON.stringify(records)}::json) as t(
        goal_id uuid, round_id uuid, unit_id uuid, status text, n int, value float8, ci_low float8, ci_high float8,
        stat_k int, stat_sum float8, stat_sum_sq float8, population int, definition_hash text)
      on conflict (goal_id, round_id, unit_id) do update set
        status = excluded.status, n = excluded.n, value = excluded.value,
        ci_low = excluded.ci_low, ci_high = excluded.ci_high, stat_k = excluded.stat_k,
        stat_sum = excluded.stat_sum, stat_sum_sq = excluded.stat_sum_sq,
        population = excluded.population, definition_hash = excluded.definition_hash, evaluated_at = now()
      where (goal_evaluations.status, goal_evaluations.n, goal_evaluations.value,
             goal_evaluations.ci_low, goal_evaluations.ci_high, goal_evaluations.stat_k, goal_evaluations.stat_sum,
             goal_evaluations.stat_sum_sq, goal_evaluations.population, goal_evaluations.definition_hash)
        is distinct from (excluded.status, excluded.n, excluded.value, excluded.ci_low, excluded.ci_high,
             excluded.stat_k, excluded.stat_sum, excluded.stat_sum_sq, excluded.population, excluded.definition_hash)`);
  }
}

/** A goal's live value at one unit of a round (the working state a release copies). */
export interface LiveGoalValue {
  goalId: string;
  unitId: string;
  numbers: ShownNumbers & { status: GoalStatus };
}

/** A round's live evaluations of the given goals (through the primary key: goal, round, unit). */
export async function listLiveGoalValues(
  db: DbOrTx,
  roundId: string,
  goalIds: string[],
): Promise<LiveGoalValue[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .select({
      goalId: goalEvaluations.goalId,
      unitId: goalEvaluations.unitId,
      status: goalEvaluations.status,
      n: goalEvaluations.n,
      value: goalEvaluations.value,
      ciLow: goalEvaluations.ciLow,
      ciHigh: goalEvaluations.ciHigh,
      statK: goalEvaluations.statK,
      statSum: goalEvaluations.statSum,
      statSumSq: goalEvaluations.statSumSq,
      population: goalEvaluations.population,
      definitionHash: goalEvaluations.definitionHash,
    })
    .from(goalEvaluations)
    .where(and(inArray(goalEvaluations.goalId, goalIds), eq(goalEvaluations.roundId, roundId)));
  return rows.map(({ goalId, unitId, statK, statSum, statSumSq, ...numbers }) => ({
    goalId,
    unitId,
    numbers: { ...numbers, stats: { n: numbers.n, k: statK, sum: statSum, sumSq: statSumSq } },
  }));
}

/** One goal with the path of its scope unit. */
export async function findGoal(db: DbOrTx, goalId: string): Promise<Goal | undefined> {
  const [row] = await db
    .select(goalColumns)
    .from(goals)
    .innerJoin(orgUnits, eq(orgUnits.id, goals.scopeUnitId))
    .where(eq(goals.id, goalId));
  return row as Goal | undefined;
}

/** Rounds with goal values from before goal statistics were stored (a trend needs them). */
export async function listRoundsLackingGoalStatistics(
  db: DbOrTx,
): Promise<{ roundId: string; municipalityId: string }[]> {
  return db
    .selectDistinct({ roundId: goalEvaluations.roundId, municipalityId: goalEvaluations.municipalityId })
    .from(goalEvaluations)
    .where(and(eq(goalEvaluations.definitionHash, ''), sql`${goalEvaluations.n} > 0`));
}

export async function updateGoal(
  db: DbOrTx,
  goalId: string,
  patch: Partial<
    Omit<NewGoal, 'municipalityId' | 'contractId' | 'instrumentKey' | 'indicatorKey' | 'position'>
  >,
): Promise<void> {
  await db.update(goals).set(patch).where(eq(goals.id, goalId));
}
