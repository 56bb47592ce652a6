import { InvalidDefinition } from '../errors';
import { matrixCheck } from './composite/matrix-check';
import { matrixDropdownCheck } from './composite/matrixdropdown-check';
import { matrixDynamicCheck } from './composite/matrixdynamic-check';
import { multipleTextCheck } from './composite/multipletext-check';
import { panelDynamicCheck } from './composite/paneldynamic-check';
import { rankingCheck } from './composite/ranking-check';
import { ratingScale } from './rating-scale';
import { readChoiceValues } from './read-choice-values';

/** How one question's (present) answer is checked; `values` lists its answer values when fixed. */
export interface AnswerCheck {
  values?: readonly unknown[];
  check(value: unknown, values: Record<string, unknown>): string | null;
}

/** SurveyJS text questions default to no limit; we cap free text so a body cannot be used as storage. */
const DEFAULT_MAX_LENGTH = 2000;

const show = (values: readonly unknown[]) => values.map(String).join(', ');

function oneOf(values: readonly unknown[]): AnswerCheck {
  return {
    values,
    check: (value) => (values.includes(value) ? null : `not one of the choices ${show(values)}`),
  };
}

function checkbox(choices: readonly unknown[]): AnswerCheck {
  // An answer is a list, so there is no single answer value to score or group by: no `values`.
  return {
    check(value) {
      if (!Array.isArray(value)) return 'expected a list of choices';
      const unknown = value.find((v) => !choices.includes(v));
      if (unknown !== undefined)
        return `${JSON.stringify(unknown)} is not one of the choices ${show(choices)}`;
      return new Set(value).size === value.length ? null : 'a choice is given twice';
    },
  };
}

function rating(element: Record<string, unknown>, source: string, name: string): AnswerCheck {
  const { values, range } = ratingScale(element, source, name);
  if (range === null) return oneOf(values);
  return {
    values,
    check(value) {
      if (typeof value !== 'number') return `expected a number on the scale ${show(values)}`;
      if (value > range.max) return `above scale max ${range.max}`;
      if (value < range.min) return `below scale min ${range.min}`;
      return values.includes(value) ? null : `not one of the choices ${show(values)}`;
    },
  };
}

function boundOf(element: Record<string, unknown>, key: 'min' | 'max', source: string, name: string) {
  const bound = element[key];
  if (bound === undefined) return undefined;
  // Definitions written in SurveyJS Creator may hold numeric bounds as strings ("0").
  const number = typeof bound === 'string' && bound.trim() !== '' ? Number(bound) : bound;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new InvalidDefinition(source, name, `${key} must be a number for a number input`);
  }
  return number;
}

function numberInput(element: Record<string, unknown>, source: string, name: string): AnswerCheck {
  const min = boundOf(element, 'min', source, name);
  const max = boundOf(element, 'max', source, name);
  return {
    check(value) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (max !== undefined && value > max) return `above maximum ${max}`;
      if (min !== undefined && value < min) return `below minimum ${min}`;
      return null;
    },
  };
}

function freeText(element: Record<string, unknown>): AnswerCheck {
  const declared = element.maxLength;
  // SurveyJS uses 0 / -1 for "no limit of its own"; we still apply the default cap then.
  const maxLength = typeof declared === 'number' && declared > 0 ? declared : DEFAULT_MAX_LENGTH;
  return {
    check(value) {
      if (typeof value !== 'string') return 'expected text';
      return value.length > maxLength ? `longer than ${maxLength} characters` : null;
    },
  };
}

/** The answer check for one question element; an unsupported type is a definition error. */
export function compileAnswerCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
): AnswerCheck {
  switch (element.type) {
    case 'radiogroup':
    case 'dropdown':
      return oneOf(readChoiceValues(element.choices, source, name, 'choices'));
    case 'checkbox':
      return checkbox(readChoiceValues(element.choices, source, name, 'choices'));
    case 'rating':
      return rating(element, source, name);
    case 'boolean':
      return oneOf([element.valueTrue ?? true, element.valueFalse ?? false]);
    case 'text':
      return element.inputType === 'number' ? numberInput(element, source, name) : freeText(element);
    case 'comment':
      return freeText(element);
    case 'matrix':
      return matrixCheck(element, source, name);
    case 'matrixdropdown':
      return matrixDropdownCheck(element, source, name, compileAnswerCheck);
    case 'matrixdynamic':
      return matrixDynamicCheck(element, source, name, compileAnswerCheck);
    case 'paneldynamic':
      return panelDynamicCheck(element, source, name, compileAnswerCheck);
    case 'multipletext':
      return multipleTextCheck(element, source, name, compileAnswerCheck);
    case 'ranking':
      return rankingCheck(element, source, name);
    default:
      throw new InvalidDefinition(source, name, `unsupported question type ${JSON.stringify(element.type)}`);
  }
}
