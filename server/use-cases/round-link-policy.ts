import { z } from 'zod';
import { staffEvent } from '../../core/audit/staff-actor';
import { Conflict, Forbidden } from '../../core/errors';
import { isQualityStaff } from '../../core/org/scope';
import { LINK_POLICY_REFUSAL_TEXT, linkPolicyRefusal } from '../../core/surveys/personal-links-only';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { setPersonalLinksOnly } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { roundForStaff } from './round-distribution';

/** PATCH /api/rounds/:roundId: how the round is answered. */
export const RoundLinkPolicy = z.object({ personalLinksOnly: z.boolean('true or false') }).strict();
export type RoundLinkPolicy = z.infer<typeof RoundLinkPolicy>;

/**
 * Switches a round to personal links only (its open links stop taking answers at once: intake
 * checks the round in the insert itself), or back while it is still scheduled. Quality staff of
 * the whole municipality decide it, as they open and close rounds.
 */
export async function changeRoundLinkPolicy(
  db: Db,
  staff: StaffUser,
  roundId: string,
  input: unknown,
  now: Date,
): Promise<RoundLinkPolicy> {
  const today = now.toISOString().slice(0, 10);
  if (!isQualityStaff(staff))
    throw new Forbidden('Only quality staff for the whole municipality can change how a round is answered');
  const round = await roundForStaff(db, staff, roundId);
  const { personalLinksOnly } = parseInput(RoundLinkPolicy, input, 'link policy');
  const refusal = linkPolicyRefusal(roundState(round, today), round.personalLinksOnly, personalLinksOnly);
  if (refusal)
    throw new Conflict(LINK_POLICY_REFUSAL_TEXT[refusal], [
      { field: 'personalLinksOnly', issue: refusal === 'closed' ? 'round is closed' : 'round has opened' },
    ]);
  if (round.personalLinksOnly === personalLinksOnly) return { personalLinksOnly };
  // The trail has no action of its own for it: the round's open links are closed, or opened again.
  const action = personalLinksOnly ? 'round_closed' : 'round_opened';
  const detail = { how: personalLinksOnly ? 'personal links only' : 'open links allowed again' };
  await db.transaction(async (tx) => {
    await setPersonalLinksOnly(tx, round.id, personalLinksOnly);
    await recordAuditEvent(tx, staffEvent(staff, action, `round:${round.id}`, detail), now);
  });
  return { personalLinksOnly };
}
