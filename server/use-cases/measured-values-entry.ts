import { z } from 'zod';
import { staffEvent } from '../../core/audit/staff-actor';
import { NotFound, ValidationFailed, type FieldIssue } from '../../core/errors';
import { measuredNumbersIssues } from '../../core/measured/measured-numbers-check';
import { parsePeriodKey, periodStartDate } from '../../core/measured/measured-period';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { upsertMeasuredValues } from '../../db/repositories/measured-values';
import { listUnitDetails } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { assertMayImportSickLeave } from './sick-leave-imports';

const Count = z.number().finite().nullable().default(null);

/** PUT /api/measured/:key/values: a few figures by hand (yearly ones, most often). */
export const MeasuredValuesEntry = z.object({
  values: z
    .array(
      z.object({
        unitId: z.string(),
        period: z.string().max(20),
        numerator: z.number().finite().nullable(),
        denominator: Count,
        persons: Count,
      }),
    )
    .min(1)
    .max(1000),
});
export type MeasuredValuesEntry = z.infer<typeof MeasuredValuesEntry>;

/** `values[2].numerator`, as the form names its fields. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part),
    '',
  );

/**
 * Stores figures entered by hand, all or nothing: every value is checked first (a unit of the
 * municipality, a period of the indicator's grain, numbers that hold for its kind, no unit and
 * period twice), each problem named `values[i].<field>`; then all are stored in one transaction,
 * replacing those of the same unit and period, and the entry is put on the audit trail.
 */
export async function enterMeasuredValues(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  key: string,
  input: unknown,
): Promise<{ saved: number }> {
  assertMayImportSickLeave(staff);
  const parsed = MeasuredValuesEntry.safeParse(input);
  if (!parsed.success)
    throw new ValidationFailed(
      'The values are not valid',
      parsed.error.issues.map((i) => ({ field: fieldOf(i.path) || '(body)', issue: i.message })),
    );
  const definition = await findMeasuredDefinition(deps.db, staff.municipalityId, key);
  if (!definition) throw new NotFound(`There is no measured indicator ${key}`);
  const unitIds = new Set((await listUnitDetails(deps.db, staff.municipalityId)).map((u) => u.id));
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const rows = parsed.data.values.map((value, i) => {
    const at = (field: string, issue: string) => issues.push({ field: `values[${i}].${field}`, issue });
    if (!unitIds.has(value.unitId)) at('unitId', 'not a unit of the municipality');
    const period = parsePeriodKey(definition.grain, value.period);
    if (!period) at('period', `not a period of the indicator's grain (${definition.grain})`);
    for (const { field, issue, code, params } of measuredNumbersIssues(definition, value))
      issues.push({ field: `values[${i}].${field}`, issue, code, params });
    const periodStart = period ? periodStartDate(period) : '';
    const twice = seen.get(`${value.unitId}|${periodStart}`);
    if (period && twice !== undefined) at('period', `the same unit and period as values[${twice}]`);
    seen.set(`${value.unitId}|${periodStart}`, i);
    const { unitId, numerator, denominator, persons } = value;
    return {
      indicatorKey: key,
      unitId,
      periodStart,
      numerator: numerator ?? 0,
      denominator,
      persons,
      source: 'hand' as const,
      enteredBy: staff.id,
    };
  });
  if (issues.length) throw new ValidationFailed('The values are not valid', issues);
  await deps.db.transaction(async (tx) => {
    const replaced = await upsertMeasuredValues(tx, staff.municipalityId, rows);
    const detail = { key, values: rows.length, replacedValues: replaced };
    await recordAuditEvent(tx, staffEvent(staff, 'measured_changed', `measured:${key}`, detail), deps.now());
  });
  return { saved: rows.length };
}
