import { Helpers, type ConditionRunner } from 'survey-core';
import { isPlainObject } from './is-plain-object';
import { issuesOf, issuesWhenMissing, type NestedIssue } from './nested-check';
import { fillsDefault, isComputedDefault } from './nested-default';
import type { NestedQuestion } from './nested-question';

type Values = Record<string, unknown>;

/** How one kind of entry (matrix row, dynamic panel, multipletext items) is judged. */
export interface EntryRules {
  questions: NestedQuestion[];
  /** survey-core drops a hidden template question's answer on complete, but keeps a hidden cell's. */
  hiddenValues: 'refuse' | 'keep';
  /** What a key that is none of the questions is called in an issue ("unknown column"). */
  unknownKey: string;
  /** Keys that other questions sharing the answer key answer in the entry (shared-entries.ts). */
  beside?: ReadonlySet<string>;
}

/** An entry's answers without empty ones, as survey-core runs {row.x} / {panel.x} conditions. */
export function entryContext(entry: Values): Values {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => !Helpers.isValueEmpty(value)));
}

function isRequired(question: NestedQuestion, holds: (runner: ConditionRunner) => boolean): boolean {
  return question.isRequired || (question.requiredIf !== null && holds(question.requiredIf));
}

const filledByDefault = (question: NestedQuestion) =>
  `no answer, which survey-core replaces with its ${question.defaultValueExpression === null ? 'defaultValue' : 'defaultValueExpression'}`;

/**
 * An unanswered question: required, or a composite one (a dynamic matrix inside a dynamic panel
 * or a detail panel) that survey-core still shows with rows whose required cells must be filled.
 */
function emptyIssues(
  question: NestedQuestion,
  { at, required, shown }: { at: string; required: boolean; shown: boolean },
  value: unknown,
  context: Values,
): readonly NestedIssue[] {
  if (required) return [{ at, issue: 'answer required' }];
  if (!shown) return [];
  return issuesWhenMissing(question.answer, value, context).map((i) => ({ at: at + i.at, issue: i.issue }));
}

/** `sent`: part of a sent answer (not shown for an answer left out); `shown`: not hidden as a whole. */
interface EntryState {
  sent: boolean;
  shown: boolean;
}

/**
 * The answer set as the question's own check sees it: its other text, which it looks for under its
 * comment key, taken from the entry (trimmed for a matrix cell, as survey-core reads it there).
 */
function withOwnComment(question: NestedQuestion, entry: Values, context: Values): Values {
  const key = question.commentKey;
  if (key === null) return context;
  const comment = entry[key];
  return {
    ...context,
    [key]: question.trimsOtherText && typeof comment === 'string' ? comment.trim() : comment,
  };
}

/** A non-empty other text or comment: text within the comment length limit. */
function commentIssues(question: NestedQuestion, entry: Values, context: Values): NestedIssue[] {
  const key = question.commentKey;
  if (key === null || Helpers.isValueEmpty(entry[key])) return [];
  const issue = question.answer.comment?.(entry[key], context) ?? null;
  return issue === null ? [] : [{ at: `.${key}`, issue }];
}

function questionIssues(
  question: NestedQuestion,
  entry: Values,
  context: Values,
  { sent, shown }: EntryState,
): readonly NestedIssue[] {
  const value = entry[question.name];
  const holds = (runner: ConditionRunner) => runner.runValues(context) === true;
  const visible = shown && question.visibleIf.every(holds);
  const enabled = question.enableIf.every(holds);
  const at = `.${question.name}`;
  // survey-core's required check trims text: whitespace alone is no answer to a required question.
  const blank = typeof value === 'string' && value.trim() === '';
  const required = isRequired(question, holds) && visible && enabled;
  if (blank && required) return [{ at, issue: 'answer required' }];
  if (Helpers.isValueEmpty(value)) {
    // A hidden template question's filled value is dropped again on complete.
    if (!required && sent && visible && fillsDefault(question, context))
      return [{ at, issue: filledByDefault(question) }];
    return emptyIssues(question, { at, required, shown: visible && enabled }, value, context);
  }
  if (isComputedDefault(question, value, context)) return [];
  // A hidden cell's answer is kept by survey-core, but only once it passed the cell's own check.
  return issuesOf(question.answer, at, value, withOwnComment(question, entry, context));
}

/**
 * The problems of one entry (`{}` for a row or panel survey-core shows without an answer), its
 * conditions run on `context` (the answer set with {row} / {panel} set by the caller). `sent`:
 * the entry is part of a sent answer, not one shown for a question left without an answer. In an
 * entry not `shown` (a dynamic panel hidden by templateVisibleIf) nothing is required; the caller
 * chooses the rules its answers must pass.
 */
export function entryIssues(
  entry: unknown,
  context: Values,
  rules: EntryRules,
  state: Partial<EntryState> = {},
): NestedIssue[] {
  const { sent = true, shown = true } = state;
  if (!isPlainObject(entry)) return [{ at: '', issue: 'expected an object' }];
  const issues: NestedIssue[] = Object.keys(entry)
    .filter(
      (key) =>
        !rules.questions.some((q) => q.name === key || q.commentKey === key) && !rules.beside?.has(key),
    )
    .map((key) => ({ at: `.${key}`, issue: rules.unknownKey }));
  const isShown = (question: NestedQuestion) =>
    question.visibleIf.every((runner) => runner.runValues(context) === true);
  for (const question of rules.questions) {
    // Of columns sharing one key, a hidden one checks nothing while another of them is shown.
    if (question.namesakes?.some(isShown) && !isShown(question)) continue;
    const given = [question.name, question.commentKey].filter(
      (key): key is string => key !== null && !Helpers.isValueEmpty(entry[key]),
    );
    // survey-core drops a hidden template question's answer and its comment on complete.
    const hidden = rules.hiddenValues === 'refuse' && given.length > 0 && !isShown(question);
    if (hidden) issues.push(...given.map((key) => ({ at: `.${key}`, issue: 'question is hidden by logic' })));
    else
      issues.push(
        ...questionIssues(question, entry, context, { sent, shown }),
        ...commentIssues(question, entry, context),
      );
  }
  return issues;
}
