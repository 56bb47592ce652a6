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

/**
 * A whole respondent for an instrument without variants: every scored item at the respondent's
 * level, a random answer to each background question, and a first answer to anything else the
 * definition requires.
 */
export function simulateRespondent(
  instrument: CheckedInstrument,
  level: number,
  random: () => number,
): Record<string, unknown> {
  const items = new Set(instrument.indicators.indicators.flatMap((i) => i.score.itemSets.flat()));
  const answers = simulateItemAnswers(instrument, [...items], level, random);
  for (const breakdown of instrument.indicators.breakdowns) {
    const values = instrument.validator.choiceValues?.(breakdown.question) ?? [];
    if (values.length) answers[breakdown.question] = values[Math.floor(random() * values.length)];
  }
  const verdict = instrument.validator.validate(answers);
  if (!verdict.ok) {
    for (const { field, issue } of verdict.issues) {
      const values = instrument.validator.choiceValues?.(field);
      if (issue === 'answer required' && values?.length) answers[field] = values[values.length - 1];
    }
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
