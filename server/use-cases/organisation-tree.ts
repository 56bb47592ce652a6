import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import type { UnitKind } from '../../core/org/org-unit';
import { countUnitsBelow, orderTree } from '../../core/org/org-tree';
import { keepsOrganisation } from '../../core/org/scope';
import { NewUnitInput, UnitChange } from '../../core/org/unit-input';
import { childKindOf } from '../../core/org/unit-kinds';
import type { Db, Tx } from '../../db/database';
import {
  createUnit,
  findUnit,
  findUnitByCode,
  listUnitDetails,
  lockOrganisation,
  updateUnit,
  type UnitDetails,
} from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

export function assertKeepsOrganisation(staff: StaffUser): void {
  if (!keepsOrganisation(staff))
    throw new Forbidden('Only administrators of the whole municipality keep its organisation tree');
}

/** One line of the tree as the administrator sees it. */
export interface OrganisationRow extends UnitDetails {
  depth: number;
  unitsBelow: number;
  /** The kind a unit added under this one gets; null under a group. */
  childKind: UnitKind | null;
}

export interface OrganisationView {
  rows: OrganisationRow[];
  /** Units of each kind in the whole tree. */
  totals: Record<UnitKind, number>;
}

export async function loadOrganisation(db: Db, staff: StaffUser): Promise<OrganisationView> {
  assertKeepsOrganisation(staff);
  const units = await listUnitDetails(db, staff.municipalityId);
  const byId = new Map(units.map((u) => [u.id, u]));
  const root = units.find((u) => u.kind === 'municipality')!;
  const below = countUnitsBelow(units);
  const rows = orderTree(root, units).map(({ unit, depth }) => ({
    ...byId.get(unit.id)!,
    depth,
    unitsBelow: below.get(unit.id) ?? 0,
    childKind: childKindOf(unit.kind),
  }));
  const totals = { municipality: 0, area: 0, institution: 0, group: 0 };
  for (const unit of units) totals[unit.kind]++;
  return { rows, totals };
}

const invalid = (field: string, issue: string) =>
  new ValidationFailed('The unit is not valid', [{ field, issue }]);

/** A code names one unit of the municipality: the import matches rows by it. */
async function assertCodeFree(tx: Tx, municipalityId: string, code: string, unitId?: string) {
  const holder = await findUnitByCode(tx, municipalityId, code);
  if (holder && holder.id !== unitId) throw invalid('code', `${code} is already the code of ${holder.name}`);
}

/** Adds a unit under a parent; its kind is the level below the parent's. */
export async function addUnit(db: Db, staff: StaffUser, input: unknown): Promise<string> {
  assertKeepsOrganisation(staff);
  const unit = parseInput(NewUnitInput, input, 'unit');
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, staff.municipalityId);
    const parent = await findUnit(tx, unit.parentId);
    if (!parent || parent.municipalityId !== staff.municipalityId)
      throw invalid('parentId', 'there is no such unit in the organisation');
    const kind = childKindOf(parent.kind);
    if (!kind) throw invalid('parentId', `${parent.name} is a group: nothing goes under a group`);
    if (unit.kind && unit.kind !== kind)
      throw invalid('kind', `only a unit of kind ${kind} goes under ${parent.name}`);
    if (unit.code) await assertCodeFree(tx, staff.municipalityId, unit.code);
    const { name, code, grade, population, families, employees } = unit;
    const created = await createUnit(tx, {
      municipalityId: staff.municipalityId,
      parent,
      kind,
      name,
      code,
      grade,
      population,
      families,
      employees,
    });
    return created.id;
  });
}

/** Renames or corrects a unit in place; it stays where it is in the tree. */
export async function changeUnit(db: Db, staff: StaffUser, unitId: string, input: unknown): Promise<void> {
  assertKeepsOrganisation(staff);
  const change = parseInput(UnitChange, input, 'change');
  await db.transaction(async (tx) => {
    await lockOrganisation(tx, staff.municipalityId);
    const unit = await findUnit(tx, unitId);
    if (!unit || unit.municipalityId !== staff.municipalityId)
      throw new NotFound(`There is no unit ${unitId}`);
    if (change.code) await assertCodeFree(tx, staff.municipalityId, change.code, unitId);
    await updateUnit(tx, unitId, change);
  });
}
