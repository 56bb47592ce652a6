import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import type { PreparedDatabase } from '../../../main/prepare-database';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createStaffUser } from '../../../db/repositories/staff';
import { hashPassword } from '../../../server/auth/password';
import { seedDemoContract } from '../../demo/demo-contract';
import { adoptDemoReport, seedDemoReportTexts } from '../../demo/demo-reports';
import { mulberry32 } from '../../demo/mulberry32';
import { createBenchOrganisation, type BenchOrganisation } from './bench-organisation';
import { insertBenchRounds, type BenchInstruments } from './bench-rounds';
import { insertBenchSickLeave } from './bench-sick-leave';
import { recomputeAndRelease } from '../recompute-and-release';
import { benchWorkerDeps } from '../worker-deps';

export const BENCH_SLUG = 'bench-dashboard';
export const BENCH_PASSWORD = 'bench-dashboard';
export const BENCH_LOGINS = {
  consultant: { email: 'kvalitet@bench-dashboard.dk', password: BENCH_PASSWORD },
  leader: { email: 'leder@skole01.bench-dashboard.dk', password: BENCH_PASSWORD },
};

/**
 * The benchmark municipality on an empty, migrated database: organisation, rounds with simulated
 * answers, two years of monthly sick leave, Demo Kommune's contract (goals incl. sick leave, actions,
 * report texts), a consultant for the whole
 * municipality and a leader of Skole 01. Then every round is recomputed in full by the worker's
 * own processor, and last year's report is adopted, as in the demo.
 */
export async function generateBenchMunicipality(
  prepared: PreparedDatabase,
  today: string,
  log: (line: string) => void,
): Promise<void> {
  const { db } = prepared.database;
  const random = mulberry32(20260601);
  const year = Number(today.slice(0, 4));
  const municipality = await createMunicipality(db, {
    slug: BENCH_SLUG,
    name: 'Benchkommune',
    country: 'dk',
  });
  const org = await createBenchOrganisation(db, municipality, random);
  const t0 = performance.now();
  const code = () =>
    Array.from({ length: 12 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[Math.floor(random() * 31)]).join('');
  const instruments = await loadInstruments(prepared);
  const rounds = await insertBenchRounds(db, municipality.id, org, instruments, { today, code, random });
  log(`rounds: ${rounds.map((r) => `${r.title} ${r.responses}`).join(', ')} (${seconds(t0)} s)`);
  const sickLeave = await insertBenchSickLeave(db, municipality.id, org, today, random);
  log(`sick leave: ${sickLeave} monthly records`);
  const contract = await db.transaction(async (tx) => {
    const seeded = await seedDemoContract(tx, municipality.id, org.root, String(year), new Date(today));
    await seedDemoReportTexts(tx, municipality.id, seeded, year);
    return seeded;
  });
  const consultantId = await createBenchStaff(db, municipality.id, org);
  await recomputeEveryRound(prepared, municipality.id, rounds, log);
  const deps = { instruments: prepared.instruments, now: () => new Date() };
  await adoptDemoReport(db, deps, contract.contractId, year - 1, consultantId);
  await db.execute(sql`vacuum analyze`);
}

async function loadInstruments({ instruments, versionIds }: PreparedDatabase): Promise<BenchInstruments> {
  const loaded = {} as BenchInstruments;
  const keys = [
    'pupil-wellbeing',
    'parent-satisfaction',
    'employee-wellbeing',
    'care-user-satisfaction',
  ] as const;
  for (const key of keys) loaded[key] = await instruments.get(versionIds[key]!);
  return loaded;
}

/** The consultant (whole municipality; its id is returned) and the leader of Skole 01. */
async function createBenchStaff(db: Db, municipalityId: string, org: BenchOrganisation): Promise<string> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const consultantId = await createStaffUser(db, {
    municipalityId,
    email: BENCH_LOGINS.consultant.email,
    name: 'Kirsten Kvalitet (quality consultant)',
    role: 'consultant',
    scopeUnitId: org.root.id,
    passwordHash,
  });
  await createStaffUser(db, {
    municipalityId,
    email: BENCH_LOGINS.leader.email,
    name: 'Lars Leder (head of Skole 01)',
    role: 'leader',
    scopeUnitId: org.schools[0]!.id,
    passwordHash,
  });
  return consultantId;
}

/** A full recompute of each round by the worker's processor, as `POST /api/rounds/:id/recompute` runs it, and its release. */
async function recomputeEveryRound(
  { database, instruments }: PreparedDatabase,
  municipalityId: string,
  rounds: { roundId: string; title: string }[],
  log: (line: string) => void,
): Promise<void> {
  const deps = await benchWorkerDeps(database.db, instruments);
  for (const round of rounds) {
    // Readers see releases: last year's round is released final by its recompute, this year's after.
    const { totalMs, releaseMs } = await recomputeAndRelease(deps, {
      municipalityId,
      roundId: round.roundId,
    });
    log(
      `full recompute and release: ${round.title} (${(totalMs / 1000).toFixed(1)} s, release ${(releaseMs / 1000).toFixed(1)} s)`,
    );
  }
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
