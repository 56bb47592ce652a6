import { z } from 'zod';

const label = z.string().trim().min(1).max(300);

/** A text in the three languages; one is enough, the others fall back to it (localizedOrFallback). */
export const MeasuredText = z
  .object({ da: label.optional(), nb: label.optional(), en: label.optional() })
  .refine((t) => Boolean(t.da ?? t.nb ?? t.en), { message: 'write it in at least one language' });
export type MeasuredText = z.infer<typeof MeasuredText>;

/**
 * What a figure is, and so how units and periods add up. Every kind is kept as sums, never as a
 * value: a parent's or a year's figure is Σ numerator ÷ Σ denominator, weighted by the
 * denominators, never a mean of the parts' percentages.
 * - share: numerator of denominator (qualified teachers' lessons of all lessons), 0..1
 * - rate: numerator per `per` of the denominator (falls per 1,000 resident days; sick days per 100
 *   planned days)
 * - mean: Σ values ÷ count (waiting days over the persons who waited)
 * - count: the numerator alone, added up (complaints received in the period)
 */
export const MeasureKind = z.enum(['share', 'rate', 'mean', 'count']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/**
 * The period one figure covers as it is delivered: a calendar month, quarter, a school year
 * (August to July) or a calendar year. Shorter periods also add up to the year they are in.
 */
export const PeriodGrain = z.enum(['month', 'quarter', 'school-year', 'calendar-year']);
export type PeriodGrain = z.infer<typeof PeriodGrain>;

const KEY = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * A measured indicator (målt kvalitet / nøgletal): the municipality's own figure per unit and
 * period, as KOSTRA, Skoleporten, IPLOS or its own registers give it. `minPersons` decides whether
 * a figure may be shown: the persons behind it (the pupils, residents or employees counted), as
 * for survey groups; 0 for figures about no one in particular (published KOSTRA figures). An
 * interval applies only to figures from a sample; register data count everyone and have none.
 */
export const MeasuredDefinition = z
  .object({
    key: z.string().regex(KEY, 'a key of 2–63 lower-case letters, digits and dashes, starting with a letter'),
    title: MeasuredText,
    description: MeasuredText.optional(),
    kind: MeasureKind,
    /** A rate's scale: per 1,000 days → 1000. Shares are 0..1 and shown as per cent; means and counts have 1. */
    per: z.number().int().positive().max(1_000_000).default(1),
    /** What is counted (sick days, falls, lessons by qualified teachers). */
    numeratorLabel: MeasuredText,
    /** What it is counted of; none for a count. */
    denominatorLabel: MeasuredText.nullable().default(null),
    grain: PeriodGrain,
    polarity: z.enum(['higher-is-better', 'lower-is-better']),
    /** Who the persons behind a figure are (employees, pupils, residents); shown beside n. */
    personsLabel: MeasuredText.nullable().default(null),
    minPersons: z.number().int().min(0).max(1000).default(5),
    interval: z.enum(['none', 'wilson']).default('none'),
    /** A KOSTRA table's indicator code, so a KOSTRA extract can be read by code. */
    kostraCode: z.string().trim().min(1).max(40).nullable().default(null),
    /** Where the figures come from: "KOSTRA tabell 12345", "the municipality's payroll system". */
    source: z.string().trim().max(300).default(''),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'count' && d.denominatorLabel !== null)
      ctx.addIssue({ code: 'custom', path: ['denominatorLabel'], message: 'a count has no denominator' });
    if (d.kind !== 'count' && d.denominatorLabel === null)
      ctx.addIssue({ code: 'custom', path: ['denominatorLabel'], message: 'say what it is counted of' });
    if (d.interval === 'wilson' && d.kind !== 'share')
      ctx.addIssue({
        code: 'custom',
        path: ['interval'],
        message: 'an interval is computed for shares only',
      });
    if (d.kind !== 'rate' && d.per !== 1)
      ctx.addIssue({ code: 'custom', path: ['per'], message: 'only a rate has a scale' });
  });
export type MeasuredDefinition = z.infer<typeof MeasuredDefinition>;
export type MeasuredDefinitionInput = z.input<typeof MeasuredDefinition>;

/** Goals on a measured indicator name this "instrument" and the definition's key. */
export const MEASURED_INSTRUMENT_KEY = 'measured';
export const isMeasuredGoal = (goal: { instrumentKey: string }): boolean =>
  goal.instrumentKey === MEASURED_INSTRUMENT_KEY;
