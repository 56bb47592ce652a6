import { randomUUID } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { childPath, type OrgUnit, type UnitKind } from '../../core/org/org-unit';
import type { DbOrTx, Tx } from '../database';
import { orgUnits } from '../schema';

/** The columns of an OrgUnit, for selects that join units to something else. */
export const unitColumns = {
  id: orgUnits.id,
  municipalityId: orgUnits.municipalityId,
  parentId: orgUnits.parentId,
  path: orgUnits.path,
  kind: orgUnits.kind,
  sector: orgUnits.sector,
  name: orgUnits.name,
  grade: orgUnits.grade,
};

export interface NewUnit {
  municipalityId: string;
  parent: OrgUnit | null;
  kind: UnitKind;
  name: string;
  sector?: string | null;
  grade?: number | null;
  code?: string | null;
  population?: number | null;
  families?: number | null;
  employees?: number | null;
}

export async function createUnit(db: DbOrTx, unit: NewUnit): Promise<OrgUnit> {
  const id = randomUUID();
  const [row] = await db
    .insert(orgUnits)
    .values({
      id,
      municipalityId: unit.municipalityId,
      parentId: unit.parent?.id ?? null,
      path: childPath(unit.parent?.path ?? null, id),
      kind: unit.kind,
      sector: unit.sector ?? unit.parent?.sector ?? null,
      name: unit.name,
      grade: unit.grade ?? null,
      code: unit.code ?? null,
      population: unit.population ?? null,
      families: unit.families ?? null,
      employees: unit.employees ?? null,
    })
    .returning(unitColumns);
  return row!;
}

export async function findUnit(db: DbOrTx, unitId: string): Promise<OrgUnit | undefined> {
  const [row] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, unitId));
  return row;
}

/** The unit and everything below it, in tree order (parents before children). */
export async function listSubtree(db: DbOrTx, root: OrgUnit): Promise<OrgUnit[]> {
  return db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, root.municipalityId), like(orgUnits.path, `${root.path}%`)))
    .orderBy(asc(orgUnits.path));
}

export async function findMunicipalityRoot(db: DbOrTx, municipalityId: string): Promise<OrgUnit | undefined> {
  const [row] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.kind, 'municipality')));
  return row;
}

export async function listChildren(db: DbOrTx, parentId: string): Promise<OrgUnit[]> {
  return db.select(unitColumns).from(orgUnits).where(eq(orgUnits.parentId, parentId));
}

export interface TreeUnit {
  id: string;
  parentId: string | null;
  path: string;
  kind: UnitKind;
  grade: number | null;
  population: number | null;
  families: number | null;
  employees: number | null;
}

/** The whole organisation tree of a municipality, as the indicator roll-up needs it. */
export async function listTreeUnits(db: DbOrTx, municipalityId: string): Promise<TreeUnit[]> {
  return db
    .select({
      id: orgUnits.id,
      parentId: orgUnits.parentId,
      path: orgUnits.path,
      kind: orgUnits.kind,
      grade: orgUnits.grade,
      population: orgUnits.population,
      families: orgUnits.families,
      employees: orgUnits.employees,
    })
    .from(orgUnits)
    .where(eq(orgUnits.municipalityId, municipalityId));
}

export async function setUnitPopulation(
  db: DbOrTx,
  unitId: string,
  population: number | null,
): Promise<void> {
  await db.update(orgUnits).set({ population }).where(eq(orgUnits.id, unitId));
}

/** A unit as its administrator keeps it: with the municipality's code and the population. */
export interface UnitDetails extends OrgUnit {
  code: string | null;
  population: number | null;
  families: number | null;
  employees: number | null;
}

const detailColumns = {
  ...unitColumns,
  code: orgUnits.code,
  population: orgUnits.population,
  families: orgUnits.families,
  employees: orgUnits.employees,
};

/** Every unit of the municipality, parents before children. */
export async function listUnitDetails(db: DbOrTx, municipalityId: string): Promise<UnitDetails[]> {
  return db
    .select(detailColumns)
    .from(orgUnits)
    .where(eq(orgUnits.municipalityId, municipalityId))
    .orderBy(asc(orgUnits.path));
}

export async function findUnitByCode(
  db: DbOrTx,
  municipalityId: string,
  code: string,
): Promise<UnitDetails | undefined> {
  const [row] = await db
    .select(detailColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.code, code)));
  return row;
}

/** What may change on a unit in place; where it is in the tree (parent, path, kind) never does. */
export interface UnitUpdate {
  name?: string;
  code?: string | null;
  grade?: number | null;
  population?: number | null;
  families?: number | null;
  employees?: number | null;
}

export async function updateUnit(db: DbOrTx, unitId: string, update: UnitUpdate): Promise<void> {
  const values = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
  if (Object.keys(values).length === 0) return;
  await db.update(orgUnits).set(values).where(eq(orgUnits.id, unitId));
}

/**
 * Holds the municipality's root row until the transaction ends, so two changes to one tree
 * (two imports, an import and a form) run one after the other and see each other's codes.
 */
export async function lockOrganisation(tx: Tx, municipalityId: string): Promise<void> {
  await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.municipalityId, municipalityId), eq(orgUnits.kind, 'municipality')))
    .for('update');
}
