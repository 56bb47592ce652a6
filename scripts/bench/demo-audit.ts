import { sql } from 'drizzle-orm';
import type { AnonymityRules } from '../../core/anonymity/anonymity-rules';
import { auditRelease } from '../../core/anonymity/audit-release';
import type { ReleaseAuditInput } from '../../core/anonymity/release-audit';
import type { Db } from '../../db/database';
import { loadHighsBoundSolver } from '../../worker/anonymity/highs-bound-solver';
import { withDemoDatabase } from './with-demo-database';

/**
 * What the release audit hides in Demo Kommune as `npm start` seeds it, round by round, under the
 * old rules (each indicator alone, no bounds) and the new (linked indicators hidden together, and
 * bounds by linear programming): cells hidden beyond the units' own rules, the respondents behind
 * them (Σ n over those cells), and the audit's time. Seeds a fresh PostgreSQL database.
 * Usage: npm run bench:demo-audit
 */
const RULES: [string, AnonymityRules][] = [
  [
    'before (each indicator alone, exact audit only)',
    { linkedIndicators: false, bounds: false, heldReleases: true },
  ],
  ['linked indicators hidden together', { linkedIndicators: true, bounds: false, heldReleases: true }],
  ['after (linked + bounds)', { linkedIndicators: true, bounds: true, heldReleases: true }],
];

async function main() {
  await withDemoDatabase('demo_audit', 'worker', async ({ database, malbar }) => {
    const solver = await loadHighsBoundSolver();
    const rounds = await rows<{ id: string; version: string; title: string }>(
      database.db,
      sql`select id, instrument_version_id as version, title->>'en' as title from rounds order by opens_on, title->>'en'`,
    );
    const names = new Map(
      (
        await rows<{ id: string; name: string; parent: string | null }>(
          database.db,
          sql`select u.id, u.name, p.name as parent from org_units u left join org_units p on p.id = u.parent_id`,
        )
      ).map((u) => [u.id, u.parent && u.name.length <= 4 ? `${u.parent} ${u.name}` : u.name]),
    );
    for (const round of rounds) {
      const input = await roundInput(
        database.db,
        round.id,
        (await malbar.instruments.get(round.version)).indicators,
      );
      console.log(`${round.title}: ${input.cells.length} cells, ${input.goalCells.length} goal values`);
      for (const [name, rules] of RULES) {
        const start = performance.now();
        const result = auditRelease(input, rules, solver);
        const ms = performance.now() - start;
        const own = new Set(input.cells.filter((c) => c.suppressed).map(key));
        const extra = result.hiddenCells.filter((c) => !own.has(key(c)));
        const byKey = new Map(input.cells.map((c) => [key(c), c.stats.n]));
        const respondents = extra.reduce((s, c) => s + (byKey.get(key(c)) ?? 0), 0);
        console.log(
          `  ${name.padEnd(50)} ${String(extra.length).padStart(5)} cells (${respondents} respondents) beyond own rules; goals hidden ${result.hiddenGoals.length}; ${ms.toFixed(0)} ms`,
        );
        const groups = new Set(
          result.hiddenCells.map(
            (c) =>
              `${names.get(c.unitId) ?? c.unitId}${c.breakdownKey ? ` ${c.breakdownKey} ${c.breakdownValue}` : ''}`,
          ),
        );
        if (extra.length > 0)
          console.log(`    groups hidden (own rules included): ${[...groups].sort().join('; ')}`);
      }
    }
  });
}

const key = (c: { unitId: string; indicatorKey: string; breakdownKey: string; breakdownValue: string }) =>
  `${c.unitId}|${c.indicatorKey}|${c.breakdownKey}|${c.breakdownValue}`;

async function roundInput(
  db: Db,
  roundId: string,
  indicators: ReleaseAuditInput['indicators'],
): Promise<ReleaseAuditInput> {
  const cells = await rows<{
    unit_id: string;
    indicator_key: string;
    breakdown_key: string;
    breakdown_value: string;
    n: number;
    stat_k: number;
    stat_sum: number;
    stat_sum_sq: number;
    suppressed: boolean;
  }>(db, sql`select * from indicator_values where round_id = ${roundId} and not internal`);
  const goals = await rows<{
    goal_id: string;
    unit_id: string;
    indicator_key: string;
    breakdown_filter: unknown;
    status: string;
    n: number;
    stat_k: number;
    stat_sum: number;
    stat_sum_sq: number;
  }>(
    db,
    sql`select e.*, g.indicator_key, g.breakdown_filter from goal_evaluations e join goals g on g.id = e.goal_id where e.round_id = ${roundId}`,
  );
  const units = await rows<{ id: string; parent_id: string | null }>(
    db,
    sql`select id, parent_id from org_units where municipality_id = (select municipality_id from rounds where id = ${roundId})`,
  );
  const counts = await rows<{ unit_id: string; n: number }>(
    db,
    sql`select unit_id, count(*)::int as n from responses where round_id = ${roundId} group by unit_id`,
  );
  return {
    units: units.map((u) => ({ id: u.id, parentId: u.parent_id })),
    indicators,
    cells: cells.map((c) => ({
      unitId: c.unit_id,
      indicatorKey: c.indicator_key,
      breakdownKey: c.breakdown_key,
      breakdownValue: c.breakdown_value,
      stats: { n: c.n, k: c.stat_k, sum: c.stat_sum, sumSq: c.stat_sum_sq },
      suppressed: c.suppressed,
    })),
    goalCells: goals.map((g) => ({
      goalId: g.goal_id,
      unitId: g.unit_id,
      indicatorKey: g.indicator_key,
      filter: g.breakdown_filter as ReleaseAuditInput['goalCells'][number]['filter'],
      stats: { n: g.n, k: g.stat_k, sum: g.stat_sum, sumSq: g.stat_sum_sq },
      hidden: g.status === 'hidden',
    })),
    responseCounts: new Map(counts.map((c) => [c.unit_id, c.n])),
    earlier: [],
  };
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
