import { and, asc, eq, isNotNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { contractServiceAreas, goals, municipalities, qualityContracts } from '../schema';

export interface Contract {
  id: string;
  municipalityId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: Date | null;
}

export interface ServiceArea {
  key: string;
  name: string;
  aim: string;
  position: number;
}

const contractColumns = {
  id: qualityContracts.id,
  municipalityId: qualityContracts.municipalityId,
  title: qualityContracts.title,
  periodStart: qualityContracts.periodStart,
  periodEnd: qualityContracts.periodEnd,
  publishedAt: qualityContracts.publishedAt,
};

export async function findContract(db: DbOrTx, contractId: string): Promise<Contract | undefined> {
  const [row] = await db
    .select(contractColumns)
    .from(qualityContracts)
    .where(eq(qualityContracts.id, contractId));
  return row;
}

export async function listContracts(db: DbOrTx, municipalityId: string): Promise<Contract[]> {
  return db
    .select(contractColumns)
    .from(qualityContracts)
    .where(eq(qualityContracts.municipalityId, municipalityId))
    .orderBy(asc(qualityContracts.periodStart));
}

/** The published contracts of a municipality, by its public slug. */
export async function listPublishedContracts(
  db: DbOrTx,
  slug: string,
): Promise<
  | { municipality: { id: string; name: string; slug: string; country: string }; contracts: Contract[] }
  | undefined
> {
  const [municipality] = await db
    .select({
      id: municipalities.id,
      name: municipalities.name,
      slug: municipalities.slug,
      country: municipalities.country,
    })
    .from(municipalities)
    .where(eq(municipalities.slug, slug));
  if (!municipality) return undefined;
  const contracts = await db
    .select(contractColumns)
    .from(qualityContracts)
    .where(and(eq(qualityContracts.municipalityId, municipality.id), isNotNull(qualityContracts.publishedAt)))
    .orderBy(asc(qualityContracts.periodStart));
  return { municipality, contracts };
}

export async function setContractPublished(db: DbOrTx, contractId: string, at: Date | null): Promise<void> {
  await db.update(qualityContracts).set({ publishedAt: at }).where(eq(qualityContracts.id, contractId));
}

export async function listServiceAreas(db: DbOrTx, contractId: string): Promise<ServiceArea[]> {
  return db
    .select({
      key: contractServiceAreas.key,
      name: contractServiceAreas.name,
      aim: contractServiceAreas.aim,
      position: contractServiceAreas.position,
    })
    .from(contractServiceAreas)
    .where(eq(contractServiceAreas.contractId, contractId))
    .orderBy(asc(contractServiceAreas.position), asc(contractServiceAreas.name));
}

/** Adds a service area, or rewrites its name and aim when the key exists. */
export async function saveServiceArea(
  db: DbOrTx,
  contractId: string,
  area: { key: string; name: string; aim: string; position?: number },
): Promise<void> {
  const position =
    area.position ??
    ((
      await db
        .select({ last: max(contractServiceAreas.position) })
        .from(contractServiceAreas)
        .where(eq(contractServiceAreas.contractId, contractId))
    )[0]?.last ?? 0) + 1;
  await db
    .insert(contractServiceAreas)
    .values({ contractId, key: area.key, name: area.name, aim: area.aim, position })
    .onConflictDoUpdate({
      target: [contractServiceAreas.contractId, contractServiceAreas.key],
      set: { name: area.name, aim: area.aim },
    });
}

/** The next free position for a goal in a contract (goals are listed in the order they were made). */
export async function nextGoalPosition(db: DbOrTx, contractId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number | null>`max(${goals.position})` })
    .from(goals)
    .where(eq(goals.contractId, contractId));
  return (row?.last ?? 0) + 1;
}
