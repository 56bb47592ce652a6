import { FULL_PROTECTION } from '../../core/anonymity/anonymity-rules';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { loadHighsBoundSolver } from '../../worker/anonymity/highs-bound-solver';
import type { RecomputeDeps } from '../../worker/processors/round-context';
import { TreeCache } from '../../worker/processors/tree-cache';

/** What the worker's processors take, as a benchmark runs them: every protection on, HiGHS loaded. */
export async function benchWorkerDeps(db: Db, instruments: InstrumentCache): Promise<RecomputeDeps> {
  return {
    db,
    instruments,
    trees: new TreeCache(),
    now: () => new Date(),
    anonymity: FULL_PROTECTION,
    solver: await loadHighsBoundSolver(),
  };
}
