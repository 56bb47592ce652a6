import type { Db, Tx } from '../db/database';
import type { InstrumentCache, LoadedInstrument } from '../db/instrument-cache';
import { createMunicipality, type Municipality } from '../db/repositories/municipalities';
import { createStaffUser } from '../db/repositories/staff';
import type { OrgUnit } from '../core/org/org-unit';
import { hashPassword } from '../server/auth/password';
import { seedDemoContract } from './demo/demo-contract';
import { seedDemoInitiatives } from './demo/demo-initiatives';
import { seedDemoReportTexts } from './demo/demo-reports';
import { seedDemoBenchmarks, seedDemoNetwork } from './demo/demo-network';
import { seedDemoMeasured } from './demo/demo-measured';
import { seedDemoSickLeave } from './demo/demo-sick-leave';
import { createDemoOrganisation } from './demo/demo-organisation';
import { mulberry32, randomInt } from './demo/mulberry32';
import { seedRound, type SeedContext } from './demo/seed-round';
import { simulateItemAnswers, simulateRespondent } from './demo/simulate-answers';
import { setUnitPopulation } from '../db/repositories/org-units';

export const DEMO_SLUG = 'demo-kommune';
export const DEMO_PASSWORD = 'demo-kommune';
export const DEMO_LOGINS = [
  { email: 'kvalitet@demo-kommune.dk', name: 'Kirsten Kvalitet (quality consultant)', scope: 'municipality' },
  { email: 'leder@nordskolen.demo-kommune.dk', name: 'Lars Leder (head of Nordskolen)', scope: 'Nordskolen' },
  { email: 'admin@demo-kommune.dk', name: 'Anne Admin (administrator)', scope: 'municipality' },
  {
    email: 'tillid@demo-kommune.dk',
    name: 'Tove Tillid (staff representative, reads only)',
    scope: 'municipality',
  },
] as const;

export interface DemoSummary {
  municipality: Municipality;
  /** The quality contract; last year's follow-up report is adopted once the indicators are computed. */
  contract: { contractId: string; goalIds: string[] };
  consultantId: string;
  /** Units that got responses: each needs a recompute. */
  recompute: { roundId: string; unitId: string }[];
  responses: number;
  /** Months × workplaces of sick leave: two years up to last month. */
  sickLeaveRecords: number;
  /** Values of the three measured indicators: two years of each. */
  measuredValues: number;
}

const INSTRUMENTS = [
  'pupil-wellbeing',
  'parent-satisfaction',
  'employee-wellbeing',
  'care-user-satisfaction',
] as const;
type DemoInstruments = Record<(typeof INSTRUMENTS)[number], LoadedInstrument>;

/** Schools differ, so the demo shows goals met, not met and uncertain side by side. */
const SCHOOL_MOOD = [0.45, -0.35, 0.1];

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo Kommune: schools with classes 0.A-9.A, daycares and elderly care; open rounds of all four
 * instruments with simulated answers from a fixed seed; a quality contract; two staff users.
 */
export async function seedDemo(
  db: Db,
  opts: { today: string; instruments: InstrumentCache; versionIds: Record<string, string>; seed?: number },
): Promise<DemoSummary> {
  const random = mulberry32(opts.seed ?? 20261124);
  // Loaded before the transaction: PGlite has one connection, which the transaction holds.
  const instruments = {} as DemoInstruments;
  for (const key of INSTRUMENTS) instruments[key] = await opts.instruments.get(opts.versionIds[key]!);
  return db.transaction(async (tx) => {
    const municipality = await createMunicipality(tx, {
      slug: DEMO_SLUG,
      name: 'Demo Kommune',
      country: 'dk',
    });
    const org = await createDemoOrganisation(tx, municipality.id);
    const summary: DemoSummary = {
      municipality,
      contract: { contractId: '', goalIds: [] },
      consultantId: '',
      recompute: [],
      responses: 0,
      sickLeaveRecords: 0,
      measuredValues: 0,
    };
    const ctx: SeedContext = {
      tx,
      municipalityId: municipality.id,
      today: opts.today,
      code: () => demoCode(random),
      summary,
    };
    await seedRounds(ctx, org, instruments, random);
    const year = opts.today.slice(0, 4);
    summary.contract = await seedDemoContract(tx, municipality.id, org.root, year, new Date(opts.today));
    await seedDemoReportTexts(tx, municipality.id, summary.contract, Number(year));
    await seedDemoInitiatives(tx, municipality.id, org, summary.contract.goalIds);
    summary.sickLeaveRecords = await seedDemoSickLeave(tx, municipality.id, org, opts.today, random);
    summary.measuredValues = await seedDemoMeasured(tx, municipality.id, org, opts.today);
    await seedDemoBenchmarks(tx, municipality.id, opts.today);
    // The neighbours' answers are theirs: counted apart from Demo Kommune's, computed all the same.
    const neighbours = { recompute: summary.recompute, responses: 0 };
    await seedDemoNetwork(
      {
        tx,
        today: opts.today,
        code: () => demoCode(random),
        summary: neighbours,
        demoMunicipalityId: municipality.id,
      },
      instruments['pupil-wellbeing'],
      (grade, mood) => simulatePupil(instruments['pupil-wellbeing'], grade, mood, random),
      random,
    );
    summary.consultantId = await seedStaff(tx, municipality.id, org.root, org.schools[0]!);
    return summary;
  });
}

