import type { DatabaseHandle } from '../../../db/connect';
import type { InstrumentCache } from '../../../db/instrument-cache';
import { requestRecompute, storeResponse } from '../../../db/repositories/responses';
import { recomputeRound } from '../../../worker/processors/recompute-round';
import { percentile } from './stats';
import { recomputeAndRelease } from '../recompute-and-release';
import { benchWorkerDeps } from '../worker-deps';
import type { RecomputeDeps } from '../../../worker/processors/round-context';

interface RoundRow {
  id: string;
  municipality_id: string;
}

/**
 * Full recompute of every round of the measurement with its release, `concurrency` rounds at a time
 * (as a worker runs jobs); the releases are also timed apart.
 */
export async function measureFullRecompute(
  database: DatabaseHandle,
  instruments: InstrumentCache,
  rounds: RoundRow[],
  concurrency: number,
) {
  const deps = await benchWorkerDeps(database.db, instruments);
  const queue = [...rounds];
  const started = performance.now();
  const perRound: number[] = [];
  const releases: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let round = queue.shift(); round; round = queue.shift()) {
        const { totalMs, releaseMs } = await recomputeAndRelease(deps, {
          municipalityId: round.municipality_id,
          roundId: round.id,
        });
        perRound.push(totalMs);
        releases.push(releaseMs);
      }
    }),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    perRoundMedianMs: percentile(perRound, 0.5),
    releaseMedianMs: percentile(releases, 0.5),
    releaseP95Ms: percentile(releases, 0.95),
    releaseSecondsSummed: releases.reduce((sum, ms) => sum + ms, 0) / 1000,
  };
}

interface ClassToAnswer {
  roundId: string;
  municipalityId: string;
  unitId: string;
  answers: Record<string, unknown>;
}

/** Stores one response as the server does (with its marker), then times the round's job. */
async function answerAndRecompute(
  deps: RecomputeDeps,
  database: DatabaseHandle,
  c: ClassToAnswer,
): Promise<number> {
  await storeResponse(database.db, {
    ...c,
    submissionId: null,
    submittedOn: new Date().toISOString().slice(0, 10),
  });
  const t0 = performance.now();
  await recomputeRound(deps, { roundId: c.roundId });
  return performance.now() - t0;
}

/**
 * Worker time to bring a round up to date after one new response: the response is stored as the
 * server stores it (with its marker), then the round's job runs and is timed.
 */
export async function measureIncremental(
  database: DatabaseHandle,
  instruments: InstrumentCache,
  classes: ClassToAnswer[],
  warmUp: ClassToAnswer[] = [],
) {
  const deps = await benchWorkerDeps(database.db, instruments);
  const times: number[] = [];
  for (const c of warmUp) await answerAndRecompute(deps, database, c);
  for (const c of classes) times.push(await answerAndRecompute(deps, database, c));
  // Markers of several classes at once (a burst across one municipality), for comparison.
  const burst = classes.slice(0, 20);
  for (const c of burst) await requestRecompute(database.db, c);
  const t0 = performance.now();
  await recomputeRound(deps, { roundId: burst[0]!.roundId });
  return {
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    n: times.length,
    burstOf20Ms: performance.now() - t0,
  };
}
