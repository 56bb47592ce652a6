import type { OrgUnit } from '../core/org/org-unit';
import type { Db } from '../db/database';
import type { InstrumentCache } from '../db/instrument-cache';
import { createContract, createGoal } from '../db/repositories/goals';
import { createMunicipality, type Municipality } from '../db/repositories/municipalities';
import { createUnit } from '../db/repositories/org-units';
import { storeResponse } from '../db/repositories/responses';
import { createRound, createRoundLink } from '../db/repositories/rounds';
import { createStaffUser } from '../db/repositories/staff';
import { hashPassword } from '../server/auth/password';
import { mulberry32, randomInt } from './demo/mulberry32';
import { simulateItemAnswers } from './demo/simulate-answers';

export const DEMO_SLUG = 'demo-kommune';
export const DEMO_PASSWORD = 'demo-kommune';
export const DEMO_LOGINS = [
  { email: 'kvalitet@demo-kommune.dk', name: 'Kirsten Kvalitet (quality consultant)', scope: 'municipality' },
  { email: 'leder@nordskolen.demo-kommune.dk', name: 'Lars Leder (head of Nordskolen)', scope: 'Nordskolen' },
] as const;

export interface DemoSummary {
  municipality: Municipality;
  /** Units that got responses: each needs a recompute. */
  recompute: { roundId: string; unitId: string }[];
  responses: number;
}

const SCHOOLS = ['Nordskolen', 'Søndervangskolen', 'Engdalskolen'];
const DAYCARES = ['Børnehuset Solsikken', 'Vuggestuen Mælkebøtten'];

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo Kommune: one area, three schools with classes 0.A-9.A, two daycare institutions, an open
 * pupil-wellbeing and parent-satisfaction round with simulated answers from a fixed seed, and a
 * quality contract with the Aarhus goals.
 */
