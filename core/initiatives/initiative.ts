import { z } from 'zod';

/** The four kinds of case in seed 003: daycare 28 %, school 35 %, elderly care 23 %, cross-cutting 14 %. */
export const SECTORS = ['daycare', 'school', 'elderly-care', 'cross-cutting'] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

const title = z.string().trim().min(1, 'give the initiative a title').max(200);
const description = z.string().trim().min(1, 'describe what was done and how it went').max(8000);
const goalIds = z
  .array(z.uuid())
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, 'a goal is listed twice');
/** The answers as sent; checked against the assessment instrument by the use case, not here. */
const assessment = z.record(z.string(), z.unknown()).nullable();

/**
 * An initiative (a quality-development case): what was done, in which sector, who to ask about it
 * (the contact unit), the quality goals it works towards, and, when rated, its assessment.
 */
export const NewInitiative = z.object({
  sector: Sector,
  title,
  description,
  contactUnitId: z.uuid(),
  goalIds: goalIds.default([]),
  assessment: assessment.default(null),
});
export type NewInitiative = z.infer<typeof NewInitiative>;

/** A change: the fields given replace what was stored; `goalIds` replaces the set, `assessment: null` removes it. */
export const InitiativeUpdate = z
  .object({
    sector: Sector.optional(),
    title: title.optional(),
    description: description.optional(),
    contactUnitId: z.uuid().optional(),
    goalIds: goalIds.optional(),
    assessment: assessment.optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), 'nothing to change');
export type InitiativeUpdate = z.infer<typeof InitiativeUpdate>;

/** What the catalogue is searched by; every part optional. */
export const InitiativeQuery = z.object({
  q: z.string().trim().max(200).default(''),
  sector: Sector.optional(),
  municipalityId: z.uuid().optional(),
});
export type InitiativeQuery = z.infer<typeof InitiativeQuery>;
