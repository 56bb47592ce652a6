import type { CheckedInstrument } from '../../../core/surveys/check-instrument';

/**
 * A simulated respondent of any instrument: each scored item answered (the best answer with
 * probability `agree`, else any scored answer; sometimes skipped), the background questions
 * answered at random, `fixed` answers as given (a class's grade); answers to questions the form
 * hides are dropped and required ones filled until the validator accepts it.
 */
export function randomRespondent(
  instrument: CheckedInstrument,
  random: () => number,
  opts: { agree: number; fixed?: Record<string, unknown> },
): Record<string, unknown> {
  const { indicators, validator } = instrument;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const answers: Record<string, unknown> = {};
  for (const breakdown of indicators.breakdowns) {
    const values = validator.choiceValues?.(breakdown.question) ?? [];
    if (values.length) answers[breakdown.question] = pick(values);
  }
  const items = new Set(indicators.indicators.flatMap((i) => i.score.itemSets.flat()));
  for (const item of items) {
    if (random() < 0.03) continue;
    const scores = indicators.itemScores[item] ?? {};
    const values = (validator.choiceValues?.(item) ?? []).filter((v) => scores[String(v)] !== undefined);
    if (!values.length) continue;
    const best = values.reduce((a, b) => (scores[String(b)]! > scores[String(a)]! ? b : a));
    answers[item] = random() < opts.agree ? best : pick(values);
  }
  Object.assign(answers, opts.fixed ?? {});
  for (let attempt = 0; attempt < 4; attempt++) {
    const verdict = validator.validate(answers);
    if (verdict.ok) return answers;
    for (const { field, issue } of verdict.issues) {
      if (issue === 'answer required') answers[field] = (validator.choiceValues?.(field) ?? [])[0];
      else delete answers[field];
    }
  }
  throw new Error(`no valid respondent: ${JSON.stringify(validator.validate(answers))}`);
}
