import type { ConditionRunner, ExpressionRunner } from 'survey-core';
import type { PartCheck } from './part-check';
import { InvalidDefinition } from '../../errors';
import { commentKeyOf } from '../choice-options';
import { compileCondition, compileExpression } from '../compile-condition';

/** compileAnswerCheck, handed in so that composite checks need not import it (no import cycle). */
export type CompileAnswerCheck = (
  element: Record<string, unknown>,
  source: string,
  name: string,
) => PartCheck;

/** A question inside a row, panel or item list: a column's cell, a template question, an item. */
export interface NestedQuestion {
  name: string;
  answer: PartCheck;
  isRequired: boolean;
  requiredIf: ConditionRunner | null;
  /** All must hold for the question to be visible / enabled (its own and its panels'). */
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
  /** survey-core fills an empty answer with it when it loads the entry (entry-issues.ts). */
  defaultValueExpression: ExpressionRunner | null;
  /** A matrix column's defaultValue: survey-core fills every empty cell of it (matrix-columns.ts). */
  defaultValue?: unknown;
  /** Where its other text or comment is kept inside the entry (`<name>-Comment`), else null. */
  commentKey: string | null;
  /** survey-core trims a matrix cell's other text (whitespace alone is none), not a panel question's. */
  trimsOtherText: boolean;
  /** Other columns of the same name: survey-core gives them all one cell key. */
  namesakes?: NestedQuestion[];
}

export interface NestedLogic {
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
}

export const NO_LOGIC: NestedLogic = { visibleIf: [], enableIf: [] };

/** The element's own visibleIf / enableIf added to those of its enclosing panels. */
export function withOwnLogic(
  element: Record<string, unknown>,
  label: string,
  inherited: NestedLogic,
  source: string,
): NestedLogic {
  const visibleIf = compileCondition(element.visibleIf, source, label, 'visibleIf');
  const enableIf = compileCondition(element.enableIf, source, label, 'enableIf');
  return {
    visibleIf: visibleIf === null ? inherited.visibleIf : [...inherited.visibleIf, visibleIf],
    enableIf: enableIf === null ? inherited.enableIf : [...inherited.enableIf, enableIf],
  };
}

/**
 * Choices taken from elsewhere (survey-core looks for the question in the row or panel first):
 * not validated there yet, so refused at compile rather than rejecting what a browser sends.
 */
const NESTED_UNSUPPORTED = ['choicesFromQuestion'];

/** One nested question compiled up front; `label` names it in definition errors ("md.col"). */
export function nestedQuestion(
  element: Record<string, unknown>,
  name: string,
  label: string,
  inherited: NestedLogic,
  source: string,
  compile: CompileAnswerCheck,
): NestedQuestion {
  // Named first: choices from a web service need more than Målbar can add (see deliberate differences).
  if (element.choicesByUrl !== undefined)
    throw new InvalidDefinition(
      source,
      label,
      'choicesByUrl loads choices from a web service, which cannot be checked',
    );
  const unsupported = NESTED_UNSUPPORTED.find((key) => Boolean(element[key]));
  if (unsupported !== undefined)
    throw new InvalidDefinition(
      source,
      label,
      `${unsupported} inside a matrix, dynamic panel or multipletext is not supported`,
    );
  const answer = compile(element, source, label);
  return {
    name,
    answer,
    commentKey: answer.choiceOptions?.hasCommentKey ? commentKeyOf(name) : null,
    trimsOtherText: false,
    isRequired: element.isRequired === true,
    requiredIf: compileCondition(element.requiredIf, source, label, 'requiredIf'),
    ...withOwnLogic(element, label, inherited, source),
    defaultValueExpression: compileExpression(
      element.defaultValueExpression,
      source,
      label,
      'defaultValueExpression',
    ),
  };
}
