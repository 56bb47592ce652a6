import { InvalidDefinition } from '../errors';
import { compileCondition } from './compile-condition';

/**
 * One of a question's `validators`: an issue for its value (the answer set for expressions) or null.
 * `checksEmpty`: it runs on no answer too (survey-core's expression validator, whose condition may
 * fail on an empty value, e.g. `{q} < 5` with q null).
 */
export type ValueRule = ((value: unknown, values: Record<string, unknown>) => string | null) & {
  checksEmpty?: boolean;
};

/** survey-core's EmailValidator pattern (validator.ts), so both accept the same addresses. */
export const EMAIL =
  /^(([^<>()[\].,;:\s@"]+(\.[^<>()[\].,;:\s@"]+)*)|(".+"))@(([^<>()=[\].,;:\s@"]+\.)+[^<>()=[\].,;:\s@"]{2,})$/i;

/** Base.isValueEmpty with trimming, as survey-core's validators skip an empty value. */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Helpers.isNumber: a number, or text that reads as one. */
const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

const numberOr = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function numeric(rule: Record<string, unknown>): ValueRule {
  const min = numberOr(rule.minValue);
  const max = numberOr(rule.maxValue);
  return (value) => {
    if (isEmpty(value)) return null;
    if (!isNumeric(value)) return 'the value should be numeric';
    const number = Number(value);
    if (min !== null && number < min) return `below minimum ${min}`;
    return max !== null && number > max ? `above maximum ${max}` : null;
  };
}

function textLength(rule: Record<string, unknown>): ValueRule {
  const min = numberOr(rule.minLength) ?? 0;
  const max = numberOr(rule.maxLength) ?? 0;
  const allowDigits = rule.allowDigits !== false;
  return (value) => {
    if (isEmpty(value)) return null;
    const text = String(value);
    if (!allowDigits && /\d+$/.test(text)) return 'digits are not allowed';
    if (min > 0 && text.length < min) return `shorter than ${min} characters`;
    return max > 0 && text.length > max ? `longer than ${max} characters` : null;
  };
}

function answerCount(rule: Record<string, unknown>): ValueRule {
  const min = numberOr(rule.minCount);
  const max = numberOr(rule.maxCount);
  return (value) => {
    if (!Array.isArray(value) || value.length === 0) return null;
    if (min && value.length < min) return `fewer than ${min} choices`;
    return max && value.length > max ? `more than ${max} choices` : null;
  };
}

function regex(rule: Record<string, unknown>, source: string, name: string): ValueRule {
  if (typeof rule.regex !== 'string' || rule.regex === '') return () => null;
  const caseInsensitive = rule.caseInsensitive === true || rule.insensitive === true;
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.regex, caseInsensitive ? 'i' : '');
  } catch {
    throw new InvalidDefinition(source, name, `validators: ${rule.regex} is not a regular expression`);
  }
  const matches = (value: unknown) => pattern.test(String(value));
  return (value) => {
    if (isEmpty(value)) return null;
    const all = Array.isArray(value) ? [...value, value] : [value];
    return all.every(matches) ? null : `does not match ${rule.regex}`;
  };
}

const email: ValueRule = (value) =>
  !value || EMAIL.test(String(value)) ? null : 'not a valid e-mail address';

function expression(rule: Record<string, unknown>, source: string, name: string): ValueRule {
  const runner = compileCondition(rule.expression, source, name, 'validators expression');
  if (runner === null) return () => null;
  const text = String(rule.expression);
  const check: ValueRule = (_value, values) =>
    runner.runValues(values) === true ? null : `${text} is not true`;
  check.checksEmpty = true;
  return check;
}

function compileRule(rule: unknown, source: string, name: string): ValueRule | null {
  if (typeof rule !== 'object' || rule === null) {
    throw new InvalidDefinition(source, name, 'validators must be objects');
  }
  const record = rule as Record<string, unknown>;
  // A warning or a note does not stop the respondent (notificationType, survey-core 2).
  if (record.notificationType === 'warning' || record.notificationType === 'info') return null;
  switch (record.type) {
    case 'numeric':
      return numeric(record);
    case 'text':
      return textLength(record);
    case 'answercount':
      return answerCount(record);
    case 'regex':
      return regex(record, source, name);
    case 'email':
      return email;
    case 'expression':
      return expression(record, source, name);
    default:
      throw new InvalidDefinition(
        source,
        name,
        `validators: type ${JSON.stringify(record.type)} is not a survey-core validator`,
      );
  }
}

/** A question's `validators`, compiled: each runs on every value, as survey-core's ValidatorRunner. */
export function compileSurveyValidators(
  element: Record<string, unknown>,
  source: string,
  name: string,
): ValueRule[] {
  const list = element.validators;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new InvalidDefinition(source, name, 'validators must be an array');
  return list.map((rule) => compileRule(rule, source, name)).filter((rule) => rule !== null);
}
