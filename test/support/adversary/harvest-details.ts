import { recordIndicator } from './record-indicator';
import { cellKey, fromApiView } from './published-view';
import type { Body, ReaderClient } from './reader-client';
import { record, type Snapshot } from './snapshot';

/**
 * Indicator details (a chart over the rounds, the unit beside its parent and the municipality,
 * the latest breakdowns). They are built from the same values as the unit pages, so the attacker
 * reads them where a unit page hides something — the places a second view could give it away —
 * smallest units first, up to `budget` requests.
 */
export async function harvestDetails(
  client: ReaderClient,
  snapshot: Snapshot,
  pages: Map<string, Body>,
  budget: number,
): Promise<void> {
  const wanted: { unitId: string; instrumentKey: string; indicatorKey: string; depth: number }[] = [];
  const depthOf = depths(snapshot);
  for (const [unitId, page] of pages)
    for (const round of page.rounds ?? [])
      for (const indicator of round.indicators ?? [])
        if (hidesSomething(indicator))
          wanted.push({
            unitId,
            instrumentKey: round.instrumentKey,
            indicatorKey: indicator.key,
            depth: depthOf(unitId),
          });
  const seen = new Set<string>();
  const picked = wanted
    .sort((a, b) => b.depth - a.depth)
    .filter((w) => {
      const id = `${w.unitId}|${w.instrumentKey}|${w.indicatorKey}`;
      return seen.has(id) ? false : (seen.add(id), true);
    })
    .slice(0, budget);
  for (const w of picked) {
    const detail = await client.json(
      `/api/units/${w.unitId}/indicators/${w.instrumentKey}/${w.indicatorKey}`,
    );
    if (detail) recordDetail(snapshot, w.unitId, w.indicatorKey, detail);
  }
}

function hidesSomething(indicator: Body): boolean {
  if (indicator.total?.shown === false && indicator.total.reason !== 'no-data') return true;
  return (indicator.breakdowns ?? []).some((b: Body) =>
    (b.cells ?? []).some((c: Body) => c.view?.shown === false && c.view.reason !== 'no-data'),
  );
}

function recordDetail(snapshot: Snapshot, unitId: string, indicatorKey: string, detail: Body): void {
  for (const point of detail.points ?? [])
    recordIndicator(
      snapshot,
      point.roundId,
      unitId,
      indicatorKey,
      point.value,
      point.breakdowns,
      'indicator detail',
    );
  for (const comparison of detail.comparisons ?? []) {
    if (!comparison.unitId) continue; // the network and comparison groups are other municipalities
    for (const point of comparison.points ?? [])
      record(
        snapshot,
        cellKey(point.roundId, comparison.unitId, indicatorKey),
        fromApiView(point.value, 'indicator detail'),
      );
  }
}

function depths(snapshot: Snapshot): (unitId: string) => number {
  const parent = new Map(snapshot.units.map((u) => [u.id, u.parentId]));
  return (unitId) => {
    let depth = 0;
    for (let p = parent.get(unitId); p; p = parent.get(p)) depth++;
    return depth;
  };
}
