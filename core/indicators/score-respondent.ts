import type { RespondentScore } from './indicator-definition';
import { readItem, type ItemValue } from './read-item';

/** The score of one answer value, or undefined when the scale does not list it. */
function scoreOf(scale: Record<string, number>, value: ItemValue): number | undefined {
  // typeof: an answer such as "constructor" finds an Object.prototype member, never a number.
  const score = scale[String(value)];
  return typeof score === 'number' ? score : undefined;
}

/**
 * An item's score: its answer's, or for a repeated group (`p[].q`) the mean of the entries with a
 * scored answer (survey contract), so that a parent of three children counts once, not three times.
 */
function itemScore(
  scale: Record<string, number>,
  answer: ItemValue | ItemValue[] | undefined,
): number | undefined {
  if (answer === undefined) return undefined;
  if (!Array.isArray(answer)) return scoreOf(scale, answer);
  let sum = 0;
  let count = 0;
  for (const value of answer) {
    const score = scoreOf(scale, value);
    if (score === undefined) continue;
    sum += score;
    count += 1;
  }
  return count === 0 ? undefined : sum / count;
}

/** The scores of the items in one set that the respondent answered with a scored value. */
function scoredAnswers(
  items: string[],
  itemScores: Record<string, Record<string, number>>,
  answers: Record<string, unknown>,
): number[] {
  const scores: number[] = [];
  for (const item of items) {
    const scale = itemScores[item];
    // typeof: an item named like an Object.prototype member has no scale of its own.
    if (typeof scale !== 'object') continue;
    const score = itemScore(scale, readItem(answers, item));
    if (score !== undefined) scores.push(score);
  }
  return scores;
}

/**
 * The respondent's score: the mean of the scored items in the item set they answered most of
 * (the first set on a tie), or null when they answered less than `minAnsweredShare` of that set.
 * Answer values missing from `itemScores` (e.g. "don't know") count as not answered. Items are
 * item paths (core/indicators/read-item.ts): a question, a matrix row, a ranking position, or a
 * repeated group's question, which counts as one item scored by its entries' mean.
 */
export function scoreRespondent(
  score: RespondentScore,
  itemScores: Record<string, Record<string, number>>,
  answers: Record<string, unknown>,
): number | null {
  let best: { size: number; scores: number[] } | null = null;
  for (const items of score.itemSets) {
    const scores = scoredAnswers(items, itemScores, answers);
    if (best === null || scores.length > best.scores.length) best = { size: items.length, scores };
  }
  if (best === null || best.scores.length === 0) return null;
  if (best.scores.length / best.size < score.minAnsweredShare) return null;
  return best.scores.reduce((sum, s) => sum + s, 0) / best.scores.length;
}
