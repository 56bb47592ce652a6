import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../../core/org/org-unit';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createUnit } from '../../../db/repositories/org-units';
import { createRound, createRoundLink } from '../../../db/repositories/rounds';
import { mulberry32 } from '../../../scripts/demo/mulberry32';
import { aStaffUser, logIn } from '../../builders/staff';
import { submit } from '../http';
import type { TestStore } from '../stores';
import type { Reader } from './adversary-store';
import { publishGoals, type GoalPlan } from './generated-goals';
import { randomRespondent } from './random-respondent';

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The seed of the generated municipality both adversary test files attack (3 schools, 22 classes of 1–14). */
export const GENERATED_SEED = 7;

interface Target {
  unit: OrgUnit;
  size: number;
  fixed?: Record<string, unknown>;
}

/**
 * A municipality from a fixed seed: 2–4 schools with 3–5 classes of 1–14 pupils (about a third
 * below five), a daycare, home care and a nursing home; last year's and this year's pupil rounds,
 * parents, employees and care users; goals with breakdown filters; a published contract; staff of
 * every role. Every answer goes in through the open links, as respondents give them.
 */
export async function generateMunicipality(
  store: TestStore,
  seed: number,
): Promise<{ readers: Reader[]; slug: string }> {
  const random = mulberry32(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const size = () => (random() < 0.35 ? between(1, 4) : between(5, 14));
  const slug = `adversary-${seed}-${randomBytes(3).toString('hex')}`;
  const municipality = await createMunicipality(store.db, { slug, name: `Kommune ${seed}`, country: 'dk' });
  const unit = (
    parent: OrgUnit | null,
    kind: OrgUnit['kind'],
    name: string,
    sector?: string,
    grade?: number,
  ) => createUnit(store.db, { municipalityId: municipality.id, parent, kind, name, sector, grade });
  const root = await unit(null, 'municipality', `Kommune ${seed}`);
  const children = await unit(root, 'area', 'Børn og Unge', 'administration');
  const care = await unit(root, 'area', 'Sundhed og Omsorg', 'administration');
  const schools: OrgUnit[] = [];
  const classes: OrgUnit[] = [];
  for (let s = 0; s < between(2, 4); s++) {
    const school = await unit(children, 'institution', `Skole ${s + 1}`, 'school');
    schools.push(school);
    const grades = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => random() - 0.5).slice(0, between(3, 5));
    for (const grade of grades.sort((a, b) => a - b))
      classes.push(await unit(school, 'group', `${grade}.A`, 'school', grade));
  }
  const daycare = await unit(children, 'institution', 'Børnehuset', 'daycare');
  const careUnits = [
    await unit(care, 'institution', 'Hjemmeplejen', 'care'),
    await unit(care, 'institution', 'Plejecentret', 'care'),
  ];
  const year = new Date().getUTCFullYear();
  const rounds: { key: string; title: string; opens: number; targets: Target[] }[] = [
    {
      key: 'pupil-wellbeing',
      title: `Pupil wellbeing ${year - 1}`,
      opens: -380,
      targets: classes.map((c) => ({ unit: c, size: size(), fixed: { grade: c.grade } })),
    },
    {
      key: 'pupil-wellbeing',
      title: `Pupil wellbeing ${year}`,
      opens: -10,
      targets: classes.map((c) => ({ unit: c, size: size(), fixed: { grade: c.grade } })),
    },
    {
      key: 'parent-satisfaction',
      title: `Parent satisfaction ${year}`,
      opens: -10,
      targets: [...schools, daycare].map((u) => ({ unit: u, size: size() })),
    },
    {
      key: 'employee-wellbeing',
      title: `Employee wellbeing ${year}`,
      opens: -10,
      targets: [...schools, daycare, ...careUnits].map((u) => ({ unit: u, size: between(2, 14) })),
    },
    {
      key: 'care-user-satisfaction',
      title: `Care user satisfaction ${year}`,
      opens: -10,
      targets: careUnits.map((u) => ({ unit: u, size: between(3, 14) })),
    },
  ];
  const submissions: { code: string; answers: Record<string, unknown> }[] = [];
  for (const round of rounds) {
    const versionId = store.malbar.versionIds[round.key]!;
    const instrument = await store.malbar.instruments.get(versionId);
    const title = { da: round.title, nb: round.title, en: round.title };
    const roundId = await createRound(store.db, {
      municipalityId: municipality.id,
      instrumentVersionId: versionId,
      title,
      opensOn: isoDay(round.opens),
      closesOn: isoDay(30),
    });
    for (const target of round.targets) {
      const code = randomBytes(6).toString('hex');
      await createRoundLink(store.db, {
        code,
        municipalityId: municipality.id,
        roundId,
        unitId: target.unit.id,
      });
      const agree = 0.5 + random() * 0.5; // some groups nearly all alike
      for (let i = 0; i < target.size; i++)
        submissions.push({
          code,
          answers: randomRespondent(instrument, random, { agree, fixed: target.fixed }),
        });
    }
  }
  const readers = await staffOf(store, root, schools[0]!);
  const goals: GoalPlan[] = goalPlan(classes, random);
  await publishGoals(
    store,
    readers.find((r) => r.name === 'consultant')!,
    root,
    goals,
  );
  for (let i = 0; i < submissions.length; i += 20) {
    const batch = submissions.slice(i, i + 20);
    const results = await Promise.all(batch.map((s) => submit(store.url, s.code, s.answers)));
    const refused = results.find((r) => r.status !== 201);
    if (refused) throw new Error(`a generated answer was refused: ${JSON.stringify(refused.body)}`);
  }
  await store.settled(60_000);
  return { readers, slug };
}

function goalPlan(classes: OrgUnit[], random: () => number): GoalPlan[] {
  const grades = [...new Set(classes.map((c) => String(c.grade)))].sort(() => random() - 0.5);
  const filter = (values: string[]) => ({ breakdownKey: 'grade', values });
  return [
    {
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'wellbeing',
      target: 0.9,
      filter: filter(grades.slice(0, 3)),
    },
    {
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'not-bullied',
      target: 0.95,
      filter: filter(grades.slice(1, 4)),
    },
    { instrumentKey: 'pupil-wellbeing', indicatorKey: 'not-bullied', target: 0.9, filter: null },
    { instrumentKey: 'parent-satisfaction', indicatorKey: 'satisfied', target: 0.8, filter: null },
    {
      instrumentKey: 'care-user-satisfaction',
      indicatorKey: 'satisfied',
      target: 0.85,
      filter: { breakdownKey: 'respondent', values: ['relative'] },
    },
    { instrumentKey: 'employee-wellbeing', indicatorKey: 'not-harassed', target: 0.95, filter: null },
  ];
}

async function staffOf(store: TestStore, root: OrgUnit, school: OrgUnit): Promise<Reader[]> {
  const roles = [
    ['consultant', root],
    ['leader', school],
    ['admin', root],
    ['viewer', root],
  ] as const;
  const readers: Reader[] = [];
  for (const [role, scope] of roles)
    readers.push({ name: role, cookie: await logIn(store.url, await aStaffUser(store.db, scope, role)) });
  return readers;
}
