import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { GoalUpdate, NewContract, NewGoal, ServiceAreaInput } from '../../core/goals/contract-input';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { isQualityStaff } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import {
  findContract,
  listServiceAreas,
  nextGoalPosition,
  saveServiceArea,
  setContractPublished,
  type Contract,
} from '../../db/repositories/contracts';
import { createContract, createGoal, findGoal, updateGoal } from '../../db/repositories/goals';
import { findUnit } from '../../db/repositories/org-units';
import { createRecomputeRun } from '../../db/repositories/recompute-runs';
import { listRounds } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { recomputeRoundFullyJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { parseInput } from '../http/parse';
import { isMeasuredGoal } from '../../core/measured/measured-definition';
import { isSickLeaveGoal } from '../../core/sick-leave/sick-leave-goal';
import { loadGoalCatalogue } from './indicator-catalogue';

export interface ContractDeps {
  db: Db;
  instruments: InstrumentCache;
  queue: JobQueue;
  now: () => Date;
}

/** The contract is the council's: quality staff of the whole municipality write it. */
export function assertWritesContracts(staff: StaffUser): void {
  if (!isQualityStaff(staff))
    throw new Forbidden('Only quality staff for the whole municipality can change the quality contract');
}

export async function contractForStaff(db: Db, staff: StaffUser, contractId: string): Promise<Contract> {
  const contract = await findContract(db, contractId);
  if (!contract || contract.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no contract ${contractId}`);
  return contract;
}

export async function createContractFor(
  deps: ContractDeps,
  staff: StaffUser,
  input: unknown,
): Promise<string> {
  assertWritesContracts(staff);
  const contract = parseInput(NewContract, input, 'contract');
  return createContract(deps.db, { ...contract, municipalityId: staff.municipalityId });
}

/** "Dagtilbud og skole" → "dagtilbud-og-skole": a stable key goals refer to. */
const keyOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'area';

export async function addServiceArea(
  deps: ContractDeps,
  staff: StaffUser,
  contractId: string,
  input: unknown,
): Promise<string> {
  assertWritesContracts(staff);
  await contractForStaff(deps.db, staff, contractId);
  const area = parseInput(ServiceAreaInput, input, 'service area');
  const key = keyOf(area.name);
  await saveServiceArea(deps.db, contractId, { key, ...area });
  return key;
}

/** Renames a service area or rewrites its aim; its key, which goals refer to, stays. */
export async function changeServiceArea(
  deps: ContractDeps,
  staff: StaffUser,
  contractId: string,
  key: string,
  input: unknown,
): Promise<void> {
  assertWritesContracts(staff);
  await contractForStaff(deps.db, staff, contractId);
  const area = parseInput(ServiceAreaInput, input, 'service area');
  const areas = await listServiceAreas(deps.db, contractId);
  const existing = areas.find((a) => a.key === key);
  if (!existing) throw new NotFound(`The contract has no service area ${key}`);
  await saveServiceArea(deps.db, contractId, { key, ...area, position: existing.position });
}

/**
 * Adds a goal after checking it against the contract, the instrument and the organisation; then
 * every round of its instrument is recomputed, so the goal has a status as soon as that is done.
 */
export async function addGoal(
  deps: ContractDeps,
  staff: StaffUser,
  contractId: string,
  input: unknown,
): Promise<string> {
  assertWritesContracts(staff);
  const contract = await contractForStaff(deps.db, staff, contractId);
  const parsed = parseInput(NewGoal, input, 'goal');
  // A sick-leave goal is measured per calendar year unless told otherwise.
  const goal = isSickLeaveGoal(parsed)
    ? { ...parsed, measurePeriod: parsed.measurePeriod ?? 'year' }
    : parsed;
  await checkGoal(deps, staff, contract, goal);
  const given = goal.title.da ?? goal.title.nb ?? goal.title.en!;
  const title: LocalizedText = {
    da: goal.title.da ?? given,
    nb: goal.title.nb ?? given,
    en: goal.title.en ?? given,
  };
  const goalId = await createGoal(deps.db, {
    ...goal,
    title,
    municipalityId: staff.municipalityId,
    contractId,
    position: await nextGoalPosition(deps.db, contractId),
  });
  await judgeAgain(deps, staff.municipalityId, goal.instrumentKey);
  return goalId;
}

/** Every round of the instrument is recomputed, so a new or changed goal has its status within seconds. */
async function judgeAgain(deps: ContractDeps, municipalityId: string, instrumentKey: string) {
  for (const round of await listRounds(deps.db, municipalityId)) {
    if (round.instrumentKey !== instrumentKey) continue;
    const run = await createRecomputeRun(deps.db, { municipalityId, roundId: round.id });
    await deps.queue.enqueue(recomputeRoundFullyJob, { roundId: round.id, runId: run.id });
  }
}

/** Changes a goal (a typo in its title, a new target or deadline) and judges it again. */
export async function changeGoal(
  deps: ContractDeps,
  staff: StaffUser,
  goalId: string,
  input: unknown,
): Promise<void> {
  assertWritesContracts(staff);
  const goal = await findGoal(deps.db, goalId);
  if (!goal || goal.municipalityId !== staff.municipalityId) throw new NotFound(`There is no goal ${goalId}`);
  const patch = parseInput(GoalUpdate, input, 'goal');
  const title: LocalizedText = { ...goal.title, ...patch.title };
  const contract = await contractForStaff(deps.db, staff, goal.contractId);
  await checkGoal(deps, staff, contract, { ...goal, ...patch, title });
  await updateGoal(deps.db, goalId, { ...patch, title });
  await judgeAgain(deps, staff.municipalityId, goal.instrumentKey);
}

async function checkGoal(deps: ContractDeps, staff: StaffUser, contract: Contract, goal: NewGoal) {
  const issues: { field: string; issue: string }[] = [];
  const areas = await listServiceAreas(deps.db, contract.id);
  if (!areas.some((a) => a.key === goal.serviceArea))
    issues.push({ field: 'serviceArea', issue: `the contract has no service area ${goal.serviceArea}` });
  const catalogue = await loadGoalCatalogue(deps.db, deps.instruments, staff.municipalityId);
  const indicator = catalogue
    .find((i) => i.instrumentKey === goal.instrumentKey)
    ?.indicators.find((i) => i.key === goal.indicatorKey);
  if (!indicator)
    issues.push({
      field: 'indicatorKey',
      issue: isMeasuredGoal(goal)
        ? `the municipality has no measured indicator ${goal.indicatorKey}`
        : `${goal.instrumentKey} has no indicator ${goal.indicatorKey}`,
    });
  const filter = goal.breakdownFilter;
  if (isSickLeaveGoal(goal) && filter)
    issues.push({ field: 'breakdownFilter', issue: 'sick leave has no breakdowns: leave it out' });
  if (isMeasuredGoal(goal) && filter)
    issues.push({ field: 'breakdownFilter', issue: 'a measured indicator has no breakdowns: leave it out' });
  if (!isSickLeaveGoal(goal) && goal.measurePeriod !== null)
    issues.push({
      field: 'measurePeriod',
      issue: 'only a sick-leave goal is measured by period; a survey goal by round, a measured one by year',
    });
  if (indicator && filter && !indicator.breakdowns.some((b) => b.key === filter.breakdownKey))
    issues.push({
      field: 'breakdownFilter.breakdownKey',
      issue: `${indicator.key} cannot be broken down by ${filter.breakdownKey}`,
    });
  for (const [i, part] of (goal.rule.type === 'all' ? goal.rule.rules : [goal.rule]).entries()) {
    if (part.type === 'threshold' && indicator?.unit === 'share' && (part.target < 0 || part.target > 1))
      issues.push({
        field: goal.rule.type === 'all' ? `rule.rules.${i}.target` : 'rule.target',
        issue: 'a share target lies between 0 and 1 (0.9 is 90 %)',
      });
  }
  const scope = await findUnit(deps.db, goal.scopeUnitId);
  if (!scope || scope.municipalityId !== staff.municipalityId)
    issues.push({ field: 'scopeUnitId', issue: 'no such unit in this municipality' });
  if (goal.deadline < contract.periodStart)
    issues.push({ field: 'deadline', issue: `before the contract starts (${contract.periodStart})` });
  if (issues.length) throw new ValidationFailed('The goal is not valid', issues);
}

export async function setPublished(
  deps: ContractDeps,
  staff: StaffUser,
  contractId: string,
  published: boolean,
): Promise<void> {
  assertWritesContracts(staff);
  await contractForStaff(deps.db, staff, contractId);
  await setContractPublished(deps.db, contractId, published ? deps.now() : null);
}
