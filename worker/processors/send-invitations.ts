import type { Db } from '../../db/database';
import {
  deleteInvitationsOfClosedRounds,
  listDueInvitations,
  listRoundsWithDueInvitations,
  markInvitationSent,
  undoInvitationSent,
  type DueInvitation,
  type ReminderPolicy,
} from '../../db/repositories/invitations';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findRound, type Round } from '../../db/repositories/rounds';
import { sendDueInvitationsJob, sendRoundInvitationsJob } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import { composeInvitation } from '../mail/compose-invitation';
import { MailRejected, type MailTransport } from '../mail/mail-transport';

export interface SendInvitationsDeps {
  db: Db;
  transport: MailTransport;
  /** Opens a sealed token code (the installation's secret stays with the caller); null if it cannot. */
  openCode: (sealed: string) => string | null;
  /** Where respondents reach the installation; asked when sending (a test server's port comes late). */
  baseUrl: () => string;
  reminderIntervalDays: number;
  maxReminders: number;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
}

export function sendRoundInvitationsHandler(
  deps: SendInvitationsDeps,
): JobHandler<typeof sendRoundInvitationsJob.schema> {
  return {
    definition: sendRoundInvitationsJob,
    handle: async ({ roundId }) => {
      await sendRoundInvitations(deps, roundId, deps.now());
    },
  };
}

export function sendDueInvitationsHandler(
  deps: SendInvitationsDeps,
): JobHandler<typeof sendDueInvitationsJob.schema> {
  return { definition: sendDueInvitationsJob, handle: () => sendDueInvitations(deps, deps.now()) };
}

const policyAt = (deps: SendInvitationsDeps, now: Date): ReminderPolicy => ({
  now,
  reminderIntervalDays: deps.reminderIntervalDays,
  maxReminders: deps.maxReminders,
});

/**
 * The periodic sweep: first forget the addresses of rounds that have closed, then send what is
 * due in every round. A failing round does not hold up the others; the job fails after them.
 */
export async function sendDueInvitations(deps: SendInvitationsDeps, now: Date): Promise<void> {
  const forgotten = await deleteInvitationsOfClosedRounds(deps.db, now.toISOString().slice(0, 10));
  if (forgotten > 0) deps.log(`Deleted ${forgotten} e-mail address(es) of closed rounds`);
  const failures: unknown[] = [];
  for (const roundId of await listRoundsWithDueInvitations(deps.db, policyAt(deps, now))) {
    await sendRoundInvitations(deps, roundId, now).catch((error: unknown) => failures.push(error));
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `sending failed for ${failures.length} round(s)`);
}

/**
 * Sends a round's due invitations and reminders, as of `now` (one instant for the whole run, so
 * a mail sent in this run is never due again in it). Returns how many were sent.
 */
export async function sendRoundInvitations(
  deps: SendInvitationsDeps,
  roundId: string,
  now: Date,
): Promise<number> {
  const round = await findRound(deps.db, roundId);
  if (!round) return 0;
  const sender = (await findMunicipality(deps.db, round.municipalityId))?.name ?? 'Målbar';
  let sent = 0;
  let after: DueInvitation | undefined;
  for (;;) {
    const due = await listDueInvitations(deps.db, roundId, policyAt(deps, now), after);
    if (due.length === 0) return sent;
    for (const invitation of due) if (await sendOne(deps, { round, sender }, invitation, now)) sent++;
    after = due[due.length - 1];
  }
}

/**
 * Marked as sent first, so that two workers never send the same mail; a failed send is undone and
 * the run stops (retried later), except a recipient the server refuses for good, which stays marked.
 */
async function sendOne(
  deps: SendInvitationsDeps,
  context: { round: Round; sender: string },
  invitation: DueInvitation,
  now: Date,
): Promise<boolean> {
  const code = deps.openCode(invitation.sealedCode);
  if (code === null) {
    deps.log(`An invitation's code cannot be opened (was SESSION_SECRET changed?); it is not sent`);
    return false;
  }
  if (!(await markInvitationSent(deps.db, invitation, now))) return false;
  try {
    await deps.transport.send({ to: invitation.email, ...composeFor(deps, context, invitation, code) });
    return true;
  } catch (error) {
    if (error instanceof MailRejected) {
      deps.log('An invitation was refused by the mail server', error);
      return false;
    }
    await undoInvitationSent(deps.db, invitation, now);
    throw error;
  }
}

function composeFor(
  deps: SendInvitationsDeps,
  { round, sender }: { round: Round; sender: string },
  invitation: DueInvitation,
  code: string,
) {
  const base = deps.baseUrl();
  const { unit } = invitation;
  return composeInvitation({
    kind: invitation.kind,
    lang: invitation.lang,
    roundTitle: round.title,
    closesOn: round.closesOn,
    // The survey opens in the language the invitation is written in.
    link: `${base}/t/${code}?lang=${invitation.lang}`,
    codeUrl: `${base}/t`,
    code,
    institution: unit.kind === 'group' ? unit.parentName : unit.kind === 'institution' ? unit.name : null,
    sender,
  });
}
