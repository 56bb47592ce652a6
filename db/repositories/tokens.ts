import { and, eq, sql } from 'drizzle-orm';
import type { OrgUnit } from '../../core/org/org-unit';
import type { DbOrTx } from '../database';
import { instrumentVersions, orgUnits, roundTokens, rounds, tokenBatches, tokenDrafts } from '../schema';
import { unitColumns } from './org-units';
import { roundColumns, type Round } from './rounds';

export interface NewTokenBatch {
  municipalityId: string;
  roundId: string;
  unitId: string;
  /** The SHA-256 of each code, in the order the codes were handed out. */
  codeHashes: string[];
}

/** One batch row (all tokens unspent) and one immutable row per token. */
export async function createTokenBatch(db: DbOrTx, batch: NewTokenBatch): Promise<string> {
  const [row] = await db
    .insert(tokenBatches)
    .values({
      municipalityId: batch.municipalityId,
      roundId: batch.roundId,
      unitId: batch.unitId,
      size: batch.codeHashes.length,
      spent: '0'.repeat(batch.codeHashes.length),
    })
    .returning({ id: tokenBatches.id });
  const batchId = row!.id;
  for (let from = 0; from < batch.codeHashes.length; from += 5000) {
    await db.insert(roundTokens).values(
      batch.codeHashes.slice(from, from + 5000).map((codeHash, i) => ({
        codeHash,
        batchId,
        position: from + i,
      })),
    );
  }
  return batchId;
}

export interface FoundToken {
  codeHash: string;
  batchId: string;
  position: number;
  spent: boolean;
  round: Round;
  unit: OrgUnit;
}

export async function findToken(db: DbOrTx, codeHash: string): Promise<FoundToken | undefined> {
  const [row] = await db
    .select({
      codeHash: roundTokens.codeHash,
      batchId: roundTokens.batchId,
      position: roundTokens.position,
      spent: sql<boolean>`get_bit(${tokenBatches.spent}, ${roundTokens.position}) = 1`,
      round: roundColumns,
      unit: unitColumns,
    })
    .from(roundTokens)
    .innerJoin(tokenBatches, eq(tokenBatches.id, roundTokens.batchId))
    .innerJoin(rounds, eq(rounds.id, tokenBatches.roundId))
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .innerJoin(orgUnits, eq(orgUnits.id, tokenBatches.unitId))
    .where(eq(roundTokens.codeHash, codeHash));
  return row as FoundToken | undefined;
}

/** Keeps the sealed draft of an unspent token; false when the token is spent (no draft then). */
export async function saveTokenDraft(db: DbOrTx, codeHash: string, sealed: string): Promise<boolean> {
  const result = (await db.execute(sql`
    insert into token_drafts (code_hash, sealed)
    select t.code_hash, ${sealed} from round_tokens t join token_batches b on b.id = t.batch_id
    where t.code_hash = ${codeHash} and get_bit(b.spent, t.position) = 0
    on conflict (code_hash) do update set sealed = excluded.sealed
    returning code_hash`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}

export async function findTokenDraft(db: DbOrTx, codeHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sealed: tokenDrafts.sealed })
    .from(tokenDrafts)
    .where(eq(tokenDrafts.codeHash, codeHash));
  return row?.sealed;
}

export interface UnitTokenCount {
  unitId: string;
  issued: number;
  spent: number;
}

/** Tokens issued and spent per unit of a round: counts only, never which token. */
export async function countTokensByUnit(db: DbOrTx, roundId: string): Promise<UnitTokenCount[]> {
  const rows = await db
    .select({
      unitId: tokenBatches.unitId,
      issued: sql<number>`sum(${tokenBatches.size})::int`,
      spent: sql<number>`sum(bit_count(${tokenBatches.spent}))::int`,
    })
    .from(tokenBatches)
    .where(eq(tokenBatches.roundId, roundId))
    .groupBy(tokenBatches.unitId);
  return rows.map((r) => ({ unitId: r.unitId, issued: Number(r.issued), spent: Number(r.spent) }));
}

export async function listTokenBatches(db: DbOrTx, roundId: string, unitId?: string) {
  return db
    .select({
      id: tokenBatches.id,
      unitId: tokenBatches.unitId,
      size: tokenBatches.size,
      createdAt: tokenBatches.createdAt,
    })
    .from(tokenBatches)
    .where(
      unitId
        ? and(eq(tokenBatches.roundId, roundId), eq(tokenBatches.unitId, unitId))
        : eq(tokenBatches.roundId, roundId),
    )
    .orderBy(tokenBatches.createdAt);
}
