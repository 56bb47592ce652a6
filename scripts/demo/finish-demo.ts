import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listContracts } from '../../db/repositories/contracts';
import { findReport } from '../../db/repositories/follow-up-reports';
import { findMunicipalityBySlug } from '../../db/repositories/municipalities';
import { listRounds } from '../../db/repositories/rounds';
import { findStaffCredentials } from '../../db/repositories/staff';
import { recomputeRoundJob } from '../../jobs/contracts';
import type { JobQueue } from '../../jobs/define-job';
import { DEMO_LOGINS, DEMO_SLUG } from '../seed-demo';
import { DEMO_NEIGHBOUR_SLUGS } from './demo-network';
import { adoptDemoReport } from './demo-reports';
import { releaseDemoRounds } from './demo-releases';

/** What the demo's setup does after its data is in (seedDemo, one transaction). */
export interface DemoToFinish {
  roundIds: string[];
  contractId: string;
  consultantId: string;
}

export interface DemoRuntime {
  db: Db;
  queue: JobQueue;
  instruments: InstrumentCache;
  idle: () => Promise<void>;
}

/**
 * Computes every demo round, releases them and adopts last year's report (`lastYear`). Each step
 * may run again: a first start stopped while it computes (Ctrl-C after the data was in) is
 * finished by the next start instead of leaving a dashboard without values.
 */
export async function finishDemo(runtime: DemoRuntime, demo: DemoToFinish, lastYear: number): Promise<void> {
  for (const roundId of demo.roundIds) await runtime.queue.enqueue(recomputeRoundJob, { roundId });
  await runtime.idle();
  // Readers see releases only: last year's rounds final, this year's with an interim release.
  await releaseDemoRounds(runtime.db, runtime.queue, demo.roundIds, runtime.idle);
  await adoptDemoReport(
    runtime.db,
    { instruments: runtime.instruments, now: () => new Date() },
    demo.contractId,
    lastYear,
    demo.consultantId,
  );
}

/**
 * Demo Kommune when its setup did not finish (last year's report, adopted last, is not), else
 * null: no demo, or one that is done (and may since have been changed by whoever tries it).
 */
export async function unfinishedDemo(db: Db, lastYear: number): Promise<DemoToFinish | null> {
  const municipality = await findMunicipalityBySlug(db, DEMO_SLUG);
  if (!municipality) return null;
  const [contract] = await listContracts(db, municipality.id);
  const consultant = await findStaffCredentials(db, DEMO_LOGINS[0].email);
  if (!contract || !consultant) return null;
  if ((await findReport(db, contract.id, lastYear))?.status === 'adopted') return null;
  // Its neighbours' rounds too: the learning network's figure needs them computed and released.
  const roundIds: string[] = [];
  for (const slug of [DEMO_SLUG, ...DEMO_NEIGHBOUR_SLUGS]) {
    const member = await findMunicipalityBySlug(db, slug);
    if (member) for (const round of await listRounds(db, member.id)) roundIds.push(round.id);
  }
  return { roundIds, contractId: contract.id, consultantId: consultant.id };
}
