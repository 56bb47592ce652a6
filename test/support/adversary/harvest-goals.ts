import { fromApiView, goalCellKey } from './published-view';
import type { Body, ReaderClient } from './reader-client';
import { record, type GoalInfo, type Snapshot } from './snapshot';

/**
 * Goals: their value at every unit of the goal overview (the goal's indicator at that unit,
 * pooled over the breakdown groups its filter names), and at the goal's scope in the contract
 * overview and the draft follow-up reports, round by round (the trend).
 */
export async function harvestGoals(client: ReaderClient, snapshot: Snapshot, overview: Body): Promise<void> {
  for (const contract of overview.contracts ?? []) {
    const details = await client.json(`/api/contracts/${contract.id}`);
    const scopes = new Map<string, Body>();
    for (const area of details?.areas ?? []) for (const goal of area.goals ?? []) scopes.set(goal.id, goal);
    for (const goal of contract.goals ?? []) {
      const full = scopes.get(goal.id);
      const roundId = goal.round?.id ?? null;
      const info: GoalInfo = {
        id: goal.id,
        title: goal.title,
        instrumentKey: full?.instrumentKey ?? snapshot.rounds.get(roundId)?.instrumentKey ?? '',
        indicatorKey: goal.indicatorKey,
        scopeUnitId: full?.scopeUnitId ?? null,
        filter: goal.breakdownFilter ?? null,
        roundId,
        measuredOn: goal.measuredOn ?? 'survey',
        unit: goal.unit ?? 'share',
      };
      snapshot.goals.set(goal.id, info);
      if (info.measuredOn !== 'survey' || !roundId) continue;
      for (const row of overview.rows)
        record(
          snapshot,
          goalCellKey(goal.id, roundId, row.unitId),
          fromApiView(row.cells?.[goal.id], 'goal overview'),
        );
    }
    await harvestContractViews(client, snapshot, contract.id, details);
  }
}

async function harvestContractViews(
  client: ReaderClient,
  snapshot: Snapshot,
  contractId: string,
  details: Body,
) {
  const overview = await client.json(`/api/contracts/${contractId}/overview`);
  if (overview) recordGoalResults(snapshot, overview, 'contract overview');
  for (const report of details?.reports ?? []) {
    if (report.status !== 'draft') continue; // an adopted report is a snapshot of an earlier moment
    const view = await client.json(`/api/contracts/${contractId}/reports/${report.year}`);
    if (view?.report) recordGoalResults(snapshot, view.report, `draft report ${report.year}`);
  }
}

/** A report's or overview's goals: each trend point and the result, at the goal's scope. */
export function recordGoalResults(snapshot: Snapshot, report: Body, source: string): void {
  for (const area of report.areas ?? [])
    for (const goal of area.goals ?? []) {
      const info = snapshot.goals.get(goal.id);
      if (!info?.scopeUnitId || info.measuredOn !== 'survey') continue;
      for (const point of [...(goal.trend ?? []), goal.result].filter(Boolean)) {
        const roundId = roundByTitle(snapshot, info.instrumentKey, point.roundTitle);
        if (!roundId) continue;
        record(snapshot, goalCellKey(goal.id, roundId, info.scopeUnitId), fromApiView(point, source));
      }
    }
}

export function roundByTitle(snapshot: Snapshot, instrumentKey: string, title: Body): string | undefined {
  if (!title) return undefined;
  const wanted = typeof title === 'string' ? title : (title.en ?? title.da);
  for (const round of snapshot.rounds.values())
    if (round.instrumentKey === instrumentKey && Object.values(round.title).includes(wanted)) return round.id;
  return undefined;
}
