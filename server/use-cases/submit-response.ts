import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { NotFound, PersonalLinksOnly, TokenUsed, ValidationFailed } from '../../core/errors';
import { Locale } from '../../core/indicators/indicator-definition';
import { compactScore, scoreResponse } from '../../core/indicators/score-response';
import { scoringFingerprint } from '../../core/indicators/scoring-fingerprint';
import { assertRoundOpen } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { storeResponse } from '../../db/repositories/responses';
import { recomputeRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { parseInput } from '../http/parse';
import type { ResponseBatcher } from '../intake/response-batcher';
import { noticeText } from '../pages/respondent-notice';
import type { RespondentTarget } from './respondent-target';

export const SubmitResponse = z.object({
  submissionId: z.uuid().optional(),
  answers: z.record(z.string(), z.unknown()),
  locale: Locale.optional(),
});
export type SubmitResponse = z.infer<typeof SubmitResponse>;

export interface SubmitDeps {
  db: Db;
  queue: JobQueue;
  instruments: InstrumentCache;
  today: () => string;
  log: (message: string, error?: unknown) => void;
  /** Group commit for open-link responses; without it each response is its own statement. */
  batcher?: ResponseBatcher;
}

/** The refusal of an open link of a personal-links-only round, in the respondent's language. */
const personalLinksOnly = (lang: Locale) =>
  new PersonalLinksOnly(noticeText({ kind: 'personalLinksOnly' }, lang).body);

/**
 * Validate against the round's definition, commit the response (with its recompute marker, and
 * spending a personal token when there is one), then queue the recompute. A queue failure loses
 * nothing: the marker is already committed. An open link of a round answered only through personal
 * links stores nothing, checked again in the insert (the round may have been switched a moment ago).
 * `lang` is the respondent's language when the answers do not say it (for the refusal's words);
 * `requestId` goes with the recompute job, into the worker's log line.
 */
export async function submitResponse(
  deps: SubmitDeps,
  target: RespondentTarget | undefined,
  body: unknown,
  lang: Locale = 'da',
  requestId?: string,
) {
  const input = parseInput(SubmitResponse, body, 'response');
  if (!target) throw new NotFound('There is no survey at this link');
  const language = input.locale ?? lang;
  if (target.round.personalLinksOnly && !target.token) throw personalLinksOnly(language);
  const today = deps.today();
  assertRoundOpen(target.round, today);
  const instrument = await deps.instruments.get(target.round.instrumentVersionId);
  const verdict = instrument.validator.validate(input.answers);
  if (!verdict.ok) throw new ValidationFailed('Some answers are not valid', verdict.issues);
  const response = {
    municipalityId: target.round.municipalityId,
    roundId: target.round.id,
    unitId: target.unit.id,
    // A random id names the submission if the browser sent none: repeats are then simply new.
    submissionId: input.submissionId ?? randomUUID(),
    answers: verdict.answers,
    scores: compactScore(scoreResponse(instrument.indicators, verdict.answers)),
    scoredWith: scoringFingerprint(instrument.indicators),
    submittedOn: today,
  };
  const stored =
    deps.batcher && !target.token
      ? await deps.batcher.store(response)
      : await storeResponse(deps.db, response, target.token);
  if ('tokenUsed' in stored) throw new TokenUsed();
  if ('personalLinksOnly' in stored) throw personalLinksOnly(language);
  if (stored.created) {
    await deps.queue
      .enqueue(recomputeRoundJob, { roundId: target.round.id }, { requestId })
      .catch((error: unknown) =>
        deps.log(
          `recompute not queued (${error instanceof Error ? error.message : String(error)}); the sweeper will pick it up`,
        ),
      );
  }
  return stored;
}
