import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { disclosedCells } from '../../core/anonymity/audit-linear';
import {
  auditRound,
  type AuditResult,
  type RoundCell,
  type RoundGoalCell,
} from '../../core/anonymity/audit-round';
import { roundLinearSystem } from '../../core/anonymity/round-linear-system';
import { suppressComplements } from '../../core/anonymity/complementary-suppression';
import { suppressSmallCells } from '../../core/anonymity/suppress-small-cells';
import type { IndicatorCell } from '../../core/indicators/indicator-cell';
import { mulberry32, randomInt } from '../demo/mulberry32';

/**
 * Time of the round's linear anonymity audit (core/anonymity/audit-round.ts), alone, on a synthetic
 * municipality built in memory: 4 areas, --schools schools of --classes classes, one class per
 * school with only 3 answers (below the minimum of 5), --indicators indicators broken down by grade
 * and gender, and two goals (all pupils; grades 7–9) on each of the first --goal-indicators. Cells
 * carry the units' own suppression, as a recompute stores them, so the audit has what it gets in
 * worker/processors/audit-round-anonymity.ts. The digest tells whether two runs hid the same cells;
 * --verify solves each indicator's published table whole afterwards and counts small cells still
 * solvable (should be 0).
 * Usage: npm run bench:audit -- [--schools=60] [--classes=25] [--indicators=20] [--goal-indicators=3] [--verify]
 */
const Options = z.object({
  schools: z.coerce.number().int().min(1).default(60),
  classes: z.coerce.number().int().min(1).default(25),
  indicators: z.coerce.number().int().min(1).default(20),
  goalIndicators: z.coerce.number().int().min(0).default(3),
  seed: z.coerce.number().int().default(20260601),
  verify: z.boolean().default(false),
});
type Options = z.infer<typeof Options>;

const MIN_GROUP_SIZE = 5;
const AREAS = 4;
const GRADES = 10;

type Unit = { id: string; parentId: string | null };
/** Respondents per group of one unit and indicator: '' is the total, 'grade=3', 'gender=girl'. */
type Counts = Map<string, number>;

function organisation({ schools, classes }: Options): { units: Unit[]; classes: Unit[] } {
  const units: Unit[] = [{ id: 'municipality', parentId: null }];
  const leaves: Unit[] = [];
  for (let a = 1; a <= AREAS; a++) units.push({ id: `area-${a}`, parentId: 'municipality' });
  for (let s = 0; s < schools; s++) {
    const school = `school-${String(s + 1).padStart(2, '0')}`;
    units.push({ id: school, parentId: `area-${(s % AREAS) + 1}` });
    for (let c = 0; c < classes; c++) leaves.push({ id: `${school}/class-${c}`, parentId: school });
  }
  return { units: [...units, ...leaves], classes: leaves };
}

/** One indicator's counts per class: grade from the class's place in its school, 3 answers in one. */
function classCounts(classes: Unit[], options: Options, random: () => number): Map<string, Counts> {
  const result = new Map<string, Counts>();
  const smallClassOf = new Map<string, number>();
  classes.forEach((unit, i) => {
    const index = i % options.classes;
    const school = unit.parentId!;
    if (!smallClassOf.has(school)) smallClassOf.set(school, randomInt(random, 0, options.classes - 1));
    const n = index === smallClassOf.get(school) ? 3 : randomInt(random, 12, 24) - randomInt(random, 0, 2);
    const grade = Math.floor((index * GRADES) / options.classes);
    let girls = 0;
    for (let p = 0; p < n; p++) if (random() < 0.5) girls++;
    const counts: Counts = new Map([
      ['', n],
      [`grade=${grade}`, n],
    ]);
    if (girls > 0) counts.set('gender=girl', girls);
    if (n - girls > 0) counts.set('gender=boy', n - girls);
    result.set(unit.id, counts);
  });
  return result;
}

/** Adds children's counts into their parents, deepest level first (units are listed top down). */
function withAncestors(units: Unit[], leaves: Map<string, Counts>): Map<string, Counts> {
  const all = new Map(leaves);
  for (const unit of [...units].reverse()) {
    const own = all.get(unit.id);
    if (own === undefined || unit.parentId === null) continue;
    const parent = all.get(unit.parentId) ?? new Map<string, number>();
    for (const [group, n] of own) parent.set(group, (parent.get(group) ?? 0) + n);
    all.set(unit.parentId, parent);
  }
  return all;
}

/** The unit's cells of one indicator with small-cell and complementary suppression, as stored. */
function storedCells(unitId: string, indicatorKey: string, counts: Counts): RoundCell[] {
  const cells = [...counts].sort().map(([group, n]): IndicatorCell => {
    const [breakdownKey = '', breakdownValue = ''] = group === '' ? [] : group.split('=');
    return {
      indicatorKey,
      breakdownKey,
      breakdownValue,
      n,
      k: 0,
      value: 0,
      ciLow: 0,
      ciHigh: 0,
      suppressed: false,
    };
  });
  const safe = suppressComplements(suppressSmallCells(cells, MIN_GROUP_SIZE), MIN_GROUP_SIZE);
  return safe.map((c) => ({ ...c, unitId, internal: false }));
}

