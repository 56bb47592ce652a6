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
});

export const RecomputeRoundFully = z.object({ roundId: z.uuid(), runId: z.uuid() });
export type RecomputeRoundFully = z.infer<typeof RecomputeRoundFully>;

/** Recompute a whole round from its stored responses, reporting progress on its recompute run. */
export const recomputeRoundFullyJob = defineJob({
  name: 'indicators.recompute-round-fully',
  schema: RecomputeRoundFully,
  deduplicationKey: (d) => `recompute-fully:${d.runId}`,
});
