import { z } from 'zod';
import type { FieldIssue } from '../errors';

const isoDate = (what: string) => z.iso.date(`the ${what} as a date, YYYY-MM-DD`);
const titleText = z.string().trim().max(200, 'at most 200 characters');

/**
 * A new round: an instrument version, a title in Danish (Norwegian and English default to it),
 * the first and last day respondents can answer, and the units it asks (an open link each, unless
 * the round is answered only through personal links: then none is offered or accepted).
 */
export const NewRound = z
  .object({
    instrumentVersionId: z.uuid('choose a survey'),
    title: z.object(
      {
        da: titleText.min(1, 'write the title in Danish'),
        nb: titleText.optional(),
        en: titleText.optional(),
      },
      'write the title in Danish',
    ),
    opensOn: isoDate('first day'),
    closesOn: isoDate('last day'),
    unitIds: z
      .array(z.uuid('not a unit id'), 'choose the units the round asks')
      .min(1, 'choose at least one unit')
      .max(5000, 'at most 5000 units')
      .refine((ids) => new Set(ids).size === ids.length, 'a unit is chosen twice'),
    personalLinksOnly: z.boolean('true or false').default(false),
  })
  .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'closes before it opens' });
export type NewRound = z.infer<typeof NewRound>;

/** A round that closed before it was made would never take an answer. */
export function checkRoundPeriod(round: Pick<NewRound, 'closesOn'>, today: string): FieldIssue[] {
  if (round.closesOn < today) return [{ field: 'closesOn', issue: `already past (today is ${today})` }];
  return [];
}

/** Consultants and administrators set up rounds (within their scope); leaders and viewers do not. */
export function mayCreateRounds(staff: { role: string }): boolean {
  return staff.role === 'admin' || staff.role === 'consultant';
}

/** The title in every language, the missing ones filled from the Danish. */
export function fullTitle(title: NewRound['title']): { da: string; nb: string; en: string } {
  return { da: title.da, nb: title.nb || title.da, en: title.en || title.da };
}
