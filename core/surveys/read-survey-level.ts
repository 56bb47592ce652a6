import type { ConditionRunner, ExpressionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';
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

interface Problem {
  element: string;
  message: string;
}

const NO_LOGIC = { visibleIf: [], enableIf: [], alwaysHidden: false, alwaysReadOnly: false };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function collect(problems: Problem[], compile: () => void): void {
  try {
    compile();
  } catch (error) {
    if (!(error instanceof InvalidDefinition)) throw error;
    problems.push({
      element: error.element,
      message: error.message.split(`${error.element}: `).slice(1).join(`${error.element}: `),
    });
  }
}

function readCalculatedValues(survey: Record<string, unknown>, source: string, problems: Problem[]) {
  const list = Array.isArray(survey.calculatedValues) ? survey.calculatedValues : [];
  const computed: ComputedValue[] = [];
  list.forEach((item, index) =>
    collect(problems, () => {
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
function checkTriggers(survey: Record<string, unknown>, source: string, problems: Problem[]): void {
  const list = Array.isArray(survey.triggers) ? survey.triggers : [];
  list.forEach((trigger, index) =>
    collect(problems, () => {
      const element = `triggers[${index}]`;
      if (!isObject(trigger)) throw new InvalidDefinition(source, element, 'expected an object');
      compileCondition(trigger.expression, source, element, 'expression');
      compileExpression(trigger.runExpression, source, element, 'runExpression');
    }),
  );
}

/** What the survey object itself says: computed values, triggers, hidden answers, comment length. */
export function readSurveyLevel(survey: Record<string, unknown>, source: string) {
  const problems: Problem[] = [];
  const computed = readCalculatedValues(survey, source, problems);
  checkTriggers(survey, source, problems);
  return {
    computed,
    keepsHiddenAnswers: survey.clearInvisibleValues === 'none',
    commentMaxLength: commentMaxLength(survey),
    problems,
  };
}
