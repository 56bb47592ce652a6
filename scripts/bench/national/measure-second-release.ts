import { sql } from 'drizzle-orm';
import { auditRelease } from '../../../core/anonymity/audit-release';
import type { DatabaseHandle } from '../../../db/connect';
import type { InstrumentCache } from '../../../db/instrument-cache';
import { recomputeMarkedUnits } from '../../../worker/processors/recompute-round';
import { loadRoundContext } from '../../../worker/processors/round-context';
import { loadReleaseInput } from '../../../worker/releases/load-release-input';
import { benchWorkerDeps } from '../worker-deps';
import { keyOf } from './measure-audit';
import { writeAuditInput } from './audit-input-file';
import { countingSolver } from './counting-solver';
import { percentile } from './stats';

export interface StragglerShape {
  /** Answers that arrive in each chosen class after the first release: fewer than the minimum. */
  perClass: number;
  /** The share of a round's classes they arrive in. */
  share: number;
}

/** Thrown to end a round's transaction without keeping anything. */
class RolledBack extends Error {}

/**
 * The release after the first one, as a round's stragglers make it: after `generate` and `full`
 * (every round released once), `perClass` more answers arrive in `share` of a round's classes
 * (copies of earlier answers of the same class), the round is recomputed from its markers and its
 * next release audited together with the first. Each round in one transaction that is rolled back,
 * so the data stay as `full` left them. Counts the bounds audit's findings (each a group the
 * attacker program could pin, mended by hiding more) and the linear programs solved.
 */
export async function measureSecondRelease(
  database: DatabaseHandle,
  instruments: InstrumentCache,
  roundIds: string[],
  shape: StragglerShape,
  /** Where to write each round's audit input (bench:replay-audit reads them), if anywhere. */
  dumpDir?: string,
) {
  const deps = await benchWorkerDeps(database.db, instruments);
  const counted = countingSolver(deps.solver!);
  deps.solver = counted.solver;
  const rounds: {
    ms: number;
    answersAdded: number;
    findings: number;
    programsSolved: number;
    solveMs: number;
    cellsHidden: number;
  }[] = [];
  for (const roundId of roundIds) {
    const context = (await loadRoundContext(deps, roundId))!;
    await database.db
      .transaction(async (tx) => {
        const added = (await tx.execute(sql`
          with chosen as (
            select r.municipality_id, r.round_id, r.unit_id, r.answers, r.scores, r.scored_with, r.submitted_on,
                   row_number() over (partition by r.unit_id order by r.id) as k
            from responses r
            where r.round_id = ${roundId} and abs(hashtext(r.unit_id::text)) % 1000 < ${Math.round(shape.share * 1000)}
          ), copied as (
            insert into responses (municipality_id, round_id, unit_id, answers, scores, scored_with, submitted_on)
            select municipality_id, round_id, unit_id, answers, scores, scored_with, submitted_on
            from chosen where k <= ${shape.perClass}
            returning municipality_id, round_id, unit_id
          ), marked as (
            insert into recompute_requests (municipality_id, round_id, unit_id)
            select distinct municipality_id, round_id, unit_id from copied
          )
          select count(*)::int as n from copied`)) as unknown as { rows: { n: number }[] };
        await recomputeMarkedUnits(tx, deps, context);
        const input = await loadReleaseInput(tx, deps, context);
        if (dumpDir) writeAuditInput(`${dumpDir}/second-release-${roundId}.json`, input.audit);
        counted.reset();
        let findings = 0;
        const started = performance.now();
        const result = auditRelease(input.audit, deps.anonymity, deps.solver, () => void findings++);
        const ms = performance.now() - started;
        const own = new Set(input.audit.cells.filter((c) => c.suppressed).map(keyOf));
        rounds.push({
          ms,
          answersAdded: added.rows[0]!.n,
          findings,
          programsSolved: counted.solves,
          solveMs: counted.ms,
          cellsHidden: result.hiddenCells.filter((c) => !own.has(keyOf(c))).length,
        });
        console.log(`second release of round ${roundId}: ${JSON.stringify(rounds.at(-1))}`);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }
  const times = rounds.map((r) => r.ms);
  const sum = (pick: (r: (typeof rounds)[number]) => number) => rounds.reduce((s, r) => s + pick(r), 0);
  return {
    rounds: rounds.length,
    ...shape,
    answersAdded: sum((r) => r.answersAdded),
    auditMedianMs: percentile(times, 0.5),
    auditMaxMs: Math.max(...times),
    auditSecondsSummed: sum((r) => r.ms) / 1000,
    findings: sum((r) => r.findings),
    programsSolved: sum((r) => r.programsSolved),
    solveSeconds: sum((r) => r.solveMs) / 1000,
    cellsHidden: sum((r) => r.cellsHidden),
  };
}
