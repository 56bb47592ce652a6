import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { ConfirmationRequired } from '../../core/errors';
import type { RetentionPolicy } from '../../core/retention/answer-retention';
import { retentionPreview, type RetentionPreview } from '../../core/retention/retention-preview';
import type { DbOrTx } from '../../db/database';
import {
  findRetentionPolicy,
  listRoundsForRetention,
  type RoundForRetention,
} from '../../db/repositories/answer-retention';
import { countResponsesByRound } from '../../db/repositories/responses';

/** A round the change would delete from, as the page lists it. */
export interface RoundToDelete {
  roundId: string;
  title: LocalizedText;
  /** Responses kept now: for answers, how many go; for comments, how many may lose their free text. */
  responses: number;
}

/** What saving the proposed periods would delete at the worker's next sweep that is kept now. */
export interface RetentionPreviewView {
  answers: { rounds: RoundToDelete[]; responses: number };
  comments: { rounds: RoundToDelete[] };
}

export type RetentionChange = RetentionPreview<RoundForRetention & { responses: number }>;

/** The policy in force and what `proposed` would newly delete on the sweeper's day of `now`. */
export async function retentionChangeIn(
  db: DbOrTx,
  municipalityId: string,
  proposed: RetentionPolicy,
  now: Date,
): Promise<{ before: RetentionPolicy; preview: RetentionChange }> {
  // The sweeper's day (UTC), so the preview says what its next run deletes.
  const today = now.toISOString().slice(0, 10);
  const before = await findRetentionPolicy(db, municipalityId);
  const counts = await countResponsesByRound(db, municipalityId);
  const rounds = await listRoundsForRetention(db, { municipalityId, closedBefore: today });
  const withCounts = rounds.map((round) => ({ ...round, responses: counts.get(round.roundId) ?? 0 }));
  return { before, preview: retentionPreview(withCounts, before, proposed, today) };
}

export function previewView(preview: RetentionChange): RetentionPreviewView {
  const shape = (round: RetentionChange['answers']['rounds'][number]): RoundToDelete => ({
    roundId: round.roundId,
    title: round.title as LocalizedText,
    responses: round.responses,
  });
  return {
    answers: { rounds: preview.answers.rounds.map(shape), responses: preview.answers.responses },
    comments: { rounds: preview.comments.rounds.map(shape) },
  };
}

/** How much a change deletes, in numbers only (what the audit trail keeps of a confirmation). */
export const deletionCounts = (preview: RetentionChange) => ({
  answerRounds: preview.answers.rounds.length,
  responses: preview.answers.responses,
  commentRounds: preview.comments.rounds.length,
});

/** The confirming field's issue; the page says it in the user's language (web/app/admin/field-issues.tsx). */
const CONFIRM_ISSUE = 'confirm that the listed answers and comments may be deleted';

/** 409 naming `confirm`, with the rounds that would go, for a change sent unconfirmed. */
export function confirmationRequired(preview: RetentionChange): ConfirmationRequired {
  const counts = deletionCounts(preview);
  const what = [
    counts.answerRounds > 0 &&
      `the raw answers of ${counts.answerRounds} round(s) (${counts.responses} responses)`,
    counts.commentRounds > 0 && `the free text of ${counts.commentRounds} round(s)`,
  ].filter(Boolean);
  return new ConfirmationRequired(
    `Saving these periods deletes ${what.join(' and ')} at the next sweep, which cannot be undone: ` +
      'send "confirm": true to save them',
    [{ field: 'confirm', issue: CONFIRM_ISSUE, code: 'confirm_deletion', params: counts }],
    previewView(preview),
  );
}
