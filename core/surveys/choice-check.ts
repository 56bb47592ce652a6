import type { AnswerCheck, CompileContext } from './answer-check';
import { commentKeyOf, otherIssue, readChoiceOptions, type ChoiceOptions } from './choice-options';
import { compileChoiceVisibility, type ChoiceShown } from './choice-visibility';
import { copiedFrom, isChosenIn } from './copied-choices';
import { readChoiceValues } from './read-choice-values';
import { sharedEntries } from './composite/shared-entries';
import { choicesWithComment, tickKeys, unwrapTicks, wrappedTickKey } from './wrapped-ticks';

type Values = Record<string, unknown>;
const show = (values: readonly unknown[]) => values.map(String).join(', ');

/**
 * A dropdown's choicesMin..choicesMax (by choicesStep, default 1): survey-core appends these
 * numbers to its listed choices when choicesMax > choicesMin.
 */
function numberRangeChoices(element: Record<string, unknown>): number[] {
  const { type, choicesMin: min = 0, choicesMax: max = 0, choicesStep: step = 1 } = element;
  if (type !== 'dropdown' || typeof min !== 'number' || typeof max !== 'number' || max <= min) return [];
  const by = typeof step === 'number' && step >= 1 ? step : 1;
  const range: number[] = [];
  for (let value = min; value <= max; value += by) range.push(value);
  return range;
}

/** The listed choices, or those of the question named by choicesFromQuestion. */
function listedChoices(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
) {
  const from = element.choicesFromQuestion;
  if (from === undefined || from === '') {
    const listed = readChoiceValues(element.choices, source, name, 'choices', true);
    return [...listed, ...numberRangeChoices(element).filter((value) => !listed.includes(value))];
  }
  const other = copiedFrom(element, source, name, context);
  return readChoiceValues(other.choices, source, name, `choices of ${String(from)}`, true);
}

/**
 * choicesFromQuestionMode: "selected" offers only the choices chosen in the other question,
 * "unselected" only those left; "all" (the default) all of its choices.
 */
function fromQuestionShown(element: Record<string, unknown>, context: CompileContext): ChoiceShown | null {
  const mode = element.choicesFromQuestionMode;
  const from = element.choicesFromQuestion;
  if (typeof from !== 'string' || (mode !== 'selected' && mode !== 'unselected')) return null;
  const other = context.elementNamed(from);
  const key = typeof other?.valueName === 'string' ? other.valueName : from;
  return (choice, values) => {
    const isChosen = isChosenIn(values[key], choice);
    return mode === 'selected' ? isChosen : !isChosen;
  };
}

interface ChoiceRules {
  choices: readonly unknown[];
  options: ChoiceOptions;
  shown: ChoiceShown[];
  /** Where the other text is: `<answer key>-Comment`. */
  commentKey: string;
}

/** The issue with one chosen value of a choice question ("not one of …", "hidden by logic"), or null. */
function oneChoiceIssue(value: unknown, values: Values, rules: ChoiceRules): string | null {
  const { choices, options, shown } = rules;
  if (choices.includes(value)) {
    return shown.every((isShown) => isShown(value, values)) ? null : 'hidden by logic';
  }
  if ((options.extraValues as readonly unknown[]).includes(value)) return null;
  // storeOthersAsComment false: the other text is the answer itself.
  if (options.otherIsValue && typeof value === 'string') return null;
  return `not one of the choices ${show([...choices, ...options.extraValues])}`;
}

function selectedCountIssue(element: Record<string, unknown>, count: number): string | null {
  const { minSelectedChoices: min, maxSelectedChoices: max } = element;
  if (typeof min === 'number' && min > 0 && count < min) return `fewer than ${min} choices`;
  // survey-core does not let a respondent tick more; it does not check data (deliberate difference).
  return typeof max === 'number' && max > 0 && count > max ? `more than ${max} choices` : null;
}

function manyChoices(element: Record<string, unknown>, rules: ChoiceRules): AnswerCheck['check'] {
  return (value, values) => {
    if (!Array.isArray(value)) return 'expected a list of choices';
    for (const item of value) {
      const issue = oneChoiceIssue(item, values, rules);
      if (issue !== null) return `${JSON.stringify(item)} is ${issue}`;
    }
    if (new Set(value).size !== value.length) return 'a choice is given twice';
    return (
      selectedCountIssue(element, value.length) ?? otherIssue(rules.options, value, values[rules.commentKey])
    );
  };
}

/**
 * Ticks stored as objects (wrapped-ticks.ts): survey-core then keeps the other text as the ticked
 * value itself, not under the comment key.
 */
function wrappedManyChoices(element: Record<string, unknown>, rules: ChoiceRules, key: string): AnswerCheck {
  const { hasOther, hasCommentArea } = rules.options;
  const options = { ...rules.options, otherIsValue: hasOther, hasCommentKey: hasCommentArea };
  const checkValues = manyChoices(element, { ...rules, options });
  const commented = choicesWithComment(element);
  const entries = sharedEntries(tickKeys(key, commented));
  return {
    choiceOptions: options,
    entries,
    check: (value, values) => {
      const ticks = unwrapTicks(value, key, commented, entries.beside);
      return 'issue' in ticks ? ticks.issue : checkValues(ticks.values, values);
    },
  };
}

/**
 * radiogroup, dropdown, imagepicker (one value, or a list with multiSelect), checkbox and tagbox
 * (a list): listed or copied choices, the special items, other text, and choice visibility.
 */
export function choiceCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): AnswerCheck {
  // `name` labels a nested question ("md.col"); its key inside the row or panel is its own name.
  const own = typeof element.name === 'string' && element.name !== '' ? element.name : name;
  const answerKey =
    typeof element.valueName === 'string' && element.valueName !== '' ? element.valueName : own;
  const options = readChoiceOptions(element, context.survey);
  const shown = [compileChoiceVisibility(element, source, name), fromQuestionShown(element, context)].filter(
    (rule) => rule !== null,
  );
  const comment = commentKeyOf(answerKey);
  const choices = listedChoices(element, source, name, context);
  const rules: ChoiceRules = { choices, options, shown, commentKey: comment };
  const isList = element.type === 'checkbox' || element.type === 'tagbox' || element.multiSelect === true;
  const tickKey = wrappedTickKey(element);
  if (tickKey !== null) return wrappedManyChoices(element, rules, tickKey);
  if (isList) return { choiceOptions: options, check: manyChoices(element, rules) };
  // An answer is one value: the choices and special items are what can be scored or grouped by.
  const fixed =
    options.otherIsValue || element.choicesFromQuestion
      ? undefined
      : [...rules.choices, ...options.extraValues];
  return {
    ...(fixed === undefined ? {} : { values: fixed }),
    choiceOptions: options,
    check: (value, values) => {
      const issue = oneChoiceIssue(value, values, rules);
      if (issue === 'hidden by logic') return 'the choice is hidden by logic';
      return issue ?? otherIssue(options, value, values[comment]);
    },
  };
}
