import { staffEvent } from '../../core/audit/staff-actor';
import { exportFileName } from '../../core/exports/export-file-name';
import type { ExportTable } from '../../core/exports/export-table';
import { planOrgImport } from '../../core/org/org-csv';
import { orgCsvTemplate } from '../../core/org/org-csv-template';
import type { ImportIssue } from '../../core/org/org-csv-rows';
import type { OrgImportPlan, PlannedCreate, UnitChanges } from '../../core/org/org-import-plan';
import type { OrgUnit, UnitKind } from '../../core/org/org-unit';
import type { Db, Tx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  createUnit,
  listUnitDetails,
  lockOrganisation,
  updateUnit,
  type UnitDetails,
} from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { assertKeepsOrganisation, loadOrganisation } from './organisation-tree';

/** What an import found, or did: the API's answer and the preview page's content. */
export interface ImportReport {
  errors: ImportIssue[];
  created: {
    line: number;
    code: string;
    name: string;
    kind: UnitKind;
    parent: string;
    grade: number | null;
    population: number | null;
    families: number | null;
    employees: number | null;
  }[];
  updated: { line: number; code: string; name: string; changes: UnitChanges }[];
  unchanged: number;
  /** Whether the changes were written: never when there are errors, never for a preview. */
  applied: boolean;
}

const reportOf = (plan: OrgImportPlan, applied: boolean): ImportReport => ({
  errors: plan.issues,
  created: plan.creates.map(({ parent: _ref, parentLabel, ...c }) => ({ ...c, parent: parentLabel })),
  updated: plan.updates.map(({ line, code, name, changes }) => ({ line, code, name, changes })),
  unchanged: plan.unchanged,
  applied,
});

/** What importing the file would do, without doing it. */
export async function previewOrganisationImport(
  db: Db,
  staff: StaffUser,
  csv: string,
): Promise<ImportReport> {
  assertKeepsOrganisation(staff);
  return reportOf(planOrgImport(csv, await listUnitDetails(db, staff.municipalityId)), false);
}

/**
 * Applies the file in one transaction, planned anew against the tree as it is now (it may have
 * changed since the preview). With any error nothing is written. Units not in the file are kept.
 */
export async function importOrganisation(
  db: Db,
  staff: StaffUser,
  csv: string,
  at: Date,
): Promise<ImportReport> {
  assertKeepsOrganisation(staff);
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, staff.municipalityId);
    const units = await listUnitDetails(tx, staff.municipalityId);
    const plan = planOrgImport(csv, units);
    if (plan.issues.length) return reportOf(plan, false);
    await applyPlan(tx, staff.municipalityId, plan, units);
    const changed = plan.creates.length + plan.updates.length > 0;
    // A file that changes nothing changed nothing to audit.
    if (changed) {
      const counts = {
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
      };
      const event = staffEvent(
        staff,
        'organisation_imported',
        `municipality:${staff.municipalityId}`,
        counts,
      );
      await recordAuditEvent(tx, event, at);
    }
    return reportOf(plan, changed);
  });
}

async function applyPlan(tx: Tx, municipalityId: string, plan: OrgImportPlan, units: UnitDetails[]) {
  const byId = new Map<string, OrgUnit>(units.map((u) => [u.id, u]));
  const createdByCode = new Map<string, OrgUnit>();
  const parentOf = (create: PlannedCreate) =>
    'unitId' in create.parent ? byId.get(create.parent.unitId)! : createdByCode.get(create.parent.code)!;
  // One at a time and parents first: a transaction is one connection, and a child's path is its parent's.
  for (const create of plan.creates) {
    const { code, name, kind, grade, population, families, employees } = create;
    const parent = parentOf(create);
    createdByCode.set(
      code,
      await createUnit(tx, {
        municipalityId,
        parent,
        kind,
        name,
        code,
        grade,
        population,
        families,
        employees,
      }),
    );
  }
  for (const update of plan.updates) await updateUnit(tx, update.unitId, update.changes);
}

/** The tree as an import file (see orgCsvTemplate), named after the municipality. */
export async function loadOrganisationTemplate(
  db: Db,
  staff: StaffUser,
): Promise<{ table: ExportTable; fileName: string }> {
  const { rows } = await loadOrganisation(db, staff);
  return {
    table: orgCsvTemplate(rows),
    fileName: exportFileName(['organisation', rows[0]?.name ?? ''], 'csv'),
  };
}
