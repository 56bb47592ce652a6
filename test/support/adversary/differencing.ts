import type { Body } from './reader-client';
import { cellKey } from './published-view';
import type { Snapshot } from './snapshot';
import { submit } from '../http';

/** The round of `instrumentKey` whose title names the latest year. */
export function latestRound(snapshot: Snapshot, instrumentKey: string): string {
  const rounds = [...snapshot.rounds.values()].filter((r) => r.instrumentKey === instrumentKey);
  rounds.sort((a, b) => (a.title.en ?? '').localeCompare(b.title.en ?? ''));
  return rounds.at(-1)!.id;
}

/**
 * Classes (units with an open link and no units below them) of a round, hidden or shown by the
 * first indicator's total, fewest live answers first: what a reader with the response-rate view
 * would pick to pad or to watch.
 */
export function classesOf(
  snapshot: Snapshot,
  roundId: string,
  indicatorKey: string,
  state: 'hidden' | 'shown',
) {
  const parents = new Set(snapshot.units.map((u) => u.parentId));
  const answers = snapshot.answers.get(roundId) ?? new Map<string, number>();
  return snapshot.units
    .filter((u) => !parents.has(u.id) && snapshot.links.get(roundId)?.has(u.id))
    .filter((u) => snapshot.views.get(cellKey(roundId, u.id, indicatorKey))?.state === state)
    .sort((a, b) => (answers.get(a.id) ?? 0) - (answers.get(b.id) ?? 0));
}

/** One answer through the unit's open link, as the reader found it in the response-rate view. */
export async function answerThroughLink(
  baseUrl: string,
  snapshot: Snapshot,
  roundId: string,
  unitId: string,
  answers: Record<string, unknown>,
): Promise<void> {
  const url = snapshot.links.get(roundId)?.get(unitId);
  if (!url) throw new Error(`${snapshot.reader} sees no link for unit ${unitId}`);
  const code = new URL(url).pathname.split('/').at(-1)!;
  const res: Body = await submit(baseUrl, code, answers);
  if (res.status !== 201) throw new Error(`answer through ${url}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A class's grade, from its name ("0.A" → 0). */
export const gradeOf = (name: string) => Number(name.match(/^(\d+)/)?.[1] ?? NaN);