async function seedRounds(
  ctx: SeedContext,
  org: Awaited<ReturnType<typeof createDemoOrganisation>>,
  instruments: DemoInstruments,
  random: () => number,
) {
  const year = ctx.today.slice(0, 4);
  const period = { opensOn: addDays(ctx.today, -28), closesOn: addDays(ctx.today, 60) };
  const people = (instrument: LoadedInstrument, base: number, spread: number) => () =>
    simulateRespondent(instrument, base + (random() - 0.5) * spread, random);
  // Class sizes are known: a class where most pupils answered is nearly a census.
  for (const unit of org.classes) await setUnitPopulation(ctx.tx, unit.id, randomInt(random, 24, 27));
  // Last year's measurement, a little less happy in two schools: the unit pages show the change.
  const lastYear = String(Number(year) - 1);
  await seedRound(ctx, {
    instrument: instruments['pupil-wellbeing'],
    title: {
      da: `Trivselsmåling ${lastYear}`,
      nb: `Trivselsundersøkelse ${lastYear}`,
      en: `Pupil wellbeing ${lastYear}`,
    },
    opensOn: addDays(ctx.today, -365 - 28),
    closesOn: addDays(ctx.today, -365 + 30),
    groups: org.classes.map((unit, i) => ({
      unit,
      size: randomInt(random, 14, 24),
      simulate: () =>
        simulatePupil(
          instruments['pupil-wellbeing'],
          unit.grade!,
          SCHOOL_MOOD[Math.floor(i / 10)]! - (i < 20 ? 0.25 : 0),
          random,
        ),
    })),
  });
  await seedRound(ctx, {
    instrument: instruments['pupil-wellbeing'],
    title: {
      da: `Trivselsmåling ${year}`,
      nb: `Trivselsundersøkelse ${year}`,
      en: `Pupil wellbeing ${year}`,
    },
    ...period,
    groups: org.classes.map((unit, i) => ({
      unit,
      // One class with three answers shows how small groups are hidden.
      size: unit.grade === 0 && i >= 20 ? 3 : randomInt(random, 14, 24),
      simulate: () =>
        simulatePupil(instruments['pupil-wellbeing'], unit.grade!, SCHOOL_MOOD[Math.floor(i / 10)]!, random),
    })),
  });
  // Parents last year, a little less satisfied: the contract's goal is that satisfaction rises.
  await seedRound(ctx, {
    instrument: instruments['parent-satisfaction'],
    title: {
      da: `Forældretilfredshed ${lastYear}`,
      nb: `Foreldreundersøkelse ${lastYear}`,
      en: `Parent satisfaction ${lastYear}`,
    },
    opensOn: addDays(ctx.today, -365 - 28),
    closesOn: addDays(ctx.today, -365 + 30),
    groups: [...org.daycares, ...org.schools].map((unit) => ({
      unit,
      size: randomInt(random, 18, 40),
      simulate: () => simulateParent(instruments['parent-satisfaction'], random, 3.7),
    })),
  });
  await seedRound(ctx, {
    instrument: instruments['parent-satisfaction'],
    title: {
      da: `Forældretilfredshed ${year}`,
      nb: `Foreldreundersøkelse ${year}`,
      en: `Parent satisfaction ${year}`,
    },
    ...period,
    groups: [...org.daycares, ...org.schools].map((unit) => ({
      unit,
      size: randomInt(random, 18, 40),
      simulate: () => simulateParent(instruments['parent-satisfaction'], random),
    })),
  });
  await seedRound(ctx, {
    instrument: instruments['employee-wellbeing'],
    title: {
      da: `Medarbejdertrivsel ${year}`,
      nb: `Medarbeiderundersøkelse ${year}`,
      en: `Employee wellbeing ${year}`,
    },
    ...period,
    groups: [...org.schools, ...org.daycares, ...org.careUnits].map((unit) => ({
      unit,
      size: randomInt(random, 9, 32),
      // Most employees are never harassed; the rest mostly once or twice.
      simulate: () => ({
        ...people(instruments['employee-wellbeing'], 3.9, 1.6)(),
        harassed: random() < 0.9 ? 1 : random() < 0.8 ? 2 : 3,
      }),
    })),
  });
  await seedRound(ctx, {
    instrument: instruments['care-user-satisfaction'],
    title: {
      da: `Brugertilfredshed i ældreplejen ${year}`,
      nb: `Brukerundersøkelse i eldreomsorgen ${year}`,
      en: `Care user satisfaction ${year}`,
    },
    ...period,
    groups: org.careUnits.map((unit) => ({
      unit,
      size: randomInt(random, 30, 60),
      simulate: () => ({
        ...people(instruments['care-user-satisfaction'], 4.2, 1.8)(),
        service: unit.sector === 'home-care' ? 'home-care' : 'nursing-home',
      }),
    })),
  });
}

