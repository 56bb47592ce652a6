import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit-action';

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);
const day = z.preprocess(
  emptyAsMissing,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-05-01')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a date')
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

/** The filter as moments: from the first day's start up to (not including) the day after the last. */
export function auditRange(filter: AuditFilter): { from?: Date; before?: Date } {
  return {
    from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
    before: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}
