import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../../core/org/org-unit';
import { createRound, createRoundLink } from '../../../db/repositories/rounds';
import { mulberry32 } from '../../../scripts/demo/mulberry32';
import { aStaffUser, logIn } from '../../builders/staff';
import { submit } from '../http';
import type { TestStore } from '../stores';
import type { Reader } from './adversary-store';
import { publishGoals, type GoalPlan } from './generated-goals';
import { generatedTree, type GeneratedTree } from './generated-tree';
import { randomRespondent } from './random-respondent';

/** The seed of the generated municipality both adversary test files attack. */
export const GENERATED_SEED = 7;

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface RoundPlan {
  key: string;
  title: string;
  opens: number;
  targets: { unit: OrgUnit; size: number; fixed?: Record<string, unknown> }[];
}

/**
 * A municipality from a fixed seed (generated-tree.ts) with last year's and this year's pupil
 * rounds (classes of 1–14, about a third below five), parents, employees and care users; goals
 * with breakdown filters in a published contract; staff of every role. Every answer goes in
 * through the open links, as respondents give them.
 */
export async function generateMunicipality(
  store: TestStore,
  seed: number,
): Promise<{ readers: Reader[]; slug: string }> {
  const random = mulberry32(seed);
  const tree = await generatedTree(store.db, seed, random);
  const submissions = await openRounds(store, tree.municipalityId, roundPlans(tree, random), random);
  const readers = await staffOf(store, tree.root, tree.schools[0]!);
  await publishGoals(
    store,
    readers.find((r) => r.name === 'consultant')!,
    tree.root,
    goalPlans(tree.classes, random),
  );
  for (let i = 0; i < submissions.length; i += 20) {
    const results = await Promise.all(
      submissions.slice(i, i + 20).map((s) => submit(store.url, s.code, s.answers)),
    );
    const refused = results.find((r) => r.status !== 201);
    if (refused) throw new Error(`a generated answer was refused: ${JSON.stringify(refused.body)}`);
  }
  await store.settled(60_000);
  return { readers, slug: tree.slug };
}

function roundPlans(
  { schools, classes, daycare, careUnits }: GeneratedTree,
  random: () => number,
): RoundPlan[] {
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const size = () => (random() < 0.35 ? between(1, 4) : between(5, 14));
  const pupils = () => classes.map((c) => ({ unit: c, size: size(), fixed: { grade: c.grade } }));
  const year = new Date().getUTCFullYear();
  return [
    { key: 'pupil-wellbeing', title: `Pupil wellbeing ${year - 1}`, opens: -380, targets: pupils() },
    { key: 'pupil-wellbeing', title: `Pupil wellbeing ${year}`, opens: -10, targets: pupils() },
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
}

/** Each round with an open link per unit, and the answers its respondents will give. */
async function openRounds(
  store: TestStore,
  municipalityId: string,
  plans: RoundPlan[],
  random: () => number,
) {
  const submissions: { code: string; answers: Record<string, unknown> }[] = [];
  for (const plan of plans) {
    const instrumentVersionId = store.malbar.versionIds[plan.key]!;
    const instrument = await store.malbar.instruments.get(instrumentVersionId);
    const title = { da: plan.title, nb: plan.title, en: plan.title };
    const period = { opensOn: isoDay(plan.opens), closesOn: isoDay(30) };
    const roundId = await createRound(store.db, { municipalityId, instrumentVersionId, title, ...period });
    for (const target of plan.targets) {
      const code = randomBytes(6).toString('hex');
      await createRoundLink(store.db, { code, municipalityId, roundId, unitId: target.unit.id });
      const agree = 0.5 + random() * 0.5; // some groups nearly all alike
      for (let i = 0; i < target.size; i++)
        submissions.push({
          code,
          answers: randomRespondent(instrument, random, { agree, fixed: target.fixed }),
        });
    }
  }
  return submissions;
}

function goalPlans(classes: OrgUnit[], random: () => number): GoalPlan[] {
  const grades = [...new Set(classes.map((c) => String(c.grade)))].sort(() => random() - 0.5);
  const filter = (values: string[]) => ({ breakdownKey: 'grade', values });
  const pupils = { instrumentKey: 'pupil-wellbeing' };
  return [
    { ...pupils, indicatorKey: 'wellbeing', target: 0.9, filter: filter(grades.slice(0, 3)) },
    { ...pupils, indicatorKey: 'not-bullied', target: 0.95, filter: filter(grades.slice(1, 4)) },
    { ...pupils, indicatorKey: 'not-bullied', target: 0.9, filter: null },
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
