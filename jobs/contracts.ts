import { z } from 'zod';
import { defineJob } from './define-job';

/** The queue every Målbar job goes through. */
export const QUEUE_NAME = 'malbar-jobs';

// Payloads carry ids, never answers: the worker reads the stored responses.
export const RecomputeRound = z.object({ roundId: z.uuid() });
export type RecomputeRound = z.infer<typeof RecomputeRound>;

/**
 * Bring a round's indicators and goal statuses up to date for every unit with new responses (its
 * durable recompute markers) and their ancestors. One key per round: responses arriving while it
 * runs are picked up by the one run kept to follow it, so a burst costs a few runs, not one each.
 */
export const recomputeRoundJob = defineJob({
  name: 'indicators.recompute-round',
  schema: RecomputeRound,
  deduplicationKey: (d) => `recompute:${d.roundId}`,
  // Under 500 responses/s over 100 rounds this turns ~500 runs a second into ~70 larger ones.
  batchDelayMs: 1500,
  // A round taking more than 50 responses a second (on one server) waits 3 s: at 1,500/s over 10
  // rounds this took intake from about 1,550/s to about 2,100/s on a 2-core box shared with the
  // worker (npm run bench:intake), for 1.5 s more lag in those rounds only.
  busyBatchDelay: { perSecond: 50, delayMs: 3000 },
});

export const RecomputeRoundFully = z.object({ roundId: z.uuid(), runId: z.uuid() });
export type RecomputeRoundFully = z.infer<typeof RecomputeRoundFully>;

/** Recompute a whole round from its stored responses, reporting progress on its recompute run. */
export const recomputeRoundFullyJob = defineJob({
  name: 'indicators.recompute-round-fully',
  schema: RecomputeRoundFully,
  deduplicationKey: (d) => `recompute-fully:${d.runId}`,
});

export const SendRoundInvitations = z.object({ roundId: z.uuid() });
export type SendRoundInvitations = z.infer<typeof SendRoundInvitations>;

/**
 * Send a round's e-mail invitations and reminders that are due. One key per round: addresses
 * added while it runs are sent by the run kept to follow it.
 */
export const sendRoundInvitationsJob = defineJob({
  name: 'invitations.send-round',
  schema: SendRoundInvitations,
  deduplicationKey: (d) => `invitations:${d.roundId}`,
});

export const SendDueInvitations = z.object({});
export type SendDueInvitations = z.infer<typeof SendDueInvitations>;

/**
 * The periodic mail sweep: every round's due invitations and reminders (also those whose
 * send-round job was lost), and deletes the addresses of closed rounds.
 */
export const sendDueInvitationsJob = defineJob({
  name: 'invitations.send-due',
  schema: SendDueInvitations,
  deduplicationKey: () => 'invitations:due',
});

export const ImportSickLeave = z.object({ importId: z.uuid() });
export type ImportSickLeave = z.infer<typeof ImportSickLeave>;

/**
 * Read, check and apply one uploaded HR/payroll export (the file is kept on its sick_leave_imports
 * row): all or nothing. One key per import; a run after the import finished does nothing.
 */
export const importSickLeaveJob = defineJob({
  name: 'sick-leave.import',
  schema: ImportSickLeave,
  deduplicationKey: (d) => `sick-leave-import:${d.importId}`,
});

export const ReleaseRound = z.object({
  roundId: z.uuid(),
  kind: z.enum(['interim', 'final']).optional(),
  /** The staff user who asked for an interim release (the audit trail's actor); none: the system. */
  requestedBy: z.uuid().optional(),
});
export type ReleaseRound = z.infer<typeof ReleaseRound>;

/**
 * Publish a round's results as a release (docs/decisions/0011): bring the live values up to date,
 * audit them together with every earlier release of the round, and copy what may be shown. One key
 * per round: a release asked for while one runs is made after it (and makes nothing new when the
 * data have not changed).
 */
export const releaseRoundJob = defineJob({
  name: 'rounds.release',
  schema: ReleaseRound,
  deduplicationKey: (d) => `release:${d.roundId}`,
});

export const SendPasswordReset = z.object({ resetId: z.uuid() });
export type SendPasswordReset = z.infer<typeof SendPasswordReset>;

/**
 * Mail a password reset link. The payload is the reset's id, never the link: the worker derives
 * the link's token from the id with the installation's secret (server/auth/password-reset-token.ts).
 */
export const sendPasswordResetJob = defineJob({
  name: 'staff.send-password-reset',
  schema: SendPasswordReset,
  deduplicationKey: (d) => `password-reset:${d.resetId}`,
});

export const ImportMeasured = z.object({ importId: z.uuid() });
export type ImportMeasured = z.infer<typeof ImportMeasured>;

/**
 * Read, check and apply one uploaded file of measured figures (kept on its measured_imports row):
 * all or nothing. One key per import; a run after the import finished does nothing.
 */
export const importMeasuredJob = defineJob({
  name: 'measured.import',
  schema: ImportMeasured,
  deduplicationKey: (d) => `measured-import:${d.importId}`,
});
