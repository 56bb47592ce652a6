import type { DbOrTx } from '../../db/database';
import type { GoalEvaluation } from '../../db/repositories/goals';
import { listGoalEvaluations, releasedGoalValuesVersion } from '../../db/repositories/released-goal-values';

type Snapshot = { version: string; byGoals: Map<string, Promise<GoalEvaluation[]>> };

/** Per database handle (a transaction gets its own), per municipality: the latest releases read. */
const snapshots = new WeakMap<object, Map<string, Snapshot>>();
/** Goal lists kept per snapshot: the overview's (every goal) and a report's per contract. */
const KEPT_PER_SNAPSHOT = 16;

/**
 * The goals' released values (listGoalEvaluations), read again only when a release has changed
 * them (releasedGoalValuesVersion is one small query). Reading and building the 40,000 values of
 * a municipality of 1,600 units was most of the goal status's time, and releases come weeks apart.
 * The same list comes back for the same goals, so what is grouped from it once is kept with it
 * (goal-history.ts). Callers must not change it. Each server process keeps its own; the version
 * makes them agree.
 */
export async function loadReleasedGoalEvaluations(
  db: DbOrTx,
  scope: { municipalityId: string; goalIds: string[] },
): Promise<GoalEvaluation[]> {
  // The version is read before the values: a release between the two only makes the next read reload.
  const version = await releasedGoalValuesVersion(db, scope.municipalityId);
  let byMunicipality = snapshots.get(db);
  if (!byMunicipality) snapshots.set(db, (byMunicipality = new Map()));
  let snapshot = byMunicipality.get(scope.municipalityId);
  if (snapshot?.version !== version) {
    snapshot = { version, byGoals: new Map() };
    byMunicipality.set(scope.municipalityId, snapshot);
  }
  const key = [...scope.goalIds].sort().join(',');
  const known = snapshot.byGoals.get(key);
  if (known) return known;
  if (snapshot.byGoals.size >= KEPT_PER_SNAPSHOT) snapshot.byGoals.clear();
  const evaluations = listGoalEvaluations(db, scope);
  const byGoals = snapshot.byGoals;
  byGoals.set(key, evaluations);
  evaluations.catch(() => byGoals.get(key) === evaluations && byGoals.delete(key));
  return evaluations;
}
