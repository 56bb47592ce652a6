import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database';
import { instrumentDrafts } from '../schema';

/** An own instrument that passed every check, waiting to be previewed and published. */
export interface InstrumentDraft {
  id: string;
  municipalityId: string;
  survey: unknown;
  indicators: unknown;
  createdBy: string;
  createdAt: Date;
}

export async function saveInstrumentDraft(
  db: DbOrTx,
  draft: Pick<InstrumentDraft, 'municipalityId' | 'survey' | 'indicators' | 'createdBy'>,
): Promise<string> {
  const [row] = await db.insert(instrumentDrafts).values(draft).returning({ id: instrumentDrafts.id });
  return row!.id;
}

/** A draft of the municipality's; another municipality's draft is not found. */
export async function findInstrumentDraft(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<InstrumentDraft | undefined> {
  const [row] = await db
    .select()
    .from(instrumentDrafts)
    .where(and(eq(instrumentDrafts.municipalityId, municipalityId), eq(instrumentDrafts.id, id)));
  return row;
}
