import type { DbOrTx } from '../../db/database';
import { resultInputsVersion } from '../../db/repositories/result-inputs-version';

type Kept<T> = { version: string; value: Promise<T> };

/**
 * Results computed from a municipality's data (the goal status of a scope, a contract's overview),
 * kept by each server process for as long as what they are computed from is unchanged
 * (resultInputsVersion: one small query). Judging every goal at 1,600 units took most of a
 * dashboard request, and the inputs change when staff edit or a round is released, not per view.
 * At most `limit` results per database handle, the least recently read dropped first. Callers must
 * not change a kept result.
 */
export function keptResults<T>(limit: number) {
  const byHandle = new WeakMap<object, Map<string, Kept<T>>>();
  return async (
    db: DbOrTx,
    where: { municipalityId: string; key: string },
    compute: () => Promise<T>,
  ): Promise<T> => {
    // Read before the inputs: a write in between only makes the next read compute again.
    const version = await resultInputsVersion(db, where.municipalityId);
    let kept = byHandle.get(db);
    if (!kept) byHandle.set(db, (kept = new Map()));
    const key = `${where.municipalityId}|${where.key}`;
    const known = kept.get(key);
    kept.delete(key);
    if (known?.version === version) {
      kept.set(key, known);
      return known.value;
    }
    if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    const entry = { version, value: compute() };
    kept.set(key, entry);
    // A failed computation is not kept: the next read tries again.
    entry.value.catch(() => kept.get(key) === entry && kept.delete(key));
    return entry.value;
  };
}
