import { Helpers, type ConditionRunner } from 'survey-core';
import { isPlainObject } from './is-plain-object';
import { issuesOf, type NestedIssue } from './nested-check';
import type { NestedQuestion } from './nested-question';

type Values = Record<string, unknown>;

/** How one kind of entry (matrix row, dynamic panel, multipletext items) is judged. */
export interface EntryRules {
  questions: NestedQuestion[];
  /** survey-core drops a hidden template question's answer on complete, but keeps a hidden cell's. */
  hiddenValues: 'refuse' | 'keep';
  /** What a key that is none of the questions is called in an issue ("unknown column"). */
  unknownKey: string;
}

/** An entry's answers without empty ones, as survey-core runs {row.x} / {panel.x} conditions. */
export function entryContext(entry: Values): Values {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => !Helpers.isValueEmpty(value)));
}

function isRequired(question: NestedQuestion, holds: (runner: ConditionRunner) => boolean): boolean {
  return question.isRequired || (question.requiredIf !== null && holds(question.requiredIf));
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

function questionIssues(question: NestedQuestion, entry: Values, context: Values): readonly NestedIssue[] {
  const value = entry[question.name];
  const holds = (runner: ConditionRunner) => runner.runValues(context) === true;
  const visible = question.visibleIf.every(holds);
  const enabled = question.enableIf.every(holds);
  const at = `.${question.name}`;
  // survey-core's required check trims text: whitespace alone is no answer to a required question.
  const blank = typeof value === 'string' && value.trim() === '';
  const required = isRequired(question, holds) && visible && enabled;
  if (Helpers.isValueEmpty(value) || (blank && required))
    return required ? [{ at, issue: 'answer required' }] : [];
  // A hidden cell's answer is kept by survey-core, but only once it passed the cell's own check.
  return issuesOf(question.answer, at, value, withOwnComment(question, entry, context));
}

/**
 * The problems of one entry (`{}` for a row or panel survey-core shows without an answer), its
 * conditions run on `context` (the answer set with {row} / {panel} set by the caller).
 */
export function entryIssues(entry: unknown, context: Values, rules: EntryRules): NestedIssue[] {
  if (!isPlainObject(entry)) return [{ at: '', issue: 'expected an object' }];
  const issues: NestedIssue[] = Object.keys(entry)
    .filter((key) => !rules.questions.some((q) => q.name === key || q.commentKey === key))
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
    else issues.push(...questionIssues(question, entry, context), ...commentIssues(question, entry, context));
  }
  return issues;
}
