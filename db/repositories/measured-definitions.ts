import { and, asc, eq, sql } from 'drizzle-orm';
import { MeasuredDefinition } from '../../core/measured/measured-definition';
import type { DbOrTx } from '../database';
import { measuredDefinitions } from '../schema';

/** The municipality's measured indicators, by key. */
export async function listMeasuredDefinitions(
  db: DbOrTx,
  municipalityId: string,
): Promise<MeasuredDefinition[]> {
  const rows = await db
    .select({ definition: measuredDefinitions.definition })
    .from(measuredDefinitions)
    .where(eq(measuredDefinitions.municipalityId, municipalityId))
    .orderBy(asc(measuredDefinitions.key));
  return rows.map((r) => MeasuredDefinition.parse(r.definition));
}

export async function findMeasuredDefinition(
  db: DbOrTx,
  municipalityId: string,
  key: string,
): Promise<MeasuredDefinition | null> {
  const [row] = await db
    .select({ definition: measuredDefinitions.definition })
    .from(measuredDefinitions)
    .where(and(eq(measuredDefinitions.municipalityId, municipalityId), eq(measuredDefinitions.key, key)));
  return row ? MeasuredDefinition.parse(row.definition) : null;
}

/** Adds the definition, or replaces the one with its key. */
export async function saveMeasuredDefinition(
  db: DbOrTx,
  municipalityId: string,
  definition: MeasuredDefinition,
): Promise<void> {
  await db
    .insert(measuredDefinitions)
    .values({ municipalityId, key: definition.key, definition })
    .onConflictDoUpdate({
      target: [measuredDefinitions.municipalityId, measuredDefinitions.key],
      set: { definition, updatedAt: sql`now()` },
    });
}
