import type { ConditionRunner } from 'survey-core';
import type { FieldIssue } from '../errors';
import { keepsComment } from './choice-options';
import type { RequiredPanel, SurveyQuestion, SurveyStructure, Visibility } from './collect-questions';
import { freeTextCheck } from './compile-answer-check';
import {
  isCompositeCheck,
  isEmptyComposite,
  issuesOf,
  issuesWhenMissing,
  type NestedIssue,
} from './composite/nested-check';

/** One answer set being judged: as submitted, as conditions see it, and its conditions' results. */
export interface Judge {
  answers: Record<string, unknown>;
  values: Record<string, unknown>;
  holds(runner: ConditionRunner): boolean;
  structure: SurveyStructure;
  index: AnswerIndex;
}

/** Built once per definition: who owns each answer key, so completing looks only at submitted keys. */
export interface AnswerIndex {
  questionsByKey: Map<string, SurveyQuestion[]>;
  commentOwners: Map<string, SurveyQuestion>;
  computedKeys: Set<string>;
  /** Questions survey-core completes an empty answer of (matrices fill rows with defaults). */
  completing: SurveyQuestion[];
}

export function indexAnswers(structure: SurveyStructure): AnswerIndex {
  const questionsByKey = new Map<string, SurveyQuestion[]>();
  const commentOwners = new Map<string, SurveyQuestion>();
  for (const question of structure.questions) {
    questionsByKey.set(question.key, [...(questionsByKey.get(question.key) ?? []), question]);
    if (question.commentKey !== null) commentOwners.set(question.commentKey, question);
  }
  const completing = structure.questions.filter((question) => completionOf(question) !== undefined);
  return {
    questionsByKey,
    commentOwners,
    computedKeys: new Set(structure.computed.map((c) => c.key)),
    completing,
  };
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
  const field = question.commentKey;
  if (field === null) return null;
  const comment = judge.answers[field];
  if (isEmpty(comment)) return null;
  const issue = freeTextCheck(judge.structure.commentMaxLength)(comment, judge.values);
  return issue === null ? null : { field, issue };
}

const NO_ISSUES: FieldIssue[] = [];

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
  const issues = comment === null ? NO_ISSUES : [comment];
  if (!visible && !judge.structure.keepsHiddenAnswers) return issues;
  const active = visible && isEnabled(question, judge);
  const { answer } = question;
  const emptyComposite = isEmptyComposite(answer, value);
  if (isUnanswered(value) || emptyComposite) {
    const required = question.isRequired || (question.requiredIf ? judge.holds(question.requiredIf) : false);
    if (active && required) return [{ field, issue: 'answer required' }, ...issues];
    // survey-core still shows a matrixdynamic's rows or a paneldynamic's panels, and checks them.
    if (isEmpty(value) || emptyComposite)
      return active
        ? [
            ...fieldIssues(field, issuesWhenMissing(answer, value, judge.values)),
            ...emptyIssues(question, judge),
            ...issues,
          ]
        : issues;
  }
  return [...fieldIssues(field, issuesOf(answer, '', value, judge.values)), ...issues];
}

/**
 * What the question's expression validators say of its empty answer (survey-core runs them too).
 * Conditions see no '' or [] (conditionValues), but survey-core's validator sees the value as sent:
 * `{q} < 5` holds for '' (as in JavaScript) and fails for null.
 */
function emptyIssues(question: SurveyQuestion, judge: Judge): FieldIssue[] {
  const { checkEmpty } = question.answer;
  if (checkEmpty === undefined) return NO_ISSUES;
  const value = judge.answers[question.key];
  const values =
    value === undefined || value === null ? judge.values : { ...judge.values, [question.key]: value };
  const issue = checkEmpty(value, values);
  return issue === null ? NO_ISSUES : [{ field: question.key, issue }];
}

/** Nested issues under the question's key ("m.row", "p[2].q"); a plain check's issue at the key. */
function fieldIssues(field: string, nested: readonly NestedIssue[]): FieldIssue[] {
  return nested.length === 0 ? NO_ISSUES : nested.map(({ at, issue }) => ({ field: field + at, issue }));
}

