import type { Db } from '../../db/database';
import { findLatestRelease } from '../../db/repositories/releases';
import { releaseRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';

/**
 * Publishes the demo's results as a municipality would have: last year's closed rounds with their
 * final release, this year's open rounds with one interim release, so the dashboard, the report
 * draft and the public page show values from the start. The release job decides the kind from
 * the round's dates; this waits until every round has one.
 */
export async function releaseDemoRounds(
  db: Db,
  queue: JobQueue,
  roundIds: Iterable<string>,
  idle: () => Promise<void>,
  timeoutMs = 120_000,
): Promise<void> {
  const rounds = [...new Set(roundIds)];
  for (const roundId of rounds) await queue.enqueue(releaseRoundJob, { roundId });
  await idle();
  const deadline = Date.now() + timeoutMs;
  for (const roundId of rounds) {
    while (!(await findLatestRelease(db, roundId))) {
      if (Date.now() > deadline) throw new Error(`the demo round ${roundId} was not released in time`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
