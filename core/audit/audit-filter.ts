import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit-action';

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** Whether "YYYY-MM-DD" names a day of the Gregorian calendar (2026-02-29 does not). */
export function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

// One message for any text that is no day: "yesterday" is not two problems.
const day = z.preprocess(
  emptyAsMissing,
  z
    .string()
    .refine((t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && isCalendarDay(t), 'a date such as 2026-05-01')
    .optional(),
);

export const AUDIT_PAGE_SIZE = 50;

/**
 * What an administrator asks of the trail: one action, an actor's e-mail (or part of it), a range
 * of days (UTC, both ends included), and a page of AUDIT_PAGE_SIZE (1 is the newest).
 */
export const AuditFilter = z
  .object({
    action: z.preprocess(emptyAsMissing, z.enum(AUDIT_ACTIONS, 'not an action of the trail').optional()),
    actor: z.preprocess(emptyAsMissing, z.string().trim().toLowerCase().max(254).optional()),
    from: day,
    to: day,
    page: z.preprocess(
      emptyAsMissing,
      z.coerce.number().int('a whole number').min(1, 'at least 1').max(100_000).default(1),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'on or after the from date' });
export type AuditFilter = z.infer<typeof AuditFilter>;
