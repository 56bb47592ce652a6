import { z } from 'zod';

/** Where an action stands; "dropped" keeps it in the follow-up report with the reason in its note. */
export const ActionStatus = z.enum(['planned', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

const isoDate = z.iso.date();

/**
 * A way to reach a goal (seed 000: the contract states the ways to reach its goals): what is done,
 * by whom, where (a unit in the goal's scope, or the whole scope), by when, and how it stands.
 */
export const NewGoalAction = z.object({
  what: z.string().trim().min(1, 'say what will be done').max(1000),
  responsible: z.string().trim().min(1, 'say who is responsible').max(200),
  unitId: z.uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  status: ActionStatus.default('planned'),
  note: z.string().trim().max(4000).nullable().default(null),
});
export type NewGoalAction = z.infer<typeof NewGoalAction>;

/** A change of an action's standing, with the qualitative note that goes beside the numbers. */
export const GoalActionUpdate = z.object({
  status: ActionStatus,
  note: z.string().trim().max(4000).nullable().default(null),
});
export type GoalActionUpdate = z.infer<typeof GoalActionUpdate>;
