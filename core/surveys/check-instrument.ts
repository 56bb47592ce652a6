import { InvalidDefinition } from '../errors';
import { indicatorFingerprintSource } from '../indicators/fingerprint-source';
import { InstrumentIndicators } from '../indicators/indicator-definition';
import type { DefinitionProblem } from './collect-questions';
import {
  compileValidator,
  listDefinitionProblems,
  type CompiledSurveyValidator,
  type SurveyValidator,
} from './compile-validator';

/** An instrument version whose survey and indicator definitions were checked against each other. */
export interface CheckedInstrument {
  validator: SurveyValidator;
  indicators: InstrumentIndicators;
  /** Per indicator key, what decides whether two rounds are comparable (hashed at the edge). */
  fingerprintSources: Map<string, string>;
}

type Problems = DefinitionProblem[];

function parseIndicators(indicatorsJson: unknown, problems: Problems): InstrumentIndicators | null {
  const parsed = InstrumentIndicators.safeParse(indicatorsJson);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push({ element: issue.path.map(String).join('.') || '(indicators)', message: issue.message });
  return null;
}

/** Scored items (a question or an item path, contract) must have a fixed set of single answer values, and every scored value must be one. */
function checkItemScores(
  validator: CompiledSurveyValidator,
  indicators: InstrumentIndicators,
  problems: Problems,
) {
  for (const [item, scores] of Object.entries(indicators.itemScores)) {
    const element = `itemScores.${item}`;
    const values = validator.choiceValues(item);
    if (values === undefined) {
      problems.push({
        element,
        message: validator.questionNames.includes(item)
          ? 'question has no fixed answer values'
          : `no question "${item}" in the survey`,
      });
      continue;
    }
    const known = values.map(String); // answers are looked up by String(answer)
    const stray = Object.keys(scores).find((value) => !known.includes(value));
    if (stray !== undefined)
      problems.push({ element, message: `"${stray}" is not one of the values ${known.join(', ')}` });
  }
}

/**
 * Breakdown items must exist and have fixed answer values: a group labelled by free text would
 * publish that text, and a number input would make one group per distinct number. A repeated
 * group (`[]`) gives a respondent several values, so it cannot place them in one group.
 */
function breakdownProblem(validator: CompiledSurveyValidator, item: string): string | null {
  if (item.includes('[]')) return `item "${item}" repeats per entry, so it cannot group respondents`;
  if (validator.choiceValues(item) !== undefined) return null;
  return validator.questionNames.includes(item)
    ? `question "${item}" has no fixed answer values`
    : `no question "${item}" in the survey`;
}

function checkBreakdowns(
  validator: CompiledSurveyValidator,
  indicators: InstrumentIndicators,
  problems: Problems,
) {
  indicators.breakdowns.forEach((breakdown, index) => {
    if (indicators.breakdowns.findIndex((b) => b.key === breakdown.key) !== index)
      problems.push({ element: `breakdowns.${breakdown.key}`, message: 'duplicate breakdown key' });
    const message = breakdownProblem(validator, breakdown.question);
    if (message !== null) problems.push({ element: `breakdowns.${breakdown.key}.question`, message });
  });
}

function checkIndicators(indicators: InstrumentIndicators, problems: Problems) {
  const breakdownKeys = indicators.breakdowns.map((b) => b.key);
  indicators.indicators.forEach((indicator, index) => {
    const element = `indicators.${indicator.key}`;
    if (indicators.indicators.findIndex((i) => i.key === indicator.key) !== index)
      problems.push({ element, message: 'duplicate indicator key' });
    const unscored = indicator.score.itemSets
      .flat()
      .find((item) => !Object.hasOwn(indicators.itemScores, item));
    if (unscored !== undefined)
      problems.push({
        element: `${element}.score.itemSets`,
        message: `item "${unscored}" has no itemScores entry`,
      });
    const unknown = indicator.breakdowns.find((key) => !breakdownKeys.includes(key));
    if (unknown !== undefined)
      problems.push({ element: `${element}.breakdowns`, message: `no breakdown "${unknown}" is declared` });
  });
}

/**
 * Every problem of an instrument, each naming its element: the survey's, the indicator
 * definitions', and their references to each other (checked only when both can be read).
 */
export function listInstrumentProblems(
  surveyJson: unknown,
  indicatorsJson: unknown,
  source: string,
): Problems {
  const problems = listDefinitionProblems(surveyJson, source);
  const validator = problems.length === 0 ? compileValidator(surveyJson, source) : null;
  const indicators = parseIndicators(indicatorsJson, problems);
  if (indicators === null) return problems;
  if (validator !== null) {
    checkItemScores(validator, indicators, problems);
    checkBreakdowns(validator, indicators, problems);
  }
  checkIndicators(indicators, problems);
  return problems;
}

/**
 * Compiles the survey, parses the indicator definitions and checks that they refer to each other
 * correctly. Any failure is an InvalidDefinition naming `source` and the element of the first
 * problem (listInstrumentProblems lists all).
 */
export function checkInstrument(
  surveyJson: unknown,
  indicatorsJson: unknown,
  source: string,
): CheckedInstrument {
  const [first] = listInstrumentProblems(surveyJson, indicatorsJson, source);
  if (first !== undefined) throw new InvalidDefinition(source, first.element, first.message);
  const validator = compileValidator(surveyJson, source);
  const indicators = InstrumentIndicators.parse(indicatorsJson);
  const fingerprintSources = new Map(
    indicators.indicators.map((i) => [i.key, indicatorFingerprintSource(surveyJson, indicators, i)]),
  );
  return { validator, indicators, fingerprintSources };
}
