import type { RespondentScore } from './indicator-definition';

/** The scores of the items in one set that the respondent answered with a scored value. */
function scoredAnswers(
  items: string[],
  itemScores: Record<string, Record<string, number>>,
  answers: Record<string, unknown>,
): number[] {
  const scores: number[] = [];
  for (const item of items) {
    const answer = answers[item];
    const scale = itemScores[item];
    if (answer === undefined || answer === null || scale === undefined) continue;
    // typeof: an answer such as "constructor" finds an Object.prototype member, never a number.
    const score = scale[String(answer)];
    if (typeof score === 'number') scores.push(score);
  }
  return scores;
}

/**
 * The respondent's score: the mean of the scored items in the item set they answered most of
 * (the first set on a tie), or null when they answered less than `minAnsweredShare` of that set.
 * Answer values missing from `itemScores` (e.g. "don't know") count as not answered.
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
