import { randomUUID } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { childPath, type OrgUnit, type UnitKind } from '../../core/org/org-unit';
import type { DbOrTx } from '../database';
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
  population: number | null;
}

/** The whole organisation tree of a municipality, as the indicator roll-up needs it. */
export async function listTreeUnits(db: DbOrTx, municipalityId: string): Promise<TreeUnit[]> {
  return db
    .select({
      id: orgUnits.id,
      parentId: orgUnits.parentId,
      path: orgUnits.path,
      kind: orgUnits.kind,
      population: orgUnits.population,
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
