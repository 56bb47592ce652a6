import type { AnonymityRules } from '../../../core/anonymity/anonymity-rules';
import { auditRelease } from '../../../core/anonymity/audit-release';
import type { DatabaseHandle } from '../../../db/connect';
import type { InstrumentCache } from '../../../db/instrument-cache';
import { loadRoundContext } from '../../../worker/processors/round-context';
import { loadReleaseInput } from '../../../worker/releases/load-release-input';
import { benchWorkerDeps } from '../worker-deps';
import { percentile } from './stats';

const RULES: [string, AnonymityRules][] = [
  ['before', { linkedIndicators: false, bounds: false, heldReleases: true }],
  ['after', { linkedIndicators: true, bounds: true, heldReleases: true }],
];

/**
 * The release audit alone, round by round, as a release would run it on each round's data now:
 * its time under the rules before issue 15 (each indicator alone, exact audit) and after (linked
 * indicators together, bounds by linear programming), and what each hides beyond the units' own
 * rules: cells, and the respondents behind them (Σ n).
 */
export async function measureAudit(
  database: DatabaseHandle,
  instruments: InstrumentCache,
  roundIds: string[],
) {
  const deps = await benchWorkerDeps(database.db, instruments);
  const figures: Record<string, number> = {};
  for (const [name, rules] of RULES) {
    const times: number[] = [];
    let cells = 0;
    let respondents = 0;
    for (const roundId of roundIds) {
      const context = (await loadRoundContext(deps, roundId))!;
      const input = await database.db.transaction((tx) => loadReleaseInput(tx, deps, context));
      const start = performance.now();
      const result = auditRelease(input.audit, rules, deps.solver);
      times.push(performance.now() - start);
      const own = new Set(input.audit.cells.filter((c) => c.suppressed).map(keyOf));
      const n = new Map(input.audit.cells.map((c) => [keyOf(c), c.stats.n]));
      for (const c of result.hiddenCells)
        if (!own.has(keyOf(c))) {
          cells++;
          respondents += n.get(keyOf(c)) ?? 0;
        }
    }
    figures[`${name}MedianMs`] = percentile(times, 0.5);
    figures[`${name}P95Ms`] = percentile(times, 0.95);
    figures[`${name}SecondsSummed`] = times.reduce((a, b) => a + b, 0) / 1000;
    figures[`${name}CellsHidden`] = cells;
    figures[`${name}RespondentsHidden`] = respondents;
  }
  return figures;
}

export const keyOf = (c: {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
}) => `${c.unitId}|${c.indicatorKey}|${c.breakdownKey}|${c.breakdownValue}`;
