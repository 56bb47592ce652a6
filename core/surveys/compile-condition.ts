import { ConditionRunner, ExpressionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';

/**
 * Checks a runner compiled from `expression`: a syntax error, a function survey-core does not know
 * (one registered in JavaScript by the page that defined the survey) or an async function (which
 * cannot give an answer synchronously) is a definition error naming the function, not a silent
 * "false".
 */
function checkRunner(
  runner: ConditionRunner | ExpressionRunner,
  expression: string,
  at: { source: string; element: string; property: string },
  isCondition: boolean,
): void {
  const { source, element, property } = at;
  if (!runner.canRun()) {
    throw new InvalidDefinition(source, element, `${property} is not a valid expression: ${expression}`);
  }
  // The context is only read for variable checks, which we leave off (values may come from outside).
  const errors = runner.validate(
    undefined as never,
    { variables: false, functions: true, semantics: false },
    isCondition,
  );
  const unknownFunction = errors.find((e) => e.functionName !== undefined);
  if (unknownFunction !== undefined) {
    throw new InvalidDefinition(
      source,
      element,
      `${property} calls ${unknownFunction.functionName}, a function registered in JavaScript, which a definition cannot bring`,
    );
  }
  if (runner.isAsync) throw new InvalidDefinition(source, element, `${property} calls an async function`);
}

function readExpression(expression: unknown, source: string, element: string, property: string) {
  if (expression === undefined || expression === null || expression === '') return null;
  if (typeof expression !== 'string')
    throw new InvalidDefinition(source, element, `${property} must be a string`);
  return expression;
}

/**
 * A SurveyJS condition (visibleIf, enableIf, requiredIf, …) compiled once with survey-core's own
 * expression engine, so the server judges logic exactly as the respondent's form does.
 * Absent or empty → null (no condition).
 */
export function compileCondition(
  expression: unknown,
  source: string,
  element: string,
  property: string,
): ConditionRunner | null {
  const text = readExpression(expression, source, element, property);
  if (text === null) return null;
  const runner = new ConditionRunner(text);
  checkRunner(runner, text, { source, element, property }, true);
  return runner;
}

/** A SurveyJS expression that gives a value (expression questions, calculatedValues, triggers). */
export function compileExpression(
  expression: unknown,
  source: string,
  element: string,
  property: string,
): ExpressionRunner | null {
  const text = readExpression(expression, source, element, property);
  if (text === null) return null;
  const runner = new ExpressionRunner(text);
  checkRunner(runner, text, { source, element, property }, false);
  return runner;
}
