import { InvalidDefinition } from '../errors';
import { indicatorFingerprintSource } from '../indicators/fingerprint-source';
import { InstrumentIndicators } from '../indicators/indicator-definition';
import { compileValidator, type CompiledSurveyValidator, type SurveyValidator } from './compile-validator';

/** An instrument version whose survey and indicator definitions were checked against each other. */
export interface CheckedInstrument {
  validator: SurveyValidator;
  indicators: InstrumentIndicators;
  /** Per indicator key, what decides whether two rounds are comparable (hashed at the edge). */
  fingerprintSources: Map<string, string>;
}

function parseIndicators(indicatorsJson: unknown, source: string): InstrumentIndicators {
  const parsed = InstrumentIndicators.safeParse(indicatorsJson);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = issue?.path.map(String).join('.') || '(indicators)';
  throw new InvalidDefinition(source, path, issue?.message ?? parsed.error.message);
}

/** Scored questions must have a fixed set of single answer values, and every scored value must be one. */
function checkItemScores(
  validator: CompiledSurveyValidator,
  indicators: InstrumentIndicators,
  source: string,
) {
  for (const [question, scores] of Object.entries(indicators.itemScores)) {
    const element = `itemScores.${question}`;
    if (!validator.questionNames.includes(question)) {
      throw new InvalidDefinition(source, element, `no question "${question}" in the survey`);
    }
    const values = validator.choiceValues(question);
    if (values === undefined)
      throw new InvalidDefinition(source, element, 'question has no fixed answer values');
    const known = values.map(String); // answers are looked up by String(answer)
    const stray = Object.keys(scores).find((value) => !known.includes(value));
    if (stray !== undefined) {
      throw new InvalidDefinition(source, element, `"${stray}" is not one of the values ${known.join(', ')}`);
    }
  }
}

/**
 * Breakdown questions must exist and have fixed answer values: a group labelled by free text
 * would publish that text, and a number input would make one group per distinct number.
 */
function checkBreakdowns(
  validator: CompiledSurveyValidator,
  indicators: InstrumentIndicators,
  source: string,
) {
  indicators.breakdowns.forEach((breakdown, index) => {
    const element = `breakdowns.${breakdown.key}.question`;
    if (indicators.breakdowns.findIndex((b) => b.key === breakdown.key) !== index) {
      throw new InvalidDefinition(source, `breakdowns.${breakdown.key}`, 'duplicate breakdown key');
    }
    if (!validator.questionNames.includes(breakdown.question)) {
      throw new InvalidDefinition(source, element, `no question "${breakdown.question}" in the survey`);
    }
    if (validator.choiceValues(breakdown.question) === undefined) {
      throw new InvalidDefinition(
        source,
        element,
        `question "${breakdown.question}" has no fixed answer values`,
      );
    }
  });
}

function checkIndicators(indicators: InstrumentIndicators, source: string) {
  const breakdownKeys = indicators.breakdowns.map((b) => b.key);
  indicators.indicators.forEach((indicator, index) => {
    const element = `indicators.${indicator.key}`;
    if (indicators.indicators.findIndex((i) => i.key === indicator.key) !== index) {
      throw new InvalidDefinition(source, element, 'duplicate indicator key');
    }
    const unscored = indicator.score.itemSets
      .flat()
      .find((item) => !Object.hasOwn(indicators.itemScores, item));
    if (unscored !== undefined) {
      throw new InvalidDefinition(
        source,
        `${element}.score.itemSets`,
        `item "${unscored}" has no itemScores entry`,
      );
    }
    const unknown = indicator.breakdowns.find((key) => !breakdownKeys.includes(key));
    if (unknown !== undefined) {
      throw new InvalidDefinition(source, `${element}.breakdowns`, `no breakdown "${unknown}" is declared`);
    }
  });
}

/**
 * Compiles the survey, parses the indicator definitions and checks that they refer to each other
 * correctly. Any failure is an InvalidDefinition naming `source` and the element.
 */
export function checkInstrument(
  surveyJson: unknown,
  indicatorsJson: unknown,
  source: string,
): CheckedInstrument {
  const validator = compileValidator(surveyJson, source);
  const indicators = parseIndicators(indicatorsJson, source);
  checkItemScores(validator, indicators, source);
  checkBreakdowns(validator, indicators, source);
  checkIndicators(indicators, source);
  const fingerprintSources = new Map(
    indicators.indicators.map((i) => [i.key, indicatorFingerprintSource(surveyJson, indicators, i)]),
  );
  return { validator, indicators, fingerprintSources };
}
