import type { ConditionRunner } from 'survey-core';
import type { FieldIssue } from '../errors';
import { commentKeyOf, keepsComment } from './choice-options';
import type { RequiredPanel, SurveyQuestion, SurveyStructure, Visibility } from './collect-questions';
import { freeTextCheck } from './compile-answer-check';

/** One answer set being judged: as submitted, as conditions see it, and its conditions' results. */
export interface Judge {
  answers: Record<string, unknown>;
  values: Record<string, unknown>;
  holds(runner: ConditionRunner): boolean;
  structure: SurveyStructure;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Question.isEmpty for required: whitespace-only text is no answer (survey-core trims; its
 * allowSpaceAsAnswer is not read from JSON).
 */
function isUnanswered(value: unknown): boolean {
  return isEmpty(value) || (typeof value === 'string' && value.trim() === '');
}

export const isVisible = (element: Visibility, judge: Judge) =>
  !element.alwaysHidden && element.visibleIf.every(judge.holds);
const isEnabled = (element: Visibility, judge: Judge) =>
  !element.alwaysReadOnly && element.enableIf.every(judge.holds);

function commentIssue(question: SurveyQuestion, judge: Judge): FieldIssue | null {
  const field = commentKeyOf(question.key);
  const comment = judge.answers[field];
  if (!question.answer.choiceOptions?.hasCommentKey || isEmpty(comment)) return null;
  const issue = freeTextCheck(judge.structure.commentMaxLength)(comment, judge.values);
  return issue === null ? null : { field, issue };
}

/**
 * The issues of one question. survey-core checks nothing of a hidden or read-only question
 * (checkForErrors, canCollectErrors); we still check the type of an answer it keeps there (a
 * disabled question keeps an earlier answer, clearInvisibleValues "none" a hidden one).
 */
export function questionIssue(question: SurveyQuestion, judge: Judge): FieldIssue[] {
  const value = judge.answers[question.key];
  const visible = isVisible(question, judge);
  const comment = visible || judge.structure.keepsHiddenAnswers ? commentIssue(question, judge) : null;
  const field = question.key;
  const issues = comment === null ? [] : [comment];
  if (!visible && !judge.structure.keepsHiddenAnswers) return issues;
  const active = visible && isEnabled(question, judge);
  if (isUnanswered(value)) {
    const required = question.isRequired || (question.requiredIf ? judge.holds(question.requiredIf) : false);
    if (active && required) return [{ field, issue: 'answer required' }, ...issues];
    if (isEmpty(value)) return issues;
  }
  const issue = question.answer.check(value, judge.values);
  return issue === null ? issues : [{ field, issue }, ...issues];
}

/** survey-core's requireoneanswer: a visible required panel with none of its visible questions answered. */
export function requiredPanelIssue(panel: RequiredPanel, judge: Judge): string | null {
  if (!isVisible(panel, judge) || !isEnabled(panel, judge)) return null;
  const required = panel.isRequired || (panel.requiredIf ? judge.holds(panel.requiredIf) : false);
  if (!required) return null;
  const answered = panel.questions.some((q) => isVisible(q, judge) && !isUnanswered(judge.answers[q.key]));
  return answered ? null : 'answer at least one question';
}

/** Keys survey-core drops on completion: hidden questions' answers, stray comments, submitted computed values. */
function droppedKeys(judge: Judge): Set<string> {
  const { structure, answers } = judge;
  const kept = new Set<string>();
  const dropped = new Set<string>(structure.computed.map((c) => c.key));
  for (const question of structure.questions) {
    const comment = commentKeyOf(question.key);
    // survey-core clears a hidden question's value; an empty one (null, '') stays as it came.
    const shown = structure.keepsHiddenAnswers || isVisible(question, judge);
    if (shown || isEmpty(answers[question.key])) kept.add(question.key);
    else dropped.add(question.key);
    const options = question.answer.choiceOptions;
    if (options?.hasCommentKey && shown && keepsComment(options, answers[question.key])) kept.add(comment);
    else if (options?.hasCommentKey) dropped.add(comment);
  }
  kept.forEach((key) => dropped.delete(key));
  return dropped;
}

/** What survey-core's completed data would be: the answers less dropped keys, plus computed values. */
export function completedAnswers(judge: Judge): Record<string, unknown> {
  const { answers, values, structure } = judge;
  const dropped = droppedKeys(judge);
  const computed = structure.computed.filter(
    (c) => c.kept && (structure.keepsHiddenAnswers || isVisible(c, judge)) && values[c.key] !== undefined,
  );
  const changes =
    Object.keys(answers).some((key) => dropped.has(key)) ||
    computed.some((c) => answers[c.key] !== values[c.key]);
  if (!changes) return answers;
  const result = Object.fromEntries(Object.entries(answers).filter(([key]) => !dropped.has(key)));
  for (const { key } of computed) result[key] = values[key];
  return result;
}
