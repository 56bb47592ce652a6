import { cellKey, fromApiView } from './published-view';
import type { Body } from './reader-client';
import { record, type Snapshot } from './snapshot';

/** A unit page's indicators: every round's total and breakdown cells. */
export function recordUnitPage(snapshot: Snapshot, unitId: string, page: Body, source: string): void {
  for (const round of page.rounds ?? []) {
    if (!snapshot.rounds.has(round.id))
      snapshot.rounds.set(round.id, { id: round.id, instrumentKey: round.instrumentKey, title: round.title });
    for (const indicator of round.indicators ?? [])
      recordIndicator(
        snapshot,
        round.id,
        unitId,
        indicator.key,
        indicator.total,
        indicator.breakdowns,
        source,
      );
  }
}

export function recordIndicator(
  snapshot: Snapshot,
  roundId: string,
  unitId: string,
  indicatorKey: string,
  total: Body,
  breakdowns: Body[] | undefined,
  source: string,
): void {
  record(snapshot, cellKey(roundId, unitId, indicatorKey), fromApiView(total, source));
  for (const breakdown of breakdowns ?? [])
    for (const cell of breakdown.cells ?? [])
      record(
        snapshot,
        cellKey(roundId, unitId, indicatorKey, `${breakdown.key}=${cell.value}`),
        fromApiView(cell.view, source),
      );
  // A breakdown listed with groups at this unit lists every group that has answers here.
  for (const breakdown of breakdowns ?? [])
    if ((breakdown.cells ?? []).length > 0) listedGroups(snapshot, roundId, unitId, breakdown);
}

function listedGroups(snapshot: Snapshot, roundId: string, unitId: string, breakdown: Body) {
  const key = `${roundId}|${unitId}|${breakdown.key}`;
  const values = (breakdown.cells as Body[]).map((c) => String(c.value));
  const known = snapshot.listedGroups.get(key);
  snapshot.listedGroups.set(key, known ? [...new Set([...known, ...values])] : values);
}
