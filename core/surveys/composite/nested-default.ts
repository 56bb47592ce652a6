import { Helpers } from 'survey-core';
import type { NestedQuestion } from './nested-question';

type Values = Record<string, unknown>;

/**
 * What survey-core puts into an empty nested question when it loads the entry: its
 * defaultValueExpression's result in the entry, else a matrix column's defaultValue.
 */
function defaultOf(question: NestedQuestion, context: Values): unknown {
  return question.defaultValueExpression?.runValues(context) ?? question.defaultValue;
}

/**
 * The cells survey-core fills in a row (or entry) it builds without answers: each question's
 * non-empty default. `{}` when none has one, and survey-core's rows stay empty.
 */
export function defaultEntry(questions: readonly NestedQuestion[], context: Values): Values {
  const entry: Values = {};
  for (const question of questions) {
    const value = defaultOf(question, context);
    if (!Helpers.isValueEmpty(value)) entry[question.name] = value;
  }
  return entry;
}

/**
 * survey-core runs an empty nested question's defaultValueExpression (or puts a column's
 * defaultValue) when it loads the entry and keeps a non-empty result: the answer it completes is
 * not the one sent (a panel added through another question sharing the valueName never ran it in
 * the browser; a raw row left a cell with a default empty).
 */
export function fillsDefault(question: NestedQuestion, context: Values): boolean {
  return !Helpers.isValueEmpty(defaultOf(question, context));
}

/**
 * The value survey-core's defaultValueExpression put there, typed as the expression gives it (the
 * number 42 in a text cell from "{panel.name}" when the name is "42"): a browser sends it so.
 */
export function isComputedDefault(question: NestedQuestion, value: unknown, context: Values): boolean {
  return (
    question.defaultValueExpression !== null &&
    Helpers.isTwoValueEquals(value, question.defaultValueExpression.runValues(context))
  );
}
