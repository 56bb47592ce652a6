import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { AnonymityRules } from '../../core/anonymity/anonymity-rules';
import { auditRelease } from '../../core/anonymity/audit-release';
import type { CellRef, ReleaseAuditInput, ReleaseAuditResult } from '../../core/anonymity/release-audit';
import { syntheticPupilRound } from './anonymity/synthetic-round';
import { loadHighsBoundSolver } from '../../worker/anonymity/highs-bound-solver';

/**
 * Time and cost of a release's anonymity audit (core/anonymity/audit-release.ts) on a pupil round
 * built in memory: 4 areas, --schools schools of --classes classes (one class per grade from 0,
 * 12–24 pupils, one class per school with only 3), pupils simulated as in the demo on the real
 * pupil-wellbeing instrument (its 12 published indicators, by grade), and the demo's two goals
 * (wellbeing in grades 1, 6, 9; not bullied) at every unit. Runs the audit as it was before
 * (each indicator alone, exact linear audit) and as it is (linked indicators hidden together, and
 * bounds by linear programming), and prints for each: time, cells hidden beyond the units' own
 * rules with the respondents behind them, the classes whose pupil results are hidden, unit
 * totals of schools and areas hidden, and a digest of what was hidden.
 * Usage: npm run bench:audit -- [--schools=60] [--classes=25] [--seed=20260601]
 */
const Options = z.object({
  schools: z.coerce.number().int().min(1).default(60),
  classes: z.coerce.number().int().min(1).default(25),
  seed: z.coerce.number().int().default(20260601),
});
type Options = z.infer<typeof Options>;

const RULES: [string, AnonymityRules][] = [
  [
    'before: each indicator alone, exact audit',
    { linkedIndicators: false, bounds: false, heldReleases: true },
  ],
  [
    'after: linked indicators together + bounds',
    { linkedIndicators: true, bounds: true, heldReleases: true },
  ],
];

const keyOf = (c: CellRef) => `${c.unitId}|${c.indicatorKey}|${c.breakdownKey}|${c.breakdownValue}`;

function report(name: string, round: ReleaseAuditInput, result: ReleaseAuditResult, ms: number): void {
  const own = new Set(round.cells.filter((c) => c.suppressed).map(keyOf));
  const byKey = new Map(round.cells.map((c) => [keyOf(c), c]));
  const extra = result.hiddenCells.filter((c) => !own.has(keyOf(c))).map((c) => byKey.get(keyOf(c))!);
  const respondents = extra.reduce((sum, c) => sum + c.stats.n, 0);
  const classes = new Set(
    result.hiddenCells
      .filter((c) => c.unitId.includes('/class-') && c.breakdownKey === '')
      .map((c) => c.unitId),
  );
  const totals = new Set(
    extra.filter((c) => !c.unitId.includes('/class-') && c.breakdownKey === '').map((c) => c.unitId),
  );
  const digest = createHash('sha256')
    .update(
      [...result.hiddenCells.map(keyOf), ...result.hiddenGoals.map((g) => `${g.goalId}|${g.unitId}`)]
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12);
  console.log(`${name}`);
  console.log(
    `  ${ms.toFixed(0)} ms · ${extra.length} cells hidden beyond own rules (${respondents} respondents behind them) · ` +
      `classes with hidden results: ${classes.size} · school/area/municipality totals hidden: ${totals.size} · ` +
      `goal values hidden: ${result.hiddenGoals.length} · digest ${digest}`,
  );
}

async function main() {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({ options: { schools: text, classes: text, seed: text } });
  const options = Options.parse(values);
  const built = performance.now();
  const round = syntheticPupilRound(options);
  console.log(
    `${round.units.length} units, ${[...round.responseCounts.values()].reduce((a, b) => a + b, 0)} pupils: ` +
      `${round.cells.length} cells (${round.cells.filter((c) => c.suppressed).length} hidden by the units' own rules), ` +
      `${round.goalCells.length} goal values — built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
  );
  const solver = await loadHighsBoundSolver();
  for (const [name, rules] of RULES) {
    const start = performance.now();
    const result = auditRelease(round, rules, solver);
    report(name, round, result, performance.now() - start);
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
