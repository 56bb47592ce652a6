import { staffEvent } from '../../core/audit/staff-actor';
import { Conflict, NotFound, ValidationFailed } from '../../core/errors';
import { MeasuredDefinition } from '../../core/measured/measured-definition';
import { MEASURED_LIBRARY } from '../../core/measured/measured-library';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  findMeasuredDefinition,
  listMeasuredDefinitions,
  saveMeasuredDefinition,
} from '../../db/repositories/measured-definitions';
import { hasMeasuredValues } from '../../db/repositories/measured-values';
import type { StaffUser } from '../../db/repositories/staff';
import { assertMayImportSickLeave } from './sick-leave-imports';

/** The municipality's measured indicators, and the library's it has not taken yet; any staff reads them. */
export async function listMeasuredDefinitionViews(
  db: Db,
  staff: StaffUser,
): Promise<{ definitions: MeasuredDefinition[]; library: MeasuredDefinition[] }> {
  const definitions = await listMeasuredDefinitions(db, staff.municipalityId);
  const taken = new Set(definitions.map((d) => d.key));
  return { definitions, library: MEASURED_LIBRARY.filter((d) => !taken.has(d.key)) };
}

/** A definition as sent, checked; every problem named by its path under `prefix`. */
export function parseDefinition(input: unknown, prefix: string): MeasuredDefinition {
  const result = MeasuredDefinition.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationFailed(
    'The measured indicator is not valid',
    result.error.issues.map((i) => ({
      field: [prefix, ...i.path].filter((p) => p !== '').join('.') || '(body)',
      issue: i.message,
    })),
  );
}

/**
 * Adds a measured indicator, taken from the library by its key or defined by the municipality;
 * a key already in use is a conflict. Recorded on the audit trail.
 */
export async function addMeasuredDefinition(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  body: { fromLibrary: string } | { definition: unknown },
): Promise<MeasuredDefinition> {
  assertMayImportSickLeave(staff);
  const fromLibrary = 'fromLibrary' in body;
  const definition = fromLibrary
    ? MEASURED_LIBRARY.find((d) => d.key === body.fromLibrary)
    : parseDefinition(body.definition, 'definition');
  if (!definition)
    throw new ValidationFailed('No such library indicator', [
      { field: 'fromLibrary', issue: 'not a key of the library' },
    ]);
  return deps.db.transaction(async (tx) => {
    if (await findMeasuredDefinition(tx, staff.municipalityId, definition.key))
      throw new Conflict(`There is a measured indicator ${definition.key} already`, [
        { field: fromLibrary ? 'fromLibrary' : 'definition.key', issue: 'the key is in use' },
      ]);
    await saveMeasuredDefinition(tx, staff.municipalityId, definition);
    const detail = { key: definition.key, fromLibrary };
    await recordAuditEvent(
      tx,
      staffEvent(staff, 'measured_changed', `measured:${definition.key}`, detail),
      deps.now(),
    );
    return definition;
  });
}

/** What values are computed from: changing it once values exist would change what they mean. */
const FIXED_BY_VALUES = ['kind', 'grain', 'per'] as const;

/** Changes a definition (same key). Its kind, grain and scale stay once values exist (409 naming the field). */
export async function changeMeasuredDefinition(
  deps: { db: Db; now: () => Date },
  staff: StaffUser,
  key: string,
  input: unknown,
): Promise<MeasuredDefinition> {
  assertMayImportSickLeave(staff);
  const definition = parseDefinition(input, '');
  if (definition.key !== key)
    throw new ValidationFailed('The key cannot change', [{ field: 'key', issue: `must be ${key}` }]);
  return deps.db.transaction(async (tx) => {
    const before = await findMeasuredDefinition(tx, staff.municipalityId, key);
    if (!before) throw new NotFound(`There is no measured indicator ${key}`);
    const changed = FIXED_BY_VALUES.filter((field) => before[field] !== definition[field]);
    if (changed.length && (await hasMeasuredValues(tx, staff.municipalityId, key)))
      throw new Conflict(
        'The indicator has values',
        changed.map((field) => ({
          field,
          issue: 'cannot change once the indicator has values',
          code: 'fixed_by_values',
        })),
      );
    await saveMeasuredDefinition(tx, staff.municipalityId, definition);
    await recordAuditEvent(tx, staffEvent(staff, 'measured_changed', `measured:${key}`, { key }), deps.now());
    return definition;
  });
}
