import type { z } from 'zod';
import { ValidationFailed } from '../../core/errors';
import { assertStorableText } from './storable-text';

/**
 * Parse at the edge: text that could not be stored is refused first (400 naming the field), then
 * a failing schema becomes a 422 naming each field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  assertStorableText(input, what);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationFailed(
    `The ${what} is not valid`,
    result.error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : '(body)',
      issue: i.message,
    })),
  );
}
