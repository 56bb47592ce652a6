import { z } from 'zod';

/** A query string's whole number within bounds (`?offset=50`), named in the refusal when it is not. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `from ${min} to ${max}`);
