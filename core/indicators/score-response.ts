import type { InstrumentIndicators } from './indicator-definition';
import { satisfiesComparison } from './satisfies-comparison';
import { scoreRespondent } from './score-respondent';
import { StatsTable } from './indicator-stats';

/**
 * What one response contributes: per indicator (in definition order) the respondent's score or null
 * (too few items answered) and whether it meets a share indicator's condition; per breakdown (in
 * definition order) the respondent's group, String(answer), or null when they did not answer.
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
    const answer = answers[b.question];
    return answer === undefined || answer === null || answer === '' ? null : String(answer);
  });
  return { scores, meets, groups };
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
  instrument.indicators.forEach((indicator, index) => {
    const score = response.scores[index] ?? null;
    const meets = response.meets[index] === true;
    const contribute = (breakdownKey: string, breakdownValue: string) => {
      const { stats } = table.cell(indicator.key, breakdownKey, breakdownValue);
      if (score === null) return;
      stats.n += 1;
      if (meets) stats.k += 1;
      stats.sum += score;
      stats.sumSq += score * score;
    };
    contribute('', '');
    for (const key of indicator.breakdowns) {
      const position = instrument.breakdowns.findIndex((b) => b.key === key);
      const group = response.groups[position] ?? null;
      if (group !== null) contribute(key, group);
    }
  });
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
