import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { GoalActionUpdate, NewGoalAction } from '../../core/goals/goal-action';
import { isWithin } from '../../core/org/org-unit';
import { mayAct } from '../../core/org/scope';
import type { Db } from '../../db/database';
import {
  createGoalAction,
  findGoalAction,
  listGoalActions,
  updateGoalAction,
  type GoalAction,
} from '../../db/repositories/goal-actions';
import { findGoal, type Goal } from '../../db/repositories/goals';
import { findUnit, listSubtree } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

export interface GoalWithActions {
  goal: Goal;
  actions: GoalAction[];
  /** Units of the goal's scope the user may plan actions for (none for viewers). */
  units: { id: string; name: string; depth: number }[];
  /** Whether the user may add actions for the whole scope (quality staff whose scope covers it). */
  mayPlanForScope: boolean;
}

async function goalForStaff(db: Db, staff: StaffUser, goalId: string): Promise<Goal> {
  const goal = await findGoal(db, goalId);
  if (!goal || goal.municipalityId !== staff.municipalityId) throw new NotFound(`There is no goal ${goalId}`);
  return goal;
}

/** A goal with its actions; everyone in the municipality may read the ways to reach its goals. */
export async function loadGoalWithActions(
  db: Db,
  staff: StaffUser,
  goalId: string,
): Promise<GoalWithActions> {
  const goal = await goalForStaff(db, staff, goalId);
  const scope = await findUnit(db, goal.scopeUnitId);
  const units = scope && mayAct(staff) ? await listSubtree(db, scope) : [];
  const depthOf = (path: string) => path.split('/').filter(Boolean).length;
  const rootDepth = scope ? depthOf(scope.path) : 0;
  return {
    goal,
    actions: await listGoalActions(db, goal.id),
    units: units
      .filter((u) => isWithin(u.path, staff.scopeUnitPath))
      .map((u) => ({ id: u.id, name: u.name, depth: depthOf(u.path) - rootDepth })),
    mayPlanForScope: mayAct(staff) && isWithin(goal.scopeUnitPath, staff.scopeUnitPath),
  };
}

/**
 * Adds a way to reach a goal. Quality staff plan for the whole scope or any unit in it; a unit
 * leader for units in their own part of the organisation; viewers read only.
 */
export async function addGoalAction(
  db: Db,
  staff: StaffUser,
  goalId: string,
  body: unknown,
): Promise<string> {
  if (!mayAct(staff)) throw new Forbidden('Viewers cannot plan actions');
  const goal = await goalForStaff(db, staff, goalId);
  const action = parseInput(NewGoalAction, body, 'action');
  if (action.unitId === null) {
    if (!isWithin(goal.scopeUnitPath, staff.scopeUnitPath))
      throw new Forbidden('Only staff responsible for the whole goal can plan for all its units');
  } else {
    const unit = await findUnit(db, action.unitId);
    if (!unit || unit.municipalityId !== staff.municipalityId || !isWithin(unit.path, goal.scopeUnitPath))
      throw new ValidationFailed('The unit is not in the goal’s scope', [
        { field: 'unitId', issue: 'not a unit the goal covers' },
      ]);
    if (!isWithin(unit.path, staff.scopeUnitPath))
      throw new Forbidden('That unit is outside your part of the organisation');
  }
  return createGoalAction(db, { ...action, municipalityId: goal.municipalityId, goalId: goal.id });
}

/** Moves an action on (or drops it) with a note; by whoever may plan for its unit. */
export async function changeGoalAction(db: Db, staff: StaffUser, actionId: string, body: unknown) {
  if (!mayAct(staff)) throw new Forbidden('Viewers cannot change actions');
  const action = await findGoalAction(db, actionId);
  if (!action || action.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no action ${actionId}`);
  const update = parseInput(GoalActionUpdate, body, 'action');
  const goal = await goalForStaff(db, staff, action.goalId);
  const where = action.unitPath ?? goal.scopeUnitPath;
  if (!isWithin(where, staff.scopeUnitPath))
    throw new Forbidden('That action is outside your part of the organisation');
  await updateGoalAction(db, actionId, update);
  return { goalId: goal.id };
}
