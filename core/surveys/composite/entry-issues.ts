import { Helpers, type ConditionRunner } from 'survey-core';
import { isPlainObject } from './is-plain-object';
import { issuesOf, type NestedIssue } from './nested-check';
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

const FILLED_BY_DEFAULT = 'no answer, which survey-core replaces with its defaultValueExpression';

function questionIssues(
  question: NestedQuestion,
  entry: Values,
  context: Values,
  sent: boolean,
): readonly NestedIssue[] {
  const value = entry[question.name];
  const holds = (runner: ConditionRunner) => runner.runValues(context) === true;
  const visible = question.visibleIf.every(holds);
  const enabled = question.enableIf.every(holds);
  const at = `.${question.name}`;
  // survey-core's required check trims text: whitespace alone is no answer to a required question.
  const blank = typeof value === 'string' && value.trim() === '';
  const required = isRequired(question, holds) && visible && enabled;
  if (Helpers.isValueEmpty(value) || (blank && required)) {
    if (required) return [{ at, issue: 'answer required' }];
    // A hidden template question's filled value is dropped again on complete.
    return sent && visible && fillsDefault(question, context) ? [{ at, issue: FILLED_BY_DEFAULT }] : [];
  }
  if (isComputedDefault(question, value, context)) return [];
  // A hidden cell's answer is kept by survey-core, but only once it passed the cell's own check.
  return issuesOf(question.answer, at, value, context);
}

/**
 * The problems of one entry (`{}` for a row or panel survey-core shows without an answer), its
 * conditions run on `context` (the answer set with {row} / {panel} set by the caller). `sent`:
 * the entry is part of a sent answer, not one shown for a question left without an answer.
 */
export function entryIssues(entry: unknown, context: Values, rules: EntryRules, sent = true): NestedIssue[] {
  if (!isPlainObject(entry)) return [{ at: '', issue: 'expected an object' }];
  const issues: NestedIssue[] = Object.keys(entry)
    .filter((key) => !rules.questions.some((question) => question.name === key) && !rules.beside?.has(key))
    .map((key) => ({ at: `.${key}`, issue: rules.unknownKey }));
  for (const question of rules.questions) {
    const hidden =
      rules.hiddenValues === 'refuse' &&
      !Helpers.isValueEmpty(entry[question.name]) &&
      !question.visibleIf.every((runner) => runner.runValues(context) === true);
    if (hidden) issues.push({ at: `.${question.name}`, issue: 'question is hidden by logic' });
    else issues.push(...questionIssues(question, entry, context, sent));
  }
  return issues;
}
