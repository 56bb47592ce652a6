import { ConditionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';

/**
 * A SurveyJS condition (visibleIf, enableIf, requiredIf) compiled once with survey-core's own
 * expression engine, so the server judges logic exactly as the respondent's form does.
 * Absent or empty → null (no condition). A syntax error, an unknown function or an async function
 * (which cannot give an answer synchronously) is a definition error, not a silent "false".
 */
export function compileCondition(
  expression: unknown,
  source: string,
  element: string,
  property: string,
): ConditionRunner | null {
  if (expression === undefined || expression === null || expression === '') return null;
  if (typeof expression !== 'string')
    throw new InvalidDefinition(source, element, `${property} must be a string`);
  const runner = new ConditionRunner(expression);
  if (!runner.canRun()) {
    throw new InvalidDefinition(source, element, `${property} is not a valid expression: ${expression}`);
  }
  // The context is only read for variable checks, which we leave off (values may come from outside).
  const errors = runner.validate(
    undefined as never,
    { variables: false, functions: true, semantics: false },
    true,
  );
  const unknownFunction = errors.find((e) => e.functionName !== undefined);
  if (unknownFunction !== undefined) {
    throw new InvalidDefinition(
      source,
      element,
      `${property} calls unknown function ${unknownFunction.functionName}`,
    );
  }
  if (runner.isAsync) throw new InvalidDefinition(source, element, `${property} calls an async function`);
  return runner;
}
