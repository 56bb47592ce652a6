import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { goals } from './indicators';
import { municipalities, orgUnits } from './organisation';

/** The ways to reach a goal: what, where, who, by when, and how it stands. */
export const goalActions = pgTable(
  'goal_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    /** A unit in the goal's scope, or null for the whole scope. */
    unitId: uuid('unit_id').references(() => orgUnits.id),
    what: text('what').notNull(),
    responsible: text('responsible').notNull(),
    dueOn: date('due_on'),
    status: text('status', { enum: ['planned', 'in-progress', 'done', 'dropped'] })
      .notNull()
      .default('planned'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_actions_goal_idx').on(t.goalId)],
);
