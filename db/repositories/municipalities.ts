import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { municipalities } from '../schema';

export interface Municipality {
  id: string;
  slug: string;
  name: string;
  country: 'dk' | 'no';
}

const columns = {
  id: municipalities.id,
  slug: municipalities.slug,
  name: municipalities.name,
  country: municipalities.country,
};

export async function createMunicipality(db: DbOrTx, m: Omit<Municipality, 'id'>): Promise<Municipality> {
  const [row] = await db.insert(municipalities).values(m).returning(columns);
  return row!;
}

export async function findMunicipality(db: DbOrTx, id: string): Promise<Municipality | undefined> {
  const [row] = await db.select(columns).from(municipalities).where(eq(municipalities.id, id));
  return row;
}

export async function countMunicipalities(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(municipalities);
  return row!.n;
}

export async function findMunicipalityBySlug(db: DbOrTx, slug: string): Promise<Municipality | undefined> {
  const [row] = await db.select(columns).from(municipalities).where(eq(municipalities.slug, slug));
  return row;
}
