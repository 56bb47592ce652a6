import { sql } from 'drizzle-orm';
import type { PreparedDatabase } from '../../../main/runtime';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createRecomputeRun } from '../../../db/repositories/recompute-runs';
import { createStaffUser } from '../../../db/repositories/staff';
import { hashPassword } from '../../../server/auth/password';
import { recomputeRoundFully } from '../../../worker/processors/recompute-round-fully';
import { TreeCache } from '../../../worker/processors/tree-cache';
import { seedDemoContract } from '../../demo/demo-contract';
import { adoptDemoReport, seedDemoReportTexts } from '../../demo/demo-reports';
import { mulberry32 } from '../../demo/mulberry32';
import { createBenchOrganisation } from './bench-organisation';
import { insertBenchRounds, type BenchInstruments } from './bench-rounds';

export const BENCH_SLUG = 'bench-dashboard';
export const BENCH_PASSWORD = 'bench-dashboard';
export const BENCH_LOGINS = {
  consultant: { email: 'kvalitet@bench-dashboard.dk', password: BENCH_PASSWORD },
  leader: { email: 'leder@skole01.bench-dashboard.dk', password: BENCH_PASSWORD },
};

/**
 * The benchmark municipality on an empty, migrated database: organisation, rounds with simulated
 * answers, Demo Kommune's contract (goals, actions, report texts), a consultant for the whole
 * municipality and a leader of Skole 01. Then every round is recomputed in full by the worker's
 * own processor, and last year's report is adopted, as in the demo.
 */
export async function generateBenchMunicipality(
  { database, instruments, versionIds }: PreparedDatabase,
  today: string,
  log: (line: string) => void,
): Promise<void> {
  const { db } = database;
  const random = mulberry32(20260601);
  const year = Number(today.slice(0, 4));
  const municipality = await createMunicipality(db, {
    slug: BENCH_SLUG,
    name: 'Benchkommune',
    country: 'dk',
  });
  const org = await createBenchOrganisation(db, municipality, random);
  const loaded = {} as BenchInstruments;
  for (const key of [
    'pupil-wellbeing',
    'parent-satisfaction',
    'employee-wellbeing',
    'care-user-satisfaction',
  ] as const)
    loaded[key] = await instruments.get(versionIds[key]!);
  let t0 = performance.now();
  const code = () =>
    Array.from({ length: 12 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[Math.floor(random() * 31)]).join('');
  const rounds = await insertBenchRounds(db, municipality.id, org, loaded, { today, code, random });
  log(`rounds: ${rounds.map((r) => `${r.title} ${r.responses}`).join(', ')} (${seconds(t0)} s)`);
  const contract = await db.transaction(async (tx) => {
    const seeded = await seedDemoContract(tx, municipality.id, org.root, String(year), new Date(today));
    await seedDemoReportTexts(tx, municipality.id, seeded, year);
    return seeded;
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const consultantId = await createStaffUser(db, {
    municipalityId: municipality.id,
    email: BENCH_LOGINS.consultant.email,
    name: 'Kirsten Kvalitet (quality consultant)',
    role: 'consultant',
    scopeUnitId: org.root.id,
    passwordHash,
  });
  await createStaffUser(db, {
    municipalityId: municipality.id,
    email: BENCH_LOGINS.leader.email,
    name: 'Lars Leder (head of Skole 01)',
    role: 'leader',
    scopeUnitId: org.schools[0]!.id,
    passwordHash,
  });
  const deps = { db, instruments, trees: new TreeCache() };
  for (const round of rounds) {
    t0 = performance.now();
    const run = await createRecomputeRun(db, { municipalityId: municipality.id, roundId: round.roundId });
    await recomputeRoundFully(deps, { roundId: round.roundId, runId: run.id });
    log(`full recompute: ${round.title} (${seconds(t0)} s)`);
  }
  await adoptDemoReport(
    db,
    { instruments, now: () => new Date() },
    contract.contractId,
    year - 1,
    consultantId,
  );
  await db.execute(sql`vacuum analyze`);
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
