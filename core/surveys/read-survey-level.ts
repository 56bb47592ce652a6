import type { ConditionRunner, ExpressionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';
import { attempt, type DefinitionProblem } from './definition-problem';
import { commentMaxLength } from './compile-answer-check';
import { compileCondition, compileExpression } from './compile-condition';

/**
 * A value survey-core computes from the answers (an expression question, a calculatedValue):
 * no respondent input, so whatever is submitted under its key is replaced by the computed value,
 * as survey-core's model recomputes it. `kept`: it is part of the completed data
 * (calculatedValues only with includeIntoResult); it is a variable in conditions either way.
 */
export interface ComputedValue {
  key: string;
  runner: ExpressionRunner;
  kept: boolean;
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
  alwaysHidden: boolean;
  alwaysReadOnly: boolean;
}

const NO_LOGIC = { visibleIf: [], enableIf: [], alwaysHidden: false, alwaysReadOnly: false };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readCalculatedValues(
  survey: Record<string, unknown>,
  source: string,
  problems: DefinitionProblem[],
) {
  const list = Array.isArray(survey.calculatedValues) ? survey.calculatedValues : [];
  const computed: ComputedValue[] = [];
  list.forEach((item, index) =>
    attempt(problems, () => {
      const element = `calculatedValues[${index}]`;
      if (!isObject(item) || typeof item.name !== 'string')
        throw new InvalidDefinition(source, element, 'needs a name');
      const runner = compileExpression(
        item.expression,
        source,
        `calculatedValues.${item.name}`,
        'expression',
      );
      if (runner !== null)
        computed.push({ key: item.name, runner, kept: item.includeIntoResult === true, ...NO_LOGIC });
    }),
  );
  return computed;
}

/** Trigger expressions run in the browser; an unknown function in one is refused like anywhere else. */
function checkTriggers(survey: Record<string, unknown>, source: string, problems: DefinitionProblem[]): void {
  const list = Array.isArray(survey.triggers) ? survey.triggers : [];
  list.forEach((trigger, index) =>
    attempt(problems, () => {
      const element = `triggers[${index}]`;
      if (!isObject(trigger)) throw new InvalidDefinition(source, element, 'expected an object');
      compileCondition(trigger.expression, source, element, 'expression');
      compileExpression(trigger.runExpression, source, element, 'runExpression');
    }),
  );
}

/**
 * survey-core shows a survey in mode "display" (or with readOnly, which sets that mode) read-only:
 * a respondent can answer nothing and it checks nothing, so it cannot collect responses.
 */
function checkTakesAnswers(survey: Record<string, unknown>, problems: DefinitionProblem[]): void {
  if (survey.mode === 'display' || survey.readOnly === true)
    problems.push({
      element: '(survey)',
      message:
        'the survey is read-only (mode "display"): it takes no answers, so it cannot collect responses',
    });
}

/** What the survey object itself says: computed values, triggers, hidden answers, comment length. */
export function readSurveyLevel(survey: Record<string, unknown>, source: string) {
  const problems: DefinitionProblem[] = [];
  checkTakesAnswers(survey, problems);
  const computed = readCalculatedValues(survey, source, problems);
  checkTriggers(survey, source, problems);
  return {
    computed,
    keepsHiddenAnswers: survey.clearInvisibleValues === 'none',
    commentMaxLength: commentMaxLength(survey),
    problems,
  };
}
