/**
 * Runs the release audit again on audit inputs written by
 * `npm run bench:national -- second-release <rounds> <perClass> <dumpDir>`, without the database:
 *
 *   npm run bench:replay-audit -- <file.json>... [--repeat=N]
 *
 * Prints per file and run the audit's time, its findings, the linear programs solved (and the
 * solver's share of the time), the cells and goals it hid, and a digest of exactly what it hid —
 * so a change meant to make the audit faster can be shown to decide the same.
 */
import { createHash } from 'node:crypto';
import { FULL_PROTECTION } from '../../core/anonymity/anonymity-rules';
import { auditRelease } from '../../core/anonymity/audit-release';
import type { ReleaseAuditResult } from '../../core/anonymity/release-audit';
import { loadHighsBoundSolver } from '../../worker/anonymity/highs-bound-solver';
import { readAuditInput } from './national/audit-input-file';
import { countingSolver } from './national/counting-solver';

function digestOf(result: ReleaseAuditResult): string {
  const cells = result.hiddenCells
    .map((c) => [c.unitId, c.indicatorKey, c.breakdownKey, c.breakdownValue].join('\u0000'))
    .sort();
  const goals = result.hiddenGoals.map((g) => `${g.goalId}\u0000${g.unitId}`).sort();
  return createHash('md5')
    .update(JSON.stringify([cells, goals]))
    .digest('hex');
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const repeat = Number(args.find((a) => a.startsWith('--repeat='))?.split('=')[1] ?? 1);
  if (files.length === 0) throw new Error('usage: bench:replay-audit -- <file.json>... [--repeat=N]');
  const counted = countingSolver(await loadHighsBoundSolver());
  for (const file of files) {
    const input = readAuditInput(file);
    for (let run = 0; run < repeat; run++) {
      counted.reset();
      let findings = 0;
      const started = performance.now();
      const result = auditRelease(input, FULL_PROTECTION, counted.solver, () => void findings++);
      const ms = performance.now() - started;
      console.log(
        `${file}: ${JSON.stringify({
          ms: Math.round(ms),
          findings,
          programsSolved: counted.solves,
          solveShare: Math.round((counted.ms / ms) * 100) / 100,
          cellsHidden: result.hiddenCells.length,
          goalsHidden: result.hiddenGoals.length,
          digest: digestOf(result),
        })}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