/** survey-core's requireoneanswer: a visible required panel with none of its visible questions answered. */
export function requiredPanelIssue(panel: RequiredPanel, judge: Judge): string | null {
  if (!isVisible(panel, judge) || !isEnabled(panel, judge)) return null;
  const required = panel.isRequired || (panel.requiredIf ? judge.holds(panel.requiredIf) : false);
  if (!required) return null;
  const answered = panel.questions.some((q) => isVisible(q, judge) && !isUnanswered(judge.answers[q.key]));
  return answered ? null : 'answer at least one question';
}

/** Whether survey-core keeps a submitted key on completion (hidden answers and stray comments go). */
function keepsKey(key: string, judge: Judge): boolean {
  const { answers, structure, index } = judge;
  if (index.computedKeys.has(key)) return false;
  const questions = index.questionsByKey.get(key);
  // survey-core clears a hidden question's value; an empty one (null, '') stays as it came.
  if (questions !== undefined) {
    const value = answers[key];
    const dropsEmpty = value === '' && !structure.keepsHiddenAnswers;
    if (dropsEmpty && questions.some((q) => q.answer.dropsEmptyText === true)) return false;
    return structure.keepsHiddenAnswers || isEmpty(value) || questions.some((q) => isVisible(q, judge));
  }
  const owner = index.commentOwners.get(key);
  if (owner === undefined) return true;
  // Clearing a comment to '' changes nothing when it is '' or null already, so those stay as sent.
  if (answers[key] === '' || answers[key] === null) return true;
  const shown = structure.keepsHiddenAnswers || isVisible(owner, judge);
  // A comment area of a question without choices is kept as it came; of a choice question, see keepsComment.
  const { choiceOptions } = owner.answer;
  return shown && (choiceOptions === undefined || keepsComment(choiceOptions, answers[owner.key]));
}

/** What survey-core's completed data would be: the answers less dropped keys, plus computed values. */
export function completedAnswers(judge: Judge): Record<string, unknown> {
  const { answers, values, structure } = judge;
  let result: Record<string, unknown> | null = null;
  for (const key in answers) {
    if (keepsKey(key, judge)) continue;
    // Copied on the first dropped key; defineProperty keeps a key "__proto__" a plain key.
    result ??= copyOf(answers);
    delete result[key];
  }
  result = completeEmptyAnswers(judge, result);
  for (const c of structure.computed) {
    const shown =
      c.kept && (structure.keepsHiddenAnswers || isVisible(c, judge)) && values[c.key] !== undefined;
    // A submitted computed key was deleted above (result exists): put the computed value back.
    if (shown && (result !== null || answers[c.key] !== values[c.key]))
      (result ??= copyOf(answers))[c.key] = values[c.key];
  }
  return result ?? answers;
}

/** How survey-core completes the question's empty answer, if it does: see CompositeCheck. */
function completionOf({ answer, onFirstPage }: SurveyQuestion) {
  if (!isCompositeCheck(answer)) return undefined;
  const later = onFirstPage ? undefined : answer.completedOnLaterPage?.bind(answer);
  return later ?? answer.completedWhenEmpty?.bind(answer);
}

/**
 * Empty answers to visible questions survey-core completes (a matrix's rows with their defaults,
 * or none): `result` is the answers as completed so far, null while unchanged.
 */
function completeEmptyAnswers(
  judge: Judge,
  completed: Record<string, unknown> | null,
): Record<string, unknown> | null {
  const { answers, index } = judge;
  let result = completed;
  for (const question of index.completing) {
    const { key, answer } = question;
    const value = answers[key];
    const complete = completionOf(question);
    if (complete === undefined || !isCompositeCheck(answer)) continue;
    if (!(isEmpty(value) || isEmptyComposite(answer, value))) continue;
    if (!isVisible(question, judge)) continue;
    const filled = complete(value, judge.values);
    if (filled === value) continue;
    result ??= copyOf(answers);
    if (filled === undefined) delete result[key];
    else setOwn(result, key, filled);
  }
  return result;
}

/** copy[key] = value, except that a key "__proto__" stays a plain key (defineProperty, slower). */
export function setOwn(copy: Record<string, unknown>, key: string, value: unknown): void {
  if (key !== '__proto__') copy[key] = value;
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
}

function copyOf(answers: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in answers) setOwn(copy, key, answers[key]);
  return copy;
}
