import { z } from 'zod';

/**
 * The municipality's own key for a unit (an institution number, "NORD-3A"): what a CSV import
 * matches rows by. Letters, digits and . _ - / only, so it survives spreadsheets and URLs.
 */
export const UnitCode = z
  .string()
  .trim()
  .min(1, { error: 'give the unit a code', abort: true })
  .max(40, 'at most 40 characters')
  .regex(/^[\p{L}\p{N}._\-/]+$/u, 'use letters, digits and . _ - / only (no spaces)');

export const UnitName = z.string().trim().min(1, 'give the unit a name').max(200, 'at most 200 characters');

/** A whole number typed in a form or a CSV cell ("25"), or sent as a number; '' means not given. */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value.trim())) : value),
    z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  );

/** Danish grades run 0-10, Norwegian 1-13 (upper secondary). */
export const UnitGrade = wholeNumber(0, 13);

/** The people the unit's surveys address (pupils in a class): corrects confidence intervals. */
export const UnitPopulation = wholeNumber(0, 1_000_000);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** A unit added by hand under a parent; its kind follows from the parent's. */
export const NewUnitInput = z.object({
  parentId: z.uuid('choose the unit it goes under'),
  name: UnitName,
  code: optional(UnitCode),
  grade: optional(UnitGrade),
  population: optional(UnitPopulation),
  families: optional(UnitPopulation),
  employees: optional(UnitPopulation),
  kind: z.enum(['area', 'institution', 'group']).optional(),
});
export type NewUnitInput = z.infer<typeof NewUnitInput>;

/** A rename or correction of a unit; null clears code, grade or a population figure. */
export const UnitChange = z
  .object({
    name: UnitName.optional(),
    code: UnitCode.nullable().optional(),
    grade: UnitGrade.nullable().optional(),
    population: UnitPopulation.nullable().optional(),
    families: UnitPopulation.nullable().optional(),
    employees: UnitPopulation.nullable().optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'nothing to change' });
export type UnitChange = z.infer<typeof UnitChange>;
