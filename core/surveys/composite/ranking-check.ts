import type { CompileContext } from '../answer-check';
import { compileChoiceVisibility } from '../choice-visibility';
import { readCopiedChoices } from '../copied-choices';
import { compositeCheck, type CompositeCheck, type NestedIssue } from './nested-check';
import { readItemList, visibleItems } from './visible-items';

type Values = Record<string, unknown>;

const show = (values: readonly unknown[]) => values.map(String).join(', ');

/** What a ranking offers: its listed choices, or those it copies from another question. */
interface RankingChoices {
  /** Every choice it may offer, for the positions an indicator scores. */
  possible: readonly unknown[];
  visible(values: Values): unknown[];
  /** survey-core clears the ranking's answer when it loads these answers (see copiedChoices). */
  clearedOnLoad(values: Values): boolean;
}

function listedChoices(element: Record<string, unknown>, source: string, name: string): RankingChoices {
  const choices = readItemList(element, 'choices', 'choicesVisibleIf', source, name);
  return {
    possible: choices.values,
    visible: (values) => visibleItems(choices, values).map((item) => item.value),
    clearedOnLoad: () => false,
  };
}

/**
 * choicesFromQuestion. survey-core recomputes the copied choices as it loads the other question's
 * value, then its comment (other text), before the ranking's own value; a ranking left with one
 * choice then gets `value = []`, which clears the answer it is about to load (QuestionRankingModel
 * onVisibleChoicesChanged, unless selectToRankEnabled). Its completed data has no such ranking,
 * so one submitted is refused. The other question is taken to come first, as on a page.
 */
function copiedChoices(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): RankingChoices {
  const copied = readCopiedChoices(element, source, name, context);
  const own = compileChoiceVisibility(element, source, name);
  const visible = (values: Values, withOtherText: boolean) => {
    const shown = copied.shown(values, withOtherText);
    return own === null ? shown : shown.filter((choice) => own(choice, values));
  };
  return {
    possible: copied.possible,
    visible: (values) => visible(values, true),
    clearedOnLoad: (values) =>
      element.selectToRankEnabled !== true &&
      (visible(values, false).length === 1 || visible(values, true).length === 1),
  };
}

/** survey-core's minSelectedChoices (checkbox's, which a ranking inherits): also on no answer. */
function tooFewIssues(element: Record<string, unknown>, count: number): NestedIssue[] {
  const min = element.minSelectedChoices;
  return typeof min === 'number' && count < min ? [{ at: '', issue: `fewer than ${min} choices` }] : [];
}

/**
 * survey-core rewrites a ranking it is given into an order of exactly the visible choices (stray
 * and repeated values dropped, missing ones appended); with selectToRankEnabled, into the ranked
 * subset. An answer it would rewrite is one a browser does not send: refused.
 */
function rankingIssues(
  answer: unknown,
  values: Values,
  choices: RankingChoices,
  subset: boolean,
): NestedIssue[] {
  if (!Array.isArray(answer)) return [{ at: '', issue: 'expected a list of choices in ranked order' }];
  if (choices.clearedOnLoad(values))
    return [{ at: '', issue: 'one choice to rank: survey-core clears the answer' }];
  const visible = choices.visible(values);
  const stray = answer.find((value) => !visible.includes(value));
  if (stray !== undefined)
    return [{ at: '', issue: `${JSON.stringify(stray)} is not one of the choices ${show(visible)}` }];
  if (new Set(answer).size !== answer.length) return [{ at: '', issue: 'a choice is ranked twice' }];
  if (!subset && answer.length !== visible.length)
    return [{ at: '', issue: `expected all of ${show(visible)} in ranked order` }];
  return [];
}

/** A ranking (choices in ranked order); its items `r.choice` score the 1-based position. */
export function rankingCheck(
  element: Record<string, unknown>,
  source: string,
  name: string,
  context: CompileContext,
): CompositeCheck {
  const from = element.choicesFromQuestion;
  const choices =
    from === undefined || from === ''
      ? listedChoices(element, source, name)
      : copiedChoices(element, source, name, context);
  const subset = element.selectToRankEnabled === true;
  const positions = choices.possible.map((_, index) => index + 1);
  return compositeCheck({
    nestedIssues: (answer, values) => {
      const issues = rankingIssues(answer, values, choices, subset);
      return issues.length > 0 ? issues : tooFewIssues(element, (answer as unknown[]).length);
    },
    missingIssues: () => tooFewIssues(element, 0),
    itemValues: (path) =>
      choices.possible.some((value) => `.${String(value)}` === path) ? positions : undefined,
  });
}