export function simulatePupil(
  instrument: LoadedInstrument,
  grade: number,
  mood: number,
  random: () => number,
) {
  const [wellbeing, bullying] = instrument.indicators.indicators;
  const variant = grade <= 3 ? 0 : 1;
  const level = 4.0 + mood + (random() - 0.5) * 2.2 - (grade >= 7 ? 0.3 : 0);
  const bulliedLevel = random() < 0.06 ? 1.5 : 5;
  return {
    grade,
    ...simulateItemAnswers(instrument, wellbeing!.score.itemSets[variant]!, level, random),
    ...simulateItemAnswers(instrument, bullying!.score.itemSets[variant]!, bulliedLevel, random, 0.02),
  };
}

// Comments come from their own stream, so adding them left every simulated number as it was.
const commentRandom = mulberry32(4242);
const PARENT_COMMENTS = [
  'Dejligt personale, der altid har tid til en snak ved afhentning.',
  'Vi savner mere information om, hvad børnene laver i løbet af dagen.',
  'Legepladsen trænger til en kærlig hånd.',
  'Meget tilfredse med overgangen fra vuggestue til børnehave.',
  'For mange vikarer i perioder; det mærker børnene.',
  'God kommunikation på Aula.',
  'Maden er blevet meget bedre i år.',
  'Vores barn glæder sig til at komme af sted hver morgen.',
];

function simulateParent(
  instrument: LoadedInstrument,
  random: () => number,
  base = 4.1,
): Record<string, unknown> {
  const answers = simulateRespondent(instrument, base + (random() - 0.5) * 2, random);
  const comment =
    commentRandom() < 0.35
      ? { comment: PARENT_COMMENTS[Math.floor(commentRandom() * PARENT_COMMENTS.length)] }
      : {};
  return { ...answers, overall_satisfaction: answers.overall_satisfaction ?? 4, ...comment };
}

function demoCode(random: () => number): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

async function seedStaff(tx: Tx, municipalityId: string, root: OrgUnit, school: OrgUnit): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [consultant, leader, admin, representative] = DEMO_LOGINS;
  const user = { municipalityId, passwordHash };
  const consultantId = await createStaffUser(tx, {
    ...user,
    email: consultant.email,
    name: consultant.name,
    role: 'consultant',
    scopeUnitId: root.id,
  });
  await createStaffUser(tx, {
    ...user,
    email: leader.email,
    name: leader.name,
    role: 'leader',
    scopeUnitId: school.id,
  });
  for (const [login, role] of [
    [admin, 'admin'],
    [representative, 'viewer'],
  ] as const)
    await createStaffUser(tx, { ...user, email: login.email, name: login.name, role, scopeUnitId: root.id });
  return consultantId;
}
