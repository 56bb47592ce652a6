import { InvalidDefinition } from '../errors';
import { choiceCheck } from './choice-check';
import type { AnswerCheck, CompileContext } from './answer-check';
import { compileSurveyValidators, type ValueRule } from './compile-survey-validators';
import { matrixCheck } from './composite/matrix-check';
import { matrixDropdownCheck } from './composite/matrixdropdown-check';
import { matrixDynamicCheck } from './composite/matrixdynamic-check';
import { multipleTextCheck } from './composite/multipletext-check';
import { panelDynamicCheck } from './composite/paneldynamic-check';
import { rankingCheck } from './composite/ranking-check';
import { imageMapCheck } from './imagemap-check';
import { fileCheck, signatureCheck, sliderCheck } from './media-checks';
import { ratingScale } from './rating-scale';
import { textInputCheck } from './text-input-check';

export type { AnswerCheck, CompileContext };

/**
 * SurveyJS text questions default to no limit (survey maxTextLength / maxCommentLength 0); we cap
 * free text so a body cannot be used as storage — a deliberate difference (deliberate-differences.ts).
 */
export const DEFAULT_MAX_LENGTH = 2000;

type Check = AnswerCheck['check'];
const show = (values: readonly unknown[]) => values.map(String).join(', ');

/** The first issue of `rules` for the value, or null. */
function firstIssue(rules: ValueRule[], value: unknown, values: Record<string, unknown>): string | null {
  for (const rule of rules) {
    const issue = rule(value, values);
    if (issue !== null) return issue;
  }
  return null;
}

/** The question's own check first, then its `validators`, as survey-core collects errors. */
function withRules(check: Check, rules: ValueRule[]): Check {
  if (rules.length === 0) return check;
  return (value, values) => {
    return check(value, values) ?? firstIssue(rules, value, values);
  };
}

function oneOf(values: readonly unknown[]): AnswerCheck {
  return {
    values,
    check: (value) => (values.includes(value) ? null : `not one of the choices ${show(values)}`),
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

function maxLengthOf(element: Record<string, unknown>, surveyMax: unknown): number {
  const declared = element.maxLength;
  // SurveyJS: -1 (the default) takes the survey's maxTextLength / maxCommentLength, 0 means none.
  if (typeof declared === 'number' && declared > 0) return declared;
  if (declared !== 0 && typeof surveyMax === 'number' && surveyMax > 0) return surveyMax;
  return DEFAULT_MAX_LENGTH;
}

/** Free text of at most maxLength characters; `maxLength` is exported for the comment keys. */
export function freeTextCheck(maxLength: number): Check {
  return (value) => {
    if (typeof value !== 'string') return 'expected text';
    return value.length > maxLength ? `longer than ${maxLength} characters` : null;
  };
}

function text(
  element: Record<string, unknown>,
  context: CompileContext,
  source: string,
  name: string,
): Check {
  const maxLength = maxLengthOf(
    element,
    element.type === 'comment' ? context.survey.maxCommentLength : context.survey.maxTextLength,
  );
  const free = freeTextCheck(maxLength);
  const input = element.type === 'text' ? textInputCheck(element, source, name) : null;
  if (input === null) return free;
  // An e-mail address is text too, so it keeps the length limit.
  return element.inputType === 'email'
    ? (value, values) => free(value, values) ?? input(value, values)
    : input;
}

/** The longest comment or other text a choice question takes (the survey's maxCommentLength). */
export function commentMaxLength(survey: Record<string, unknown>): number {
  return maxLengthOf({}, survey.maxCommentLength);
}

/** The answer check for one question element; an unsupported type is a definition error. */
export function compileAnswerCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext = { survey: {}, elementNamed: () => undefined },
): AnswerCheck {
  const rules = compileSurveyValidators(element, source, name);
  const typed = typeCheck(element, source, name, context);
  const withComment = typed.choiceOptions?.hasCommentKey
    ? { comment: freeTextCheck(commentMaxLength(context.survey)) }
    : {};
  // survey-core runs every validator of a question without a required error, answered or not.
  const emptyRules = rules.filter((rule) => rule.checksEmpty === true);
  const onEmpty =
    emptyRules.length > 0
      ? {
          checkEmpty: (value: unknown, values: Record<string, unknown>) =>
            firstIssue(emptyRules, value, values),
        }
      : {};
  return { ...typed, ...withComment, ...onEmpty, check: withRules(typed.check, rules) };
}

function typeCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): AnswerCheck {
  // Questions inside a matrix, panel or item list read the survey's settings too.
  const nested = (inner: Record<string, unknown>, at: string, label: string) =>
    compileAnswerCheck(inner, at, label, context);
  switch (element.type) {
    case 'radiogroup':
    case 'dropdown':
    case 'imagepicker':
    case 'checkbox':
    case 'tagbox':
    case 'buttongroup':
      return choiceCheck(element, source, name, context);
    case 'rating':
      return rating(element, source, name);
    case 'boolean':
      return oneOf([element.valueTrue ?? true, element.valueFalse ?? false]);
    case 'text':
    case 'comment':
      return { check: text(element, context, source, name) };
    case 'matrix':
      return matrixCheck(element, source, name);
    case 'matrixdropdown':
      return matrixDropdownCheck(element, source, name, nested);
    case 'matrixdynamic':
      return matrixDynamicCheck(element, source, name, nested);
    case 'paneldynamic':
      return panelDynamicCheck(element, source, name, nested);
    case 'multipletext':
      return multipleTextCheck(element, source, name, nested);
    case 'ranking':
      return rankingCheck(element, source, name, context);
    case 'slider':
      return sliderCheck(element);
    case 'signaturepad':
      return signatureCheck();
    case 'file':
      return fileCheck(element);
    case 'imagemap':
      return imageMapCheck(element, source, name, context);
    default:
      throw new InvalidDefinition(
        source,
        name,
        `question type ${JSON.stringify(element.type)} is not one survey-core knows (a type registered in JavaScript cannot be checked)`,
      );
  }
}
