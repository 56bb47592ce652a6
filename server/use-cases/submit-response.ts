import { compactScore, scoreResponse } from '../../core/indicators/score-response';
import { z } from 'zod';
import { NotFound, ValidationFailed } from '../../core/errors';
import { Locale } from '../../core/indicators/indicator-definition';
import { assertRoundOpen } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { storeResponse } from '../../db/repositories/responses';
import { findRoundLink, type RoundLink } from '../../db/repositories/rounds';
import { recomputeRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { parseInput } from '../http/parse';

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
  /** The link lookup; a short-lived cache of findRoundLink under load. */
  findLink?: (code: string) => Promise<RoundLink | undefined>;
}

/**
 * Validate against the round's definition, commit the response (with its recompute marker),
 * then queue the recompute. A queue failure loses nothing: the marker is already committed.
 */
export async function submitResponse(deps: SubmitDeps, code: string, body: unknown) {
  const input = parseInput(SubmitResponse, body, 'response');
  const link = await (deps.findLink ?? ((c: string) => findRoundLink(deps.db, c)))(code);
  if (!link) throw new NotFound('There is no survey at this link');
  const today = deps.today();
  assertRoundOpen(link.round, today);
  const instrument = await deps.instruments.get(link.round.instrumentVersionId);
  const verdict = instrument.validator.validate(input.answers);
  if (!verdict.ok) throw new ValidationFailed('Some answers are not valid', verdict.issues);
  const stored = await storeResponse(deps.db, {
    municipalityId: link.round.municipalityId,
    roundId: link.round.id,
    unitId: link.unit.id,
    submissionId: input.submissionId ?? null,
    answers: verdict.answers,
    scores: compactScore(scoreResponse(instrument.indicators, verdict.answers)),
    submittedOn: today,
  });
  if (stored.created) {
    await deps.queue
      .enqueue(recomputeRoundJob, { roundId: link.round.id })
      .catch((error: unknown) =>
        deps.log(
          `recompute not queued (${error instanceof Error ? error.message : String(error)}); the sweeper will pick it up`,
        ),
      );
  }
  return stored;
}
