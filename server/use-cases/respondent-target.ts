import type { OrgUnit } from '../../core/org/org-unit';
import { normaliseTokenCode } from '../../core/respondents/token-code';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import type { SpentToken } from '../../db/repositories/responses';
import type { Round, RoundLink } from '../../db/repositories/rounds';
import { findToken } from '../../db/repositories/tokens';
import { tokenCodeHash } from '../respondents/token-secrets';
import type { RespondentNotice } from '../pages/respondent-notice';

/** Where a respondent answers: an open link of a unit, or a personal token (with its spent state). */
export interface RespondentTarget {
  round: Round;
  unit: OrgUnit;
  token?: SpentToken & { code: string; spent: boolean };
}

export const linkTarget = (link: RoundLink | undefined): RespondentTarget | undefined =>
  link && { round: link.round, unit: link.unit };

/** A personal link's code as typed or carried in the URL; undefined when no such token exists. */
export async function findTokenTarget(db: Db, rawCode: string): Promise<RespondentTarget | undefined> {
  const code = normaliseTokenCode(rawCode);
  if (!code) return undefined;
  const token = await findToken(db, tokenCodeHash(code));
  if (!token) return undefined;
  return {
    round: token.round,
    unit: token.unit,
    token: {
      code,
      codeHash: token.codeHash,
      batchId: token.batchId,
      position: token.position,
      spent: token.spent,
    },
  };
}

/** Why a target cannot be answered today, as the page to show; null when it can. */
export function noticeFor(target: RespondentTarget | undefined, today: string): RespondentNotice | null {
  if (!target) return { kind: 'notFound' };
  // An open link of a round answered only through personal links never takes answers, whatever the date.
  if (target.round.personalLinksOnly && !target.token) return { kind: 'personalLinksOnly' };
  const state = roundState(target.round, today);
  if (state === 'closed') return { kind: 'closed', closesOn: target.round.closesOn };
  if (state === 'not-yet-open') return { kind: 'notYetOpen', opensOn: target.round.opensOn };
  if (target.token?.spent) return { kind: 'tokenUsed' };
  return null;
}

/** The HTTP status of each notice: the link is missing, gone, not yet usable or used up. */
export const NOTICE_STATUS: Record<RespondentNotice['kind'], number> = {
  notFound: 404,
  closed: 410,
  notYetOpen: 403,
  tokenUsed: 410,
  personalLinksOnly: 403,
  enterCode: 200,
  badCode: 404,
  tooMany: 429,
};
