import { Helpers, type ConditionRunner } from 'survey-core';
import { isPlainObject } from './is-plain-object';
import { issuesOf, issuesWhenMissing, type NestedIssue } from './nested-check';
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

function questionIssues(
  question: NestedQuestion,
  entry: Values,
  context: Values,
  entryShown: boolean,
): readonly NestedIssue[] {
  const value = entry[question.name];
  const holds = (runner: ConditionRunner) => runner.runValues(context) === true;
  const visible = entryShown && question.visibleIf.every(holds);
  const enabled = question.enableIf.every(holds);
  const at = `.${question.name}`;
  // survey-core's required check trims text: whitespace alone is no answer to a required question.
  const blank = typeof value === 'string' && value.trim() === '';
  const required = isRequired(question, holds) && visible && enabled;
  if (blank && required) return [{ at, issue: 'answer required' }];
  if (Helpers.isValueEmpty(value))
    return emptyIssues(question, { at, required, shown: visible && enabled }, value, context);
  // A hidden cell's answer is kept by survey-core, but only once it passed the cell's own check.
  return issuesOf(question.answer, at, value, context);
}

/**
 * The problems of one entry (`{}` for a row or panel survey-core shows without an answer), its
 * conditions run on `context` (the answer set with {row} / {panel} set by the caller). In an
 * entry not `shown` (a dynamic panel hidden by templateVisibleIf) nothing is required; the caller
 * chooses the rules its answers must pass.
 */
export function entryIssues(entry: unknown, context: Values, rules: EntryRules, shown = true): NestedIssue[] {
  if (!isPlainObject(entry)) return [{ at: '', issue: 'expected an object' }];
  const issues: NestedIssue[] = Object.keys(entry)
    .filter((key) => !rules.questions.some((question) => question.name === key))
    .map((key) => ({ at: `.${key}`, issue: rules.unknownKey }));
  for (const question of rules.questions) {
    const hidden =
      rules.hiddenValues === 'refuse' &&
      !Helpers.isValueEmpty(entry[question.name]) &&
      !question.visibleIf.every((runner) => runner.runValues(context) === true);
    if (hidden) issues.push({ at: `.${question.name}`, issue: 'question is hidden by logic' });
    else issues.push(...questionIssues(question, entry, context, shown));
  }
  return issues;
}
