import { retentionDue, type RetentionPolicy, type RoundRetentionFacts } from './answer-retention';

/** A round as retention reads it, with the responses it keeps now. */
export interface RoundForPreview extends RoundRetentionFacts {
  commentsDeletedOn: string | null;
  answersDeletedOn: string | null;
  responses: number;
}

export interface RetentionPreview<R extends RoundForPreview> {
  /** Rounds whose raw answers the next sweep would delete, and how many responses go with them. */
  answers: { rounds: R[]; responses: number };
  /** Rounds whose free text the next sweep would remove; their chosen answers stay. */
  comments: { rounds: R[] };
}

/**
 * What the next sweep on `today` would delete under `proposed` that it would not under `current`:
 * what the administrator is about to lose by saving. What `current` already makes due is left
 * out (saving does not change it), and so is anything a longer period would keep instead.
 * Deletion cannot be undone, so this is shown, and confirmed, before the change is kept.
 */
export function retentionPreview<R extends RoundForPreview>(
  rounds: readonly R[],
  current: RetentionPolicy,
  proposed: RetentionPolicy,
  today: string,
): RetentionPreview<R> {
  const preview: RetentionPreview<R> = { answers: { rounds: [], responses: 0 }, comments: { rounds: [] } };
  for (const round of rounds) {
    const now = retentionDue(round, current, today);
    const then = retentionDue(round, proposed, today);
    if (then.answers && !now.answers) {
      preview.answers.rounds.push(round);
      preview.answers.responses += round.responses;
    } else if (then.comments && !now.comments && !now.answers) {
      // A round whose answers go anyway loses its comments with them: nothing new to confirm.
      preview.comments.rounds.push(round);
    }
  }
  return preview;
}

/** Whether saving the proposed periods would delete anything that is kept now. */
export const previewDeletesAnything = (preview: RetentionPreview<RoundForPreview>): boolean =>
  preview.answers.rounds.length > 0 || preview.comments.rounds.length > 0;
