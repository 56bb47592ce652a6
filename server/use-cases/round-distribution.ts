import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { isWithin } from '../../core/org/org-unit';
import { mayAct } from '../../core/org/scope';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { countRoundResponsesByUnit } from '../../db/repositories/responses';
import { findRound, listRoundUnitLinks, type Round } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { countTokensByUnit, createTokenBatch } from '../../db/repositories/tokens';
import { newTokenCode, tokenCodeHash } from '../respondents/token-secrets';

export interface UnitDistribution {
  unitId: string;
  unitName: string;
  parentName: string | null;
  /** The open link's address, shared with the whole unit. */
  url: string;
  answers: number;
  /** Personal tokens made for the unit, and how many of them have been used (never which). */
  tokensIssued: number;
  tokensSpent: number;
  /** Who is expected to answer: the unit's known size, else the personal links made. */
  expected: number | null;
  expectedFrom: 'population' | 'links' | null;
  /** answers / size; or, without a known size, personal links used / made. */
  rate: number | null;
}

export interface RoundDistribution {
  round: { id: string; title: LocalizedText; opensOn: string; closesOn: string; state: string };
  units: UnitDistribution[];
  total: { answers: number; expected: number | null; rate: number | null };
  mayIssueTokens: boolean;
}

/** A round of the staff member's municipality; 404 for any other (never saying it exists). */
export async function roundForStaff(db: Db, staff: StaffUser, roundId: string): Promise<Round> {
  const round = await findRound(db, roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${roundId}`);
  return round;
}

/**
 * Response rates per unit of a round, for the units in the staff member's scope: counts only.
 * Spent tokens are counted per unit from the batches' bit strings; which token answered is never read.
 */
export async function loadRoundDistribution(
  db: Db,
  staff: StaffUser,
  roundId: string,
  baseUrl: string,
  today: string,
): Promise<RoundDistribution> {
  const round = await roundForStaff(db, staff, roundId);
  const links = (await listRoundUnitLinks(db, roundId)).filter((l) =>
    isWithin(l.unitPath, staff.scopeUnitPath),
  );
  const answers = await countRoundResponsesByUnit(db, roundId);
  const tokens = new Map((await countTokensByUnit(db, roundId)).map((t) => [t.unitId, t]));
  const units = links.map((link): UnitDistribution => {
    const issued = tokens.get(link.unitId)?.issued ?? 0;
    const spent = tokens.get(link.unitId)?.spent ?? 0;
    const n = answers.get(link.unitId) ?? 0;
    // The unit's size when known (all answers, open link and personal links, count against it);
    // else the personal links made, and then only answers through them count.
    const expected = link.population ?? (issued > 0 ? issued : null);
    const rate = link.population ? n / link.population : issued > 0 ? spent / issued : null;
    return {
      unitId: link.unitId,
      unitName: link.unitName,
      parentName: link.parentName,
      url: `${baseUrl}/s/${link.code}`,
      answers: n,
      tokensIssued: issued,
      tokensSpent: spent,
      expected,
      expectedFrom: link.population ? 'population' : issued > 0 ? 'links' : null,
      rate,
    };
  });
  const totalAnswers = units.reduce((sum, u) => sum + u.answers, 0);
  // A total rate only when every unit's size is known: anything else would mix unlike counts.
  const allKnown = units.length > 0 && units.every((u) => u.expectedFrom === 'population');
  const totalExpected = allKnown ? units.reduce((sum, u) => sum + (u.expected ?? 0), 0) : null;
  return {
    round: {
      id: round.id,
      title: round.title,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      state: roundState(round, today),
    },
    units,
    total: {
      answers: totalAnswers,
      expected: totalExpected,
      rate: totalExpected ? totalAnswers / totalExpected : null,
    },
    mayIssueTokens: mayAct(staff),
  };
}

export const MAX_TOKENS_PER_BATCH = 2000;

/**
 * Makes a batch of personal single-use tokens for one unit of a round and returns their codes,
 * once: the database keeps only their hashes, so a lost list means a new batch.
 */
export async function issueTokens(
  db: Db,
  staff: StaffUser,
  input: { roundId: string; unitId: string; count: number },
  today: string,
): Promise<{ round: Round; unitName: string; codes: string[] }> {
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
  await createTokenBatch(db, {
    municipalityId: round.municipalityId,
    roundId: round.id,
    unitId: link.unitId,
    codeHashes: codes.map(tokenCodeHash),
  });
  return { round, unitName: link.parentName ? `${link.parentName}, ${link.unitName}` : link.unitName, codes };
}

/** RFC 4180 CSV for mail merge or SMS: one personal link per line. */
export function tokensCsv(baseUrl: string, unitName: string, codes: string[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = codes.map((code) => [unitName, code, `${baseUrl}/t/${code}`].map(field).join(','));
  return ['unit,code,link', ...lines].join('\r\n') + '\r\n';
}
