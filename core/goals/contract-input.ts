import { z } from 'zod';
import { MeasurePeriod } from '../sick-leave/sick-leave-goal';
import { BreakdownFilter, GoalRule } from './goal-rule';

const isoDate = z.iso.date();

/** kvalitetskontrakt: a title and the period it covers (usually the budget years). */
export const NewContract = z
  .object({
    title: z.string().trim().min(1, 'give the contract a title').max(200),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .refine((c) => c.periodStart <= c.periodEnd, { path: ['periodEnd'], message: 'ends before it starts' });
export type NewContract = z.infer<typeof NewContract>;

/** A service area and its overall aim, in the municipality's own words. */
export const ServiceAreaInput = z.object({
  name: z.string().trim().min(1, 'name the service area').max(120),
  aim: z.string().trim().max(4000).default(''),
});
export type ServiceAreaInput = z.infer<typeof ServiceAreaInput>;

const titleText = z.string().trim().min(1).max(300);

/**
 * kvalitetsmål: indicator + scope (a unit, optionally each unit of a kind below it) + breakdown
 * filter + rule + deadline. The title is written once; a translation may be given for nb and en.
 */
export const NewGoal = z.object({
  serviceArea: z.string().trim().min(1, 'choose a service area'),
  title: z
    .object({ da: titleText.optional(), nb: titleText.optional(), en: titleText.optional() })
    .refine((t) => Boolean(t.da ?? t.nb ?? t.en), { message: 'write the goal as a sentence' }),
  instrumentKey: z.string().min(1, 'choose a survey'),
  indicatorKey: z.string().min(1, 'choose an indicator'),
  scopeUnitId: z.uuid('choose the unit the goal is for'),
  /** "Every unit below": each area, institution (school, daycare, care unit) or group (class). */
  eachUnitKind: z.enum(['area', 'institution', 'group']).nullable().default(null),
  breakdownFilter: BreakdownFilter.nullable().default(null),
  rule: GoalRule,
  deadline: isoDate,
  actionsDecidedLocally: z.boolean().default(false),
  /** Sick-leave goals only: the period each measurement covers (the calendar year when not given). */
  measurePeriod: MeasurePeriod.nullable().default(null),
});
export type NewGoal = z.infer<typeof NewGoal>;

/** A change to a goal: anything but what it is measured on (another indicator is another goal). */
export const GoalUpdate = NewGoal.omit({
  instrumentKey: true,
  indicatorKey: true,
  measurePeriod: true,
}).partial();
export type GoalUpdate = z.infer<typeof GoalUpdate>;
