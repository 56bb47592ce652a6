import { randomUUID } from 'node:crypto';
import { pupilAnswers } from '../../builders/answers';
import { personalLinkCodes } from '../../builders/personal-links';
import type { TestStore } from '../stores';
import type { Reader } from './adversary-store';
import { harvestAsStaff } from './harvest';
import type { Body } from './reader-client';
import { cellKey } from './published-view';
import type { Snapshot } from './snapshot';
import { postJson, submit } from '../http';

/** The round of `instrumentKey` whose title names the latest year. */
export function latestRound(snapshot: Snapshot, instrumentKey: string): string {
  const rounds = [...snapshot.rounds.values()].filter((r) => r.instrumentKey === instrumentKey);
  rounds.sort((a, b) => (a.title.en ?? '').localeCompare(b.title.en ?? ''));
  return rounds.at(-1)!.id;
}

/**
 * Classes (units the response-rate view lists, with no units below them) of a round, hidden or
 * shown by the indicator's total, fewest live answers first: what a reader with the response-rate
 * view would pick to pad or to watch.
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
    .filter((u) => !parents.has(u.id) && answers.has(u.id))
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

/** One respondent's answer: through the open link if the round has one, else a personal link staff issue. */
async function answerAsRespondent(
  store: TestStore,
  qualityStaff: Reader,
  linksFrom: Snapshot,
  roundId: string,
  unitId: string,
  answers: Record<string, unknown>,
): Promise<void> {
  if (linksFrom.links.get(roundId)?.has(unitId))
    return answerThroughLink(store.url, linksFrom, roundId, unitId, answers);
  const [code] = await personalLinkCodes(store.url, qualityStaff.cookie, roundId, unitId, 1);
  const res = await postJson(`${store.url}/api/t/${code}/responses`, {
    submissionId: randomUUID(),
    answers,
    locale: 'da',
  });
  if (res.status !== 201)
    throw new Error(`answer through a personal link: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A class's grade, from its name ("0.A" → 0). */
export const gradeOf = (name: string) => Number(name.match(/^(\d+)/)?.[1] ?? NaN);

/**
 * The differencing run: after `before`, one pupil answers in a hidden class and one in a shown
 * class (through the open link quality staff see, or a personal link they issue); `release`
 * (held-release mode) then publishes; the reader harvests again.
 */
export async function differencingRun(
  store: TestStore,
  reader: Reader,
  slug: string,
  before: Snapshot,
  staff: { qualityStaff: Reader; links: Snapshot; release: ((roundId: string) => Promise<void>) | null },
): Promise<{ after: Snapshot; answered: string[] }> {
  const roundId = latestRound(before, 'pupil-wellbeing');
  const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
  const answered: string[] = [];
  for (const state of ['hidden', 'shown'] as const) {
    const [target] = classesOf(before, roundId, 'wellbeing', state);
    if (!target) continue;
    const answers = pupilAnswers(pupil, { grade: gradeOf(target.name), wellbeing: 1, bullied: true });
    await answerAsRespondent(store, staff.qualityStaff, staff.links, roundId, target.id, answers);
    answered.push(`${state} ${target.name}`);
  }
  await store.settled();
  if (staff.release) await staff.release(roundId);
  const options = { detailBudget: 0, exports: false, publicSlug: slug };
  return { after: await harvestAsStaff(store.url, reader.name, reader.cookie, options), answered };
}
