import type { Db } from '../../../db/database';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { randomInt } from '../../demo/mulberry32';
import { simulateRespondent } from '../../demo/simulate-answers';
import { simulatePupil } from '../../seed-demo';
import type { BenchOrganisation } from './bench-organisation';
import { insertRound, type RoundPlan } from './insert-round';

export type BenchInstruments = Record<
  'pupil-wellbeing' | 'parent-satisfaction' | 'employee-wellbeing' | 'care-user-satisfaction',
  LoadedInstrument
>;

const COMMENTS = [
  'Dejligt personale, der altid har tid til en snak ved afhentning.',
  'Vi savner mere information om, hvad børnene laver i løbet af dagen.',
  'Legepladsen trænger til en kærlig hånd.',
  'For mange vikarer i perioder; det mærker børnene.',
  'God kommunikation på Aula.',
];

const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** This year's rounds opened four weeks ago (but in this year); last year's a year before. */
export function roundDates(today: string) {
  const fourWeeksAgo = addDays(today, -28);
  const opensOn =
    fourWeeksAgo.slice(0, 4) === today.slice(0, 4) ? fourWeeksAgo : `${today.slice(0, 4)}-01-02`;
  const lastOpensOn = addDays(opensOn, -364);
  return {
    thisYear: { opensOn, closesOn: addDays(today, 60) },
    lastYear: { opensOn: lastOpensOn, closesOn: addDays(lastOpensOn, 58) },
  };
}

/** What the simulated respondents depend on: the units, the instruments, one seeded stream. */
interface Simulation {
  org: BenchOrganisation;
  instruments: BenchInstruments;
  random: () => number;
  /** Each school's level of wellbeing, around the instrument's typical answers. */
  schoolMood: Map<string, number>;
}

/**
 * Two years of pupil wellbeing (about 20 answers in each of 1,500 classes, one class per school
 * with 3 answers this year) and parent satisfaction, this year's employee and care-user rounds.
 * Schools differ in mood and half of them did worse last year, so goals come out met, not met and
 * uncertain side by side.
 */
export async function insertBenchRounds(
  db: Db,
  municipalityId: string,
  org: BenchOrganisation,
  instruments: BenchInstruments,
  ctx: { today: string; code: () => string; random: () => number },
): Promise<{ roundId: string; title: string; responses: number }[]> {
  const { random } = ctx;
  const schoolMood = new Map(org.schools.map((s) => [s.id, (random() - 0.5) * 0.9 + 0.1]));
  const inserted = [];
  for (const plan of roundPlans({ org, instruments, random, schoolMood }, ctx.today)) {
    const { roundId, responses } = await insertRound(db, municipalityId, plan, ctx);
    inserted.push({ roundId, title: plan.title.en, responses });
  }
  return inserted;
}

function roundPlans(sim: Simulation, today: string): RoundPlan[] {
  const year = Number(today.slice(0, 4));
  const dates = roundDates(today);
  const { instruments } = sim;
  const titled = (da: string, en: string, y: number) => ({
    da: `${da} ${y}`,
    nb: `${da} ${y}`,
    en: `${en} ${y}`,
  });
  const pupils = (y: number) => ({
    instrument: instruments['pupil-wellbeing'],
    title: titled('Trivselsmåling', 'Pupil wellbeing', y),
  });
  const parents = (y: number) => ({
    instrument: instruments['parent-satisfaction'],
    title: titled('Forældretilfredshed', 'Parent satisfaction', y),
  });
  return [
    { ...pupils(year - 1), ...dates.lastYear, groups: pupilGroups(sim, true) },
    { ...pupils(year), ...dates.thisYear, groups: pupilGroups(sim, false) },
    { ...parents(year - 1), ...dates.lastYear, groups: parentGroups(sim, 3.7) },
    { ...parents(year), ...dates.thisYear, groups: parentGroups(sim, 4.1) },
    {
      instrument: instruments['employee-wellbeing'],
      title: titled('Medarbejdertrivsel', 'Employee wellbeing', year),
      ...dates.thisYear,
      groups: employeeGroups(sim),
    },
    {
      instrument: instruments['care-user-satisfaction'],
      title: titled('Brugertilfredshed i ældreplejen', 'Care user satisfaction', year),
      ...dates.thisYear,
      groups: careUserGroups(sim),
    },
  ];
}

function pupilGroups(
  { org, instruments, random, schoolMood }: Simulation,
  lastYear: boolean,
): RoundPlan['groups'] {
  return org.classes.map((unit, i) => {
    const mood = schoolMood.get(unit.parentId!)! - (lastYear && i % 50 < 25 ? 0.2 : 0);
    const small = !lastYear && i % 25 === 2; // 0.C of every school: too few to show
    return {
      unit,
      size: small ? 3 : randomInt(random, 16, 24),
      simulate: () => simulatePupil(instruments['pupil-wellbeing'], unit.grade!, mood, random),
    };
  });
}

function parentGroups({ org, instruments, random }: Simulation, base: number): RoundPlan['groups'] {
  return [...org.daycares, ...org.schools].map((unit) => ({
    unit,
    size: randomInt(random, 18, 40),
    simulate: () => {
      const level = base + (random() - 0.5) * 2;
      const answers = simulateRespondent(instruments['parent-satisfaction'], level, random);
      const comment = random() < 0.35 ? { comment: COMMENTS[randomInt(random, 0, COMMENTS.length - 1)] } : {};
      return { ...answers, overall_satisfaction: answers.overall_satisfaction ?? 4, ...comment };
    },
  }));
}

function employeeGroups({ org, instruments, random }: Simulation): RoundPlan['groups'] {
  return [...org.schools, ...org.daycares, ...org.careUnits].map((unit) => ({
    unit,
    size: randomInt(random, 9, 32),
    // Most employees are never harassed; the rest mostly once or twice.
    simulate: () => ({
      ...simulateRespondent(instruments['employee-wellbeing'], 3.9 + (random() - 0.5) * 1.6, random),
      harassed: random() < 0.9 ? 1 : random() < 0.8 ? 2 : 3,
    }),
  }));
}

function careUserGroups({ org, instruments, random }: Simulation): RoundPlan['groups'] {
  return org.careUnits.map((unit) => ({
    unit,
    size: randomInt(random, 30, 60),
    simulate: () => ({
      ...simulateRespondent(instruments['care-user-satisfaction'], 4.2 + (random() - 0.5) * 1.8, random),
      service: unit.sector === 'home-care' ? 'home-care' : 'nursing-home',
    }),
  }));
}
