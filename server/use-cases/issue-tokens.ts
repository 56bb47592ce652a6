import { staffEvent } from '../../core/audit/staff-actor';
import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { isWithin } from '../../core/org/org-unit';
import { mayAct } from '../../core/org/scope';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { listRoundUnitLinks, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { createTokenBatch } from '../../db/repositories/tokens';
import { newTokenCode, tokenCodeHash } from '../respondents/token-secrets';
import { roundForStaff } from './round-distribution';

export const MAX_TOKENS_PER_BATCH = 2000;

/**
 * Makes a batch of personal single-use tokens for one unit of a round and returns their codes,
 * once: the database keeps only their hashes, so a lost list means a new batch.
 */
export async function issueTokens(
  db: Db,
  staff: StaffUser,
  input: { roundId: string; unitId: string; count: number },
  now: Date,
): Promise<{ round: Round; unitName: string; codes: string[] }> {
  const today = now.toISOString().slice(0, 10);
  if (!mayAct(staff)) throw new Forbidden('Viewers cannot make personal links');
  const round = await roundForStaff(db, staff, input.roundId);
  if (roundState(round, today) === 'closed')
    throw new ValidationFailed('The round has closed', [{ field: 'roundId', issue: 'round is closed' }]);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_TOKENS_PER_BATCH)
    throw new ValidationFailed('The number of personal links is not valid', [
      { field: 'count', issue: `a whole number from 1 to ${MAX_TOKENS_PER_BATCH}` },
    ]);
  const link = (await listRoundUnitLinks(db, round.id)).find((l) => l.unitId === input.unitId);
  if (!link) throw new NotFound(`The round does not ask unit ${input.unitId}`);
  if (!isWithin(link.unitPath, staff.scopeUnitPath))
    throw new Forbidden('That unit is outside your part of the organisation');
  const codes = Array.from({ length: input.count }, newTokenCode);
  const unitName = link.parentName ? `${link.parentName}, ${link.unitName}` : link.unitName;
  // The links are respondents' keys and leave as a download: the trail keeps how many, never which.
  const detail = {
    export: 'personal links',
    format: 'csv',
    unitId: link.unitId,
    unit: unitName,
    count: codes.length,
  };
  await db.transaction(async (tx) => {
    await createTokenBatch(tx, {
      municipalityId: round.municipalityId,
      roundId: round.id,
      unitId: link.unitId,
      codeHashes: codes.map(tokenCodeHash),
    });
    await recordAuditEvent(tx, staffEvent(staff, 'export_downloaded', `round:${round.id}`, detail), now);
  });
  return { round, unitName, codes };
}

/** RFC 4180 CSV for mail merge or SMS: one personal link per line. */
export function tokensCsv(baseUrl: string, unitName: string, codes: string[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = codes.map((code) => [unitName, code, `${baseUrl}/t/${code}`].map(field).join(','));
  return ['unit,code,link', ...lines].join('\r\n') + '\r\n';
}
