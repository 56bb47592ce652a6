import { z } from 'zod';
import { defineJob } from './define-job';

/** The queue every Målbar job goes through. */
export const QUEUE_NAME = 'malbar-jobs';

// Payloads carry ids, never answers: the worker reads the stored responses.
export const RecomputeUnit = z.object({ roundId: z.uuid(), unitId: z.uuid() });
export type RecomputeUnit = z.infer<typeof RecomputeUnit>;

/** Recompute a round's indicators and goal statuses for one unit and all its ancestors. */
export const recomputeUnitJob = defineJob({
  name: 'indicators.recompute-unit',
  schema: RecomputeUnit,
  deduplicationKey: (d) => `recompute:${d.roundId}:${d.unitId}`,
});
