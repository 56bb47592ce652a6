import { staffEvent } from '../../core/audit/staff-actor';
import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { parseEmailAddressList } from '../../core/respondents/email-address-list';
import { isWithin } from '../../core/org/org-unit';
import { mayAct } from '../../core/org/scope';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  countInvitations,
  createInvitations,
  type InvitationCounts,
  type InvitationLang,
} from '../../db/repositories/invitations';
import { listRoundUnitLinks } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { createTokenBatch } from '../../db/repositories/tokens';
import { sendRoundInvitationsJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { newTokenCode, sealCodeForMail, tokenCodeHash } from '../respondents/token-secrets';
import { MAX_TOKENS_PER_BATCH } from './issue-tokens';
import { roundForStaff } from './round-distribution';

export type { InvitationCounts };

export interface InviteByEmailDeps {
  db: Db;
  queue: JobQueue;
  sessionSecret: string;
  log: (message: string, error?: unknown) => void;
}

export interface InviteByEmail {
  roundId: string;
  unitId: string;
  lang: InvitationLang;
  /** The pasted list: one address a line. */
  emails: string;
}

/**
 * Invites people by e-mail: one personal single-use token each, in a new batch for the unit, and
 * an invitation row holding the address and the sealed code (to put the link in reminders). The
 * worker sends the mails; if the queue is away now, its periodic sweep sends them later.
 * The same rules as personal links (issueTokens): no viewers, a unit in scope, a round not closed.
 */
export async function inviteByEmail(
  deps: InviteByEmailDeps,
  staff: StaffUser,
  input: InviteByEmail,
  now: Date,
): Promise<{ invited: number }> {
  const today = now.toISOString().slice(0, 10);
  if (!mayAct(staff)) throw new Forbidden('Viewers cannot invite respondents');
  const round = await roundForStaff(deps.db, staff, input.roundId);
  if (roundState(round, today) === 'closed')
    throw new ValidationFailed('The round has closed', [{ field: 'roundId', issue: 'round is closed' }]);
  const link = (await listRoundUnitLinks(deps.db, round.id)).find((l) => l.unitId === input.unitId);
  if (!link) throw new NotFound(`The round does not ask unit ${input.unitId}`);
  if (!isWithin(link.unitPath, staff.scopeUnitPath))
    throw new Forbidden('That unit is outside your part of the organisation');
  const addresses = parseEmailAddressList(input.emails, MAX_TOKENS_PER_BATCH);

  const codes = addresses.map(() => newTokenCode());
  await deps.db.transaction(async (tx) => {
    const batchId = await createTokenBatch(tx, {
      municipalityId: round.municipalityId,
      roundId: round.id,
      unitId: link.unitId,
      codeHashes: codes.map(tokenCodeHash),
    });
    await createInvitations(
      tx,
      batchId,
      addresses.map((email, position) => ({
        position,
        email,
        sealedCode: sealCodeForMail(deps.sessionSecret, codes[position]!),
        lang: input.lang,
      })),
    );
    // The links leave by mail as the CSV's leave as a download: the trail keeps how many, never which.
    const unit = link.parentName ? `${link.parentName}, ${link.unitName}` : link.unitName;
    const detail = {
      export: 'personal links',
      format: 'e-mail',
      unitId: link.unitId,
      unit,
      count: codes.length,
    };
    await recordAuditEvent(tx, staffEvent(staff, 'export_downloaded', `round:${round.id}`, detail), now);
  });
  await deps.queue
    .enqueue(sendRoundInvitationsJob, { roundId: round.id })
    .catch((error: unknown) =>
      deps.log('queueing invitations failed; the periodic mail sweep sends them', error),
    );
  return { invited: addresses.length };
}

/** How many invitations and reminders went out for the units in the staff member's scope. */
export async function loadInvitationCounts(
  db: Db,
  staff: StaffUser,
  roundId: string,
): Promise<InvitationCounts> {
  const round = await roundForStaff(db, staff, roundId);
  return countInvitations(db, round.id, staff.scopeUnitPath);
}
