import type { DbOrTx } from '../../db/database';
import { listTreeUnits, type TreeUnit } from '../../db/repositories/org-units';

const FRESH_FOR_MS = 30_000;

/**
 * A worker recomputes the same municipalities many times a second under intake; their trees
 * change a few times a year. Kept for 30 s, and read again at once when a recompute meets a unit
 * it does not know (a unit created since). A changed population shows within 30 s.
 */
export class TreeCache {
  private readonly trees = new Map<string, { units: TreeUnit[]; ids: Set<string>; loadedAt: number }>();

  async get(db: DbOrTx, municipalityId: string, mustInclude: string[] = []): Promise<TreeUnit[]> {
    const cached = this.trees.get(municipalityId);
    const fresh = cached && Date.now() - cached.loadedAt < FRESH_FOR_MS;
    if (fresh && mustInclude.every((id) => cached.ids.has(id))) return cached.units;
    const units = await listTreeUnits(db, municipalityId);
    this.trees.set(municipalityId, { units, ids: new Set(units.map((u) => u.id)), loadedAt: Date.now() });
    return units;
  }
}
