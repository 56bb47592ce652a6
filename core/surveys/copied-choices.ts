import { InvalidDefinition } from '../errors';
import type { CompileContext } from './answer-check';
import { commentKeyOf, readChoiceOptions } from './choice-options';
import { readItemList, visibleItems } from './composite/visible-items';

type Values = Record<string, unknown>;
type ChoiceValue = string | number | boolean;

/** Questions survey-core copies choices from (descendants of selectbase). */
const CHOICE_TYPES = new Set([
  'checkbox',
  'radiogroup',
  'dropdown',
  'tagbox',
  'imagepicker',
  'ranking',
  'buttongroup',
]);
/** survey-core's otherItem value: the item copied for the other text in "selected" mode. */
const OTHER = 'other';

/** The choices a question copies from another (choicesFromQuestion), by answer set. */
export interface CopiedChoices {
  /** Every value it may copy: the other question's choices, and "other" when that can be copied. */
  possible: readonly ChoiceValue[];
  /**
   * The copied choices for an answer set. `withOtherText` false: as survey-core has them right after
   * loading the other question's value and before its comment (its other text).
   */
  shown(values: Values, withOtherText: boolean): ChoiceValue[];
}

/** Whether a choice is chosen in the other question's answer (Question.isItemSelected). */
export function isChosenIn(answer: unknown, choice: unknown): boolean {
  return Array.isArray(answer) ? answer.includes(choice) : answer === choice;
}

/** The question named by choicesFromQuestion; none of that name is a definition error. */
export function copiedFrom(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): Record<string, unknown> {
  const from = element.choicesFromQuestion;
  const other = typeof from === 'string' ? context.elementNamed(from) : undefined;
  if (other === undefined)
    throw new InvalidDefinition(source, name, `choicesFromQuestion: no question ${String(from)}`);
  return other;
}

function sourceQuestion(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
) {
  const from = element.choicesFromQuestion;
  const other = copiedFrom(element, source, name, context);
  if (!CHOICE_TYPES.has(other.type as string))
    throw new InvalidDefinition(source, name, `choicesFromQuestion: ${String(from)} is no choice question`);
  if (other.choicesFromQuestion !== undefined && other.choicesFromQuestion !== '')
    throw new InvalidDefinition(source, name, `choicesFromQuestion: ${String(from)} copies its own choices`);
  const key = typeof other.valueName === 'string' && other.valueName !== '' ? other.valueName : String(from);
  return { other, from: String(from), key };
}

/**
 * The other question's text for its other item when chosen, else undefined (survey-core's
 * isOtherSelected and otherValue): its comment, or with storeOthersAsComment false the value that
 * is no choice.
 */
function otherText(answer: unknown, comment: unknown, listed: readonly unknown[], otherIsValue: boolean) {
  const items: unknown[] = Array.isArray(answer) ? answer : [answer];
  if (!otherIsValue) return items.includes(OTHER) ? comment : undefined;
  return items.find((item) => typeof item === 'string' && !listed.includes(item));
}

/**
 * choicesFromQuestion: the other question's visible choices (not its other, none, refuse or
 * don't-know items); choicesFromQuestionMode "selected" keeps those chosen there, plus its other
 * item when chosen with a text; "unselected" those not chosen. A ranking without
 * selectToRankEnabled has every choice chosen (isItemSelectedCore).
 */
export function readCopiedChoices(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): CopiedChoices {
  const { other, from, key } = sourceQuestion(element, source, name, context);
  const list = readItemList(other, 'choices', 'choicesVisibleIf', source, from);
  const mode = element.choicesFromQuestionMode;
  const options = readChoiceOptions(other, context.survey);
  const copiesOther = mode === 'selected' && options.hasOther;
  const allChosen = other.type === 'ranking' && other.selectToRankEnabled !== true;
  const isChosen = (answer: unknown, choice: unknown) => allChosen || isChosenIn(answer, choice);
  return {
    possible: copiesOther ? [...list.values, OTHER] : list.values,
    shown(values, withOtherText) {
      const answer = values[key];
      const visible = visibleItems(list, values).map((item) => item.value);
      if (mode !== 'selected' && mode !== 'unselected') return visible;
      const kept = visible.filter((choice) => isChosen(answer, choice) === (mode === 'selected'));
      if (!copiesOther || (!withOtherText && !options.otherIsValue)) return kept;
      const text = otherText(answer, values[commentKeyOf(key)], list.values, options.otherIsValue);
      return text ? [...kept, OTHER] : kept;
    },
  };
}
