import type { JobObserver } from '../jobs/job-observer';
import { recomputeRoundJob } from '../jobs/contracts';
import { loggableError } from './loggable-error';
import type { Logger } from './logger';
import type { ProcessMetrics } from './process-metrics';

/**
 * One log line per job run — name, round, request id, attempt, duration, outcome (and the error,
 * through loggable-error.ts) — never the payload — and its duration and lag as metrics.
 */
export function jobObservation(logger: Logger, metrics: ProcessMetrics): JobObserver {
  return {
    finished(run, outcome, durationMs, error) {
      metrics.jobSeconds.observe({ job: run.name, outcome }, durationMs / 1000);
      if (run.name === recomputeRoundJob.name && outcome === 'completed')
        metrics.submitToIndicatorSeconds.observe(Math.max(0, Date.now() - run.queuedAt) / 1000);
      const line = {
        job: run.name,
        roundId: run.roundId,
        requestId: run.requestId,
        attempt: run.attempt,
        durationMs: Math.round(durationMs),
        outcome,
      };
      if (outcome === 'completed') logger.info(line, 'job');
      else logger.error({ ...line, error: loggableError(error) }, 'job');
    },
  };
}
