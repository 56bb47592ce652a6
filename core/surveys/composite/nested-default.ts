import { Helpers } from 'survey-core';
import type { NestedQuestion } from './nested-question';

type Values = Record<string, unknown>;

/** What a nested question's defaultValueExpression gives in its entry; undefined without one. */
function defaultOf(question: NestedQuestion, context: Values): unknown {
  return question.defaultValueExpression?.runValues(context);
}

/**
 * survey-core runs an empty nested question's defaultValueExpression when it loads the entry and
 * keeps a non-empty result: the answer it completes is not the one sent (a panel added through
 * another question sharing the valueName never ran it in the browser).
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
    question.defaultValueExpression !== null && Helpers.isTwoValueEquals(value, defaultOf(question, context))
  );
}
