import type { ExpressionRunner } from 'survey-core';
import { InvalidDefinition } from '../errors';
import { compileExpression } from './compile-condition';
import { EMAIL } from './compile-survey-validators';

/** A check of a present value of a text question by its inputType; `values` for bound expressions. */
export type InputCheck = (value: unknown, values: Record<string, unknown>) => string | null;

/** inputTypes survey-core compares with min / max (question_text.ts minMaxTypes). */
const DATE_TYPES = new Set(['date', 'datetime-local']);
const ORDERED_TEXT_TYPES = new Set(['month', 'time', 'week']);

interface Bound {
  fixed: unknown;
  expression: ExpressionRunner | null;
}

function readBound(
  element: Record<string, unknown>,
  key: 'min' | 'max',
  source: string,
  name: string,
): Bound {
  return {
    fixed: element[key] === '' ? undefined : element[key],
    expression: compileExpression(element[`${key}ValueExpression`], source, name, `${key}ValueExpression`),
  };
}

/** The bound in force: a min/maxValueExpression wins over a fixed min/max, as renderedMin does. */
function boundValue(bound: Bound, values: Record<string, unknown>): unknown {
  if (bound.expression === null) return bound.fixed;
  const result: unknown = bound.expression.runValues(values);
  return result === undefined || result === null || result === '' ? bound.fixed : result;
}

/** survey-core compares dates as Date objects and other bounded types as they are. */
function comparable(inputType: string, value: unknown): number | string | null {
  if (DATE_TYPES.has(inputType)) {
    // Parsing the answer as survey-core's createDate does; no clock is read.
    // eslint-disable-next-line no-restricted-globals
    const time = new Date(value as string | number).getTime();
    return Number.isNaN(time) ? null : time;
  }
  if (inputType === 'number' || inputType === 'range') {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : null;
  }
  return typeof value === 'string' ? value : null;
}

function checkBoundDefinition(bound: Bound, inputType: string, key: string, source: string, name: string) {
  if (bound.fixed !== undefined && comparable(inputType, bound.fixed) === null) {
    throw new InvalidDefinition(source, name, `${key} is not a ${inputType} value`);
  }
}

function stepIssue(step: unknown, value: number): string | null {
  if (typeof step !== 'number' || step <= 0) return null;
  // survey-core scales both to integers before taking the remainder (isStepNumberIncorrect).
  let scale = 1;
  while (
    (Math.round(step * scale) / scale !== step || Math.round(value * scale) / scale !== value) &&
    scale < 1e6
  )
    scale *= 10;
  return Math.round(value * scale) % Math.round(step * scale) === 0
    ? null
    : `not a multiple of the step ${step}`;
}

/** min / max (and their expressions), step: the checks survey-core makes of a bounded inputType. */
function boundedInput(element: Record<string, unknown>, inputType: string, source: string, name: string) {
  const min = readBound(element, 'min', source, name);
  const max = readBound(element, 'max', source, name);
  checkBoundDefinition(min, inputType, 'min', source, name);
  checkBoundDefinition(max, inputType, 'max', source, name);
  const isNumber = inputType === 'number' || inputType === 'range';
  const check: InputCheck = (value, values) => {
    if (isNumber ? typeof value !== 'number' || !Number.isFinite(value) : typeof value !== 'string')
      return isNumber ? 'expected a number' : `expected a ${inputType} value`;
    const own = comparable(inputType, value);
    if (own === null) return `not a ${inputType} value`;
    const low = comparable(inputType, boundValue(min, values));
    const high = comparable(inputType, boundValue(max, values));
    if (high !== null && own > high) return `above maximum ${String(boundValue(max, values))}`;
    if (low !== null && own < low) return `below minimum ${String(boundValue(min, values))}`;
    return isNumber ? stepIssue(element.step, value as number) : null;
  };
  return check;
}

/**
 * The check for a text question's inputType beyond plain text, or null for plain text.
 * `hasEmailValidator`: survey-core checks inputType email only without an email validator of its own.
 */
export function textInputCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
): InputCheck | null {
  const inputType = typeof element.inputType === 'string' ? element.inputType : 'text';
  if (
    inputType === 'number' ||
    inputType === 'range' ||
    DATE_TYPES.has(inputType) ||
    ORDERED_TEXT_TYPES.has(inputType)
  )
    return boundedInput(element, inputType, source, name);
  if (inputType === 'email')
    return (value) => (typeof value === 'string' && !EMAIL.test(value) ? 'not a valid e-mail address' : null);
  return null;
}
