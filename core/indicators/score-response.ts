import type { InstrumentIndicators } from './indicator-definition';
import { satisfiesComparison } from './satisfies-comparison';
import { scoreRespondent } from './score-respondent';
import { StatsTable, type StatsCell } from './indicator-stats';
import { readItem } from './read-item';

/**
 * What one response contributes: per indicator (in definition order) the respondent's score or null
 * (too few items answered) and whether it meets a share indicator's condition; per breakdown (in
 * definition order) the respondent's group, String(answer) of the breakdown's item path, or null
 * when they did not answer it.
 */
export interface ResponseScore {
  scores: (number | null)[];
  meets: boolean[];
  groups: (string | null)[];
}

export function scoreResponse(
  instrument: InstrumentIndicators,
  answers: Record<string, unknown>,
): ResponseScore {
  const scores = instrument.indicators.map((i) => scoreRespondent(i.score, instrument.itemScores, answers));
  const meets = instrument.indicators.map((indicator, index) => {
    const score = scores[index];
    if (score === null || score === undefined || indicator.measure.type !== 'share') return false;
    return satisfiesComparison(score, indicator.measure.condition.op, indicator.measure.condition.value);
  });
  const groups = instrument.breakdowns.map((b) => {
    // A breakdown's question is an item path with one value (a repeated group's is no group).
    const answer = readItem(answers, b.question);
    return answer === undefined || Array.isArray(answer) ? null : String(answer);
  });
  return { scores, meets, groups };
}

/** The stored form of a ResponseScore: [scores, groups] (meets follows from the scores). */
export type CompactScore = [(number | null)[], (string | null)[]];

export function compactScore(score: ResponseScore): CompactScore {
  return [score.scores, score.groups];
}

/** Back from the stored form; anything malformed yields null (the caller scores the answers instead). */
export function expandScore(instrument: InstrumentIndicators, stored: unknown): ResponseScore | null {
  if (!Array.isArray(stored) || stored.length !== 2) return null;
  const [scores, groups] = stored as unknown[];
  if (!Array.isArray(scores) || scores.length !== instrument.indicators.length) return null;
  if (!Array.isArray(groups) || groups.length !== instrument.breakdowns.length) return null;
  const meets = instrument.indicators.map((indicator, index) => {
    const score = scores[index] as number | null;
    if (score === null || indicator.measure.type !== 'share') return false;
    return satisfiesComparison(score, indicator.measure.condition.op, indicator.measure.condition.value);
  });
  return { scores: scores as (number | null)[], meets, groups: groups as (string | null)[] };
}

/**
 * Adds one scored response to a unit's table: to each indicator's total and to its group of every
 * breakdown the indicator lists. A group the respondent belongs to exists even when they have no
 * score for the indicator (n = 0 there), as a group with no answers to count.
 */
export function addResponse(
  table: StatsTable,
  instrument: InstrumentIndicators,
  response: ResponseScore,
): void {
  // Plain loops and a top-level helper: this runs for every response of a full recompute.
  const positions = breakdownPositions(instrument);
  const { indicators } = instrument;
  for (let index = 0; index < indicators.length; index++) {
    const indicator = indicators[index]!;
    const score = response.scores[index] ?? null;
    const meets = response.meets[index] === true;
    count(table.cell(indicator.key, '', ''), score, meets);
    const keys = indicator.breakdowns;
    const at = positions[index]!;
    for (let i = 0; i < keys.length; i++) {
      const group = response.groups[at[i]!] ?? null;
      if (group !== null) count(table.cell(indicator.key, keys[i]!, group), score, meets);
    }
  }
}

/**
 * addResponse for one unit's responses one after another (a full recompute adds a million): each
 * cell a response counts in is looked up in the table once per unit, not once per response. The
 * same cells, created in the same order, with the same additions in the same order.
 */
export function responseAdder(
  table: StatsTable,
  instrument: InstrumentIndicators,
): (response: ResponseScore) => void {
  const positions = breakdownPositions(instrument);
  const { indicators } = instrument;
  const totals: (StatsCell | undefined)[] = indicators.map(() => undefined);
  const groupCells = indicators.map((i) => i.breakdowns.map(() => new Map<string, StatsCell>()));
  return (response) => {
    for (let index = 0; index < indicators.length; index++) {
      const indicator = indicators[index]!;
      const score = response.scores[index] ?? null;
      const meets = response.meets[index] === true;
      count((totals[index] ??= table.cell(indicator.key, '', '')), score, meets);
      const keys = indicator.breakdowns;
      const at = positions[index]!;
      const cells = groupCells[index]!;
      for (let i = 0; i < keys.length; i++) {
        const group = response.groups[at[i]!] ?? null;
        if (group === null) continue;
        let cell = cells[i]!.get(group);
        if (cell === undefined) cells[i]!.set(group, (cell = table.cell(indicator.key, keys[i]!, group)));
        count(cell, score, meets);
      }
    }
  };
}

/**
 * responseAdder for stored scores (CompactScore, as read back from the database): each is checked
 * as expandScore checks it and added without building a ResponseScore of its own (a full recompute
 * reads a million). Returns false, adding nothing, for a stored form that does not fit.
 */
export function storedScoreAdder(
  table: StatsTable,
  instrument: InstrumentIndicators,
): (stored: unknown) => boolean {
  const add = responseAdder(table, instrument);
  const { indicators, breakdowns } = instrument;
  // Filled for each response in turn; responseAdder reads it before the next one overwrites it.
  const scratch: ResponseScore = { scores: [], meets: indicators.map(() => false), groups: [] };
  return (stored) => {
    if (!Array.isArray(stored) || stored.length !== 2) return false;
    const [scores, groups] = stored as unknown[];
    if (!Array.isArray(scores) || scores.length !== indicators.length) return false;
    if (!Array.isArray(groups) || groups.length !== breakdowns.length) return false;
    for (let index = 0; index < indicators.length; index++) {
      const { measure } = indicators[index]!;
      const score = scores[index] as number | null;
      scratch.meets[index] =
        score !== null &&
        measure.type === 'share' &&
        satisfiesComparison(score, measure.condition.op, measure.condition.value);
    }
    scratch.scores = scores as (number | null)[];
    scratch.groups = groups as (string | null)[];
    add(scratch);
    return true;
  };
}

function count({ stats }: StatsCell, score: number | null, meets: boolean): void {
  if (score === null) return;
  stats.n += 1;
  if (meets) stats.k += 1;
  stats.sum += score;
  stats.sumSq += score * score;
}

// Per indicator, the position in instrument.breakdowns of each breakdown it lists; looked up once.
const positionsCache = new WeakMap<InstrumentIndicators, number[][]>();
function breakdownPositions(instrument: InstrumentIndicators): number[][] {
  let positions = positionsCache.get(instrument);
  if (positions === undefined) {
    positions = instrument.indicators.map((i) =>
      i.breakdowns.map((key) => instrument.breakdowns.findIndex((b) => b.key === key)),
    );
    positionsCache.set(instrument, positions);
  }
  return positions;
}

/** The statistics of a set of responses, e.g. one unit's own. */
export function tableFromAnswers(
  instrument: InstrumentIndicators,
  answersList: Iterable<Record<string, unknown>>,
): StatsTable {
  const table = new StatsTable();
  for (const answers of answersList) addResponse(table, instrument, scoreResponse(instrument, answers));
  return table;
}
