import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { randomNormal } from './mulberry32';

/**
 * Answers a simulated respondent would give: for each scored item, the answer whose score is
 * nearest the respondent's own level plus noise, so reverse-coded items come out consistent.
 */
export function simulateItemAnswers(
  instrument: CheckedInstrument,
  items: string[],
  level: number,
  random: () => number,
  skipChance = 0.04,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of items) {
    if (random() < skipChance) continue;
    const target = level + randomNormal(random) * 0.9;
    answers[item] = nearestValue(instrument, item, target);
  }
  return answers;
}

function nearestValue(instrument: CheckedInstrument, item: string, target: number): unknown {
  const scores = instrument.indicators.itemScores[item]!;
  const values = instrument.validator.choiceValues?.(item) ?? [];
  let best: unknown = values[0];
  let bestDistance = Infinity;
  for (const value of values) {
    const score = scores[String(value)];
    if (score === undefined) continue;
    const distance = Math.abs(score - target);
    if (distance < bestDistance) [best, bestDistance] = [value, distance];
  }
  return best;
}
