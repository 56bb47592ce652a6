import type { CheckedInstrument } from '../../core/surveys/check-instrument';

/** The answer value of `item` that scores `score` on the instrument's common scale. */
export function valueScoring(instrument: CheckedInstrument, item: string, score: number): unknown {
  const values = instrument.validator.choiceValues?.(item) ?? [];
  const value = values.find((v) => instrument.indicators.itemScores[item]?.[String(v)] === score);
  if (value === undefined) throw new Error(`no answer to ${item} scores ${score}`);
  return value;
}

/**
 * A pupil's answers: every wellbeing item of their grade's variant at `wellbeing` (5 = best,
 * 1 = worst) and the bullying item at "never" or at its worst.
 */
export function pupilAnswers(
  instrument: CheckedInstrument,
  opts: { grade: number; wellbeing: 1 | 5; bullied: boolean },
): Record<string, unknown> {
  const [wellbeing, notBullied] = instrument.indicators.indicators;
  const variant = opts.grade <= 3 ? 0 : 1;
  const answers: Record<string, unknown> = { grade: opts.grade };
  for (const item of wellbeing!.score.itemSets[variant]!)
    answers[item] = valueScoring(instrument, item, opts.wellbeing);
  const bullyingItem = notBullied!.score.itemSets[variant]![0]!;
  answers[bullyingItem] = valueScoring(instrument, bullyingItem, opts.bullied ? 1 : 5);
  return answers;
}