export async function seedDemo(
  db: Db,
  opts: { today: string; instruments: InstrumentCache; versionIds: Record<string, string>; seed?: number },
): Promise<DemoSummary> {
  const random = mulberry32(opts.seed ?? 20261124);
  // Loaded before the transaction: PGlite has one connection, which the transaction holds.
  const pupil = await opts.instruments.get(opts.versionIds['pupil-wellbeing']!);
  const parent = await opts.instruments.get(opts.versionIds['parent-satisfaction']!);
  return db.transaction(async (tx) => {
    const municipality = await createMunicipality(tx, {
      slug: DEMO_SLUG,
      name: 'Demo Kommune',
      country: 'dk',
    });
    const unit = (
      parent: OrgUnit | null,
      kind: OrgUnit['kind'],
      name: string,
      sector?: string,
      grade?: number,
    ) => createUnit(tx, { municipalityId: municipality.id, parent, kind, name, sector, grade });
    const root = await unit(null, 'municipality', 'Demo Kommune');
    const area = await unit(root, 'area', 'Børn og Unge', 'administration');
    // One at a time: a transaction is one connection, which takes one query at a time.
    const schools: OrgUnit[] = [];
    for (const name of SCHOOLS) schools.push(await unit(area, 'institution', name, 'school'));
    const daycares: OrgUnit[] = [];
    for (const name of DAYCARES) daycares.push(await unit(area, 'institution', name, 'daycare'));
    const classes: OrgUnit[] = [];
    for (const school of schools) {
      for (let grade = 0; grade <= 9; grade++)
        classes.push(await unit(school, 'group', `${grade}.A`, 'school', grade));
    }

    const period = { opensOn: addDays(opts.today, -28), closesOn: addDays(opts.today, 60) };
    const year = opts.today.slice(0, 4);
    const pupilRound = await createRound(tx, {
      municipalityId: municipality.id,
      instrumentVersionId: opts.versionIds['pupil-wellbeing']!,
      title: {
        da: `Trivselsmåling ${year}`,
        nb: `Trivselsundersøkelse ${year}`,
        en: `Pupil wellbeing ${year}`,
      },
      ...period,
    });
    const parentRound = await createRound(tx, {
      municipalityId: municipality.id,
      instrumentVersionId: opts.versionIds['parent-satisfaction']!,
      title: {
        da: `Forældretilfredshed ${year}`,
        nb: `Foreldreundersøkelse ${year}`,
        en: `Parent satisfaction ${year}`,
      },
      ...period,
    });

    const summary: DemoSummary = { municipality, recompute: [], responses: 0 };
    const link = (roundId: string, target: OrgUnit) =>
      createRoundLink(tx, {
        code: demoCode(random),
        municipalityId: municipality.id,
        roundId,
        unitId: target.id,
      });
    for (const [i, cls] of classes.entries()) {
      await link(pupilRound, cls);
      // One class with three answers shows how small groups are hidden.
      const size = cls.grade === 0 && i >= 20 ? 3 : randomInt(random, 14, 24);
      for (let p = 0; p < size; p++) {
        const answers = simulatePupil(pupil, cls.grade!, SCHOOL_MOOD[Math.floor(i / 10)]!, random);
        await store(tx, summary, municipality.id, pupilRound, cls, answers, opts.today, pupil);
      }
      summary.recompute.push({ roundId: pupilRound, unitId: cls.id });
    }
    for (const institution of [...daycares, ...schools]) {
      await link(parentRound, institution);
      const size = randomInt(random, 18, 40);
      for (let p = 0; p < size; p++) {
        const answers = simulateParent(parent, random);
        await store(tx, summary, municipality.id, parentRound, institution, answers, opts.today, parent);
      }
      summary.recompute.push({ roundId: parentRound, unitId: institution.id });
    }
    await seedContract(tx, municipality.id, root, year);
    await seedStaff(tx, municipality.id, root, schools[0]!);
    return summary;
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Checked = Awaited<ReturnType<InstrumentCache['get']>>;

async function store(
  tx: Tx,
  summary: DemoSummary,
  municipalityId: string,
  roundId: string,
  unit: OrgUnit,
  answers: Record<string, unknown>,
  today: string,
  instrument: Checked,
) {
  const verdict = instrument.validator.validate(answers);
  if (!verdict.ok)
    throw new Error(`demo answers do not fit the definition: ${JSON.stringify(verdict.issues)}`);
  await storeResponse(tx as unknown as Db, {
    municipalityId,
    roundId,
    unitId: unit.id,
    submissionId: null,
    answers,
    submittedOn: today,
  });
  summary.responses++;
}

/** Schools differ, so the demo shows goals met, not met and uncertain side by side. */
const SCHOOL_MOOD = [0.45, -0.35, 0.1];

function simulatePupil(
  instrument: Checked,
  grade: number,
  mood: number,
  random: () => number,
): Record<string, unknown> {
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

function simulateParent(instrument: Checked, random: () => number): Record<string, unknown> {
  const items = instrument.indicators.indicators[1]!.score.itemSets[0]!;
  const level = 4.1 + (random() - 0.5) * 2;
  const answers = simulateItemAnswers(instrument, items, level, random);
  return { ...answers, overall_satisfaction: answers.overall_satisfaction ?? 4 };
}

function demoCode(random: () => number): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

async function seedContract(tx: Tx, municipalityId: string, root: OrgUnit, year: string) {
  const contractId = await createContract(tx, {
    municipalityId,
    title: `Kvalitetskontrakt ${year}-${Number(year) + 1}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${Number(year) + 1}-12-31`,
  });
  const grades = { breakdownKey: 'grade', values: ['1', '6', '9'] };
  const common = { municipalityId, contractId, scopeUnitId: root.id, deadline: `${Number(year) + 1}-12-31` };
  await createGoal(tx, {
    ...common,
    position: 1,
    serviceArea: 'school',
    title: {
      da: 'Over 90 % af eleverne i 1., 6. og 9. klasse udtrykker trivsel',
      nb: 'Over 90 % av elevene i 1., 6. og 9. klasse uttrykker trivsel',
      en: 'Over 90 % of pupils in grades 1, 6 and 9 express wellbeing',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'wellbeing',
    breakdownFilter: grades,
    rule: { type: 'threshold', op: '>', target: 0.9 },
  });
  await createGoal(tx, {
    ...common,
    position: 2,
    serviceArea: 'school',
    title: {
      da: 'Over 95 % af eleverne i 1., 6. og 9. klasse bliver ikke mobbet',
      nb: 'Over 95 % av elevene i 1., 6. og 9. klasse blir ikke mobbet',
      en: 'Over 95 % of pupils in grades 1, 6 and 9 are not bullied',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'not-bullied',
    breakdownFilter: grades,
    rule: { type: 'threshold', op: '>', target: 0.95 },
  });
  await createGoal(tx, {
    ...common,
    position: 3,
    serviceArea: 'daycare and school',
    title: {
      da: 'Mindst 80 % af forældrene er tilfredse',
      nb: 'Minst 80 % av foreldrene er fornøyde',
      en: 'At least 80 % of parents are satisfied',
    },
    instrumentKey: 'parent-satisfaction',
    indicatorKey: 'satisfied',
    breakdownFilter: null,
    rule: { type: 'threshold', op: '>=', target: 0.8 },
  });
}

async function seedStaff(tx: Tx, municipalityId: string, root: OrgUnit, school: OrgUnit) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [consultant, leader] = DEMO_LOGINS;
  await createStaffUser(tx, {
    municipalityId,
    email: consultant.email,
    name: consultant.name,
    role: 'consultant',
    scopeUnitId: root.id,
    passwordHash,
  });
  await createStaffUser(tx, {
    municipalityId,
    email: leader.email,
    name: leader.name,
    role: 'leader',
    scopeUnitId: school.id,
    passwordHash,
  });
}
