import { asc, eq, sql } from 'drizzle-orm';
import type { ActionStatus, GoalActionUpdate, NewGoalAction } from '../../core/goals/goal-action';
import type { DbOrTx } from '../database';
import { goalActions, orgUnits } from '../schema';

export interface GoalAction {
  id: string;
  goalId: string;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
  what: string;
  responsible: string;
  dueOn: string | null;
  status: ActionStatus;
  note: string | null;
  updatedAt: string;
}

const actionColumns = {
  id: goalActions.id,
  goalId: goalActions.goalId,
  unitId: goalActions.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  what: goalActions.what,
  responsible: goalActions.responsible,
  dueOn: goalActions.dueOn,
  status: goalActions.status,
  note: goalActions.note,
  updatedAt: sql<string>`to_char(${goalActions.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
};

export async function createGoalAction(
  db: DbOrTx,
  action: NewGoalAction & { municipalityId: string; goalId: string },
): Promise<string> {
  const [row] = await db.insert(goalActions).values(action).returning({ id: goalActions.id });
  return row!.id;
}

/** A goal's actions, by due date (undated last), then as they were added. */
export async function listGoalActions(db: DbOrTx, goalId: string): Promise<GoalAction[]> {
  const rows = await db
    .select(actionColumns)
    .from(goalActions)
    .leftJoin(orgUnits, eq(orgUnits.id, goalActions.unitId))
    .where(eq(goalActions.goalId, goalId))
    .orderBy(sql`${goalActions.dueOn} asc nulls last`, asc(goalActions.createdAt));
  return rows as GoalAction[];
}

export async function findGoalAction(
  db: DbOrTx,
  actionId: string,
): Promise<(GoalAction & { municipalityId: string }) | undefined> {
  const [row] = await db
    .select({ ...actionColumns, municipalityId: goalActions.municipalityId })
    .from(goalActions)
    .leftJoin(orgUnits, eq(orgUnits.id, goalActions.unitId))
    .where(eq(goalActions.id, actionId));
  return row as (GoalAction & { municipalityId: string }) | undefined;
}

export async function updateGoalAction(db: DbOrTx, actionId: string, update: GoalActionUpdate) {
  await db
    .update(goalActions)
    .set({ status: update.status, note: update.note, updatedAt: sql`now()` })
    .where(eq(goalActions.id, actionId));
}