function goalCells(unitId: string, indicatorKey: string, counts: Counts): RoundGoalCell[] {
  const upper = ['7', '8', '9'];
  const goals = [
    { goalId: `${indicatorKey}:all`, filter: null, n: counts.get('') ?? 0 },
    {
      goalId: `${indicatorKey}:grades-7-9`,
      filter: { breakdownKey: 'grade', values: upper },
      n: upper.reduce((sum, grade) => sum + (counts.get(`grade=${grade}`) ?? 0), 0),
    },
  ];
  return goals
    .filter((goal) => goal.n > 0)
    .map((goal) => ({ ...goal, unitId, indicatorKey, hidden: goal.n < MIN_GROUP_SIZE }));
}

function roundOf(options: Options) {
  const random = mulberry32(options.seed);
  const { units, classes } = organisation(options);
  const cells: RoundCell[] = [];
  const goals: RoundGoalCell[] = [];
  for (let i = 0; i < options.indicators; i++) {
    const indicatorKey = `indicator-${String(i + 1).padStart(2, '0')}`;
    for (const [unitId, counts] of withAncestors(units, classCounts(classes, options, random))) {
      cells.push(...storedCells(unitId, indicatorKey, counts));
      if (i < options.goalIndicators) goals.push(...goalCells(unitId, indicatorKey, counts));
    }
  }
  return { units, cells, goals };
}

/** Small hidden cells that the published result still gives away, solving each indicator whole. */
function stillSolvable(
  { units, cells, goals }: ReturnType<typeof roundOf>,
  result: AuditResult,
  ids: (hidden: AuditResult) => string[],
): number {
  const hidden = new Set(ids(result));
  const after = {
    cells: cells.map((c) =>
      hidden.has(ids({ cells: [c], goals: [] })[0]!) ? { ...c, suppressed: true } : c,
    ),
    goals: goals.map((g) => (hidden.has(ids({ cells: [], goals: [g] })[0]!) ? { ...g, hidden: true } : g)),
  };
  const indicators = new Set(cells.map((c) => c.indicatorKey));
  return [...indicators].reduce((count, key) => {
    const ofIndicator = <T extends { indicatorKey: string }>(list: T[]) =>
      list.filter((c) => c.indicatorKey === key);
    const system = roundLinearSystem(
      units,
      ofIndicator(after.cells),
      ofIndicator(after.goals),
      MIN_GROUP_SIZE,
    );
    return count + disclosedCells(system.table, system.relations).length;
  }, 0);
}

const idsOf = (result: AuditResult) => [
  ...result.cells.map((c) => `${c.indicatorKey}|${c.unitId}|${c.breakdownKey}|${c.breakdownValue}`),
  ...result.goals.map((g) => `${g.goalId}|${g.unitId}`),
];

function main() {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    options: {
      schools: text,
      classes: text,
      indicators: text,
      'goal-indicators': text,
      seed: text,
      verify: { type: 'boolean' },
    },
  });
  const options = Options.parse({ ...values, goalIndicators: values['goal-indicators'] });
  const round = roundOf(options);
  const { units, cells, goals } = round;
  const hiddenBefore = cells.filter((c) => c.suppressed).length;
  const start = performance.now();
  const result = auditRound(units, cells, goals, () => MIN_GROUP_SIZE);
  const ms = performance.now() - start;
  const digest = createHash('sha256').update(idsOf(result).join('\n')).digest('hex').slice(0, 12);
  console.log(
    `${units.length} units, ${options.indicators} indicators: ${cells.length} cells (${hiddenBefore} hidden by the units' own rules), ${goals.length} goal cells`,
  );
  console.log(
    `auditRound: ${ms.toFixed(0)} ms · hid ${result.cells.length} cells and ${result.goals.length} goal values · digest ${digest}`,
  );
  console.log(`what it hid: ${lossOf(cells, result)}`);
  if (options.verify)
    console.log(`still solvable afterwards: ${stillSolvable(round, result, idsOf)} small cells`);
}

/**
 * What the hiding costs readers: the respondents behind the cells it hid, and how many of them were
 * unit totals of 100 or more (a school's or an area's figure), which readers miss most.
 */
function lossOf(cells: RoundCell[], result: ReturnType<typeof auditRound>): string {
  const key = (c: { unitId: string; indicatorKey: string; breakdownKey: string; breakdownValue: string }) =>
    `${c.unitId}|${c.indicatorKey}|${c.breakdownKey}|${c.breakdownValue}`;
  const byKey = new Map(cells.map((c) => [key(c), c]));
  const hidden = result.cells.map((c) => byKey.get(key(c))!);
  const respondents = hidden.reduce((sum, c) => sum + c.n, 0);
  const largeTotals = hidden.filter((c) => c.breakdownKey === '' && c.n >= 100).length;
  const totals = hidden.filter((c) => c.breakdownKey === '').length;
  return `${respondents} respondents behind the hidden cells; ${totals} unit totals, ${largeTotals} of them of 100 or more`;
}

main();
