import type { ConditionRunner } from 'survey-core';
import type { FieldIssue } from '../errors';
import { collectQuestions, type SurveyQuestion } from './collect-questions';
import { compositeChoiceValues } from './composite/composite-choice-values';
import type { PartCheck } from './composite/part-check';
import { siblingIssues, siblingKeys } from './composite/sibling-keys';
import { isEmptyComposite, issuesOf, issuesWhenMissing, type NestedIssue } from './composite/nested-check';

export type ValidationResult =
  { ok: true; answers: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

export interface SurveyValidator {
  questionNames: string[];
  validate(answers: unknown): ValidationResult;
  /**
   * The values a single answer to this question can take (choices, scale points, the two boolean
   * values), typed as in the JSON; undefined for an unknown question or one without a fixed set of
   * single values (free text, number input, checkbox lists). Also takes an item path below a
   * composite question (survey-contract.md): `m.row`, `md.row.col`, `r.choice` (positions 1..n),
   * `p[].q`, `md[].col`.
   */
  choiceValues?(name: string): readonly unknown[] | undefined;
}

/** What compileValidator returns: a validator that always knows its questions' values. */
export type CompiledSurveyValidator = SurveyValidator & Required<Pick<SurveyValidator, 'choiceValues'>>;

/** SurveyJS treats these as "no answer" (Helpers.isValueEmpty, for the types we accept). */
function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

const NO_ISSUES: readonly FieldIssue[] = Object.freeze([]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The values conditions run on: "no answer" (null, '', []) left out, as survey-core's model judges
 * a submitted answer set. Its expression engine alone would compare '' <= 3 as true and so show a
 * question, for instance the grade 0-3 pages to a pupil who gave no grade.
 */
function conditionValues(answers: Record<string, unknown>): Record<string, unknown> {
  if (!Object.values(answers).some(isMissing)) return answers;
  // fromEntries, not assignment: an answer key "__proto__" must stay a plain key.
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => !isMissing(value)));
}

/** Nested issues under the question's name; a plain function, not a closure per question (hot path). */
function fieldIssues(name: string, nested: readonly NestedIssue[]): readonly FieldIssue[] {
  return nested.length === 0 ? NO_ISSUES : nested.map(({ at, issue }) => ({ field: name + at, issue }));
}

/** The issues, if any, for a question; logic first, since a hidden question's value is moot. */
function questionIssues(
  question: SurveyQuestion,
  answers: Record<string, unknown>,
  values: Record<string, unknown>,
  holds: (runner: ConditionRunner) => boolean,
): readonly FieldIssue[] {
  const { name, answer } = question;
  const value = answers[name];
  const visible = question.visibleIf.every(holds);
  const enabled = question.enableIf.every(holds);
  if (isMissing(value) || isEmptyComposite(answer, value)) {
    // A question the respondent cannot see or change cannot be required of them.
    const required = question.isRequired || (question.requiredIf ? holds(question.requiredIf) : false);
    if (!visible || !enabled) return NO_ISSUES;
    if (required) return [{ field: name, issue: 'answer required' }];
    return fieldIssues(name, issuesWhenMissing(answer, value, values));
  }
  if (!visible) return [{ field: name, issue: 'question is hidden by logic' }];
  if (!enabled) return [{ field: name, issue: 'question is disabled by logic' }];
  return fieldIssues(name, issuesOf(answer, '', value, values));
}

function validateWith(
  questions: Map<string, SurveyQuestion>,
  siblings: ReadonlyMap<string, PartCheck>,
  answers: unknown,
): ValidationResult {
  if (!isPlainObject(answers))
    return { ok: false, issues: [{ field: '(body)', issue: 'expected an object of answers' }] };
  const issues: FieldIssue[] = Object.keys(answers)
    .filter((key) => !questions.has(key) && !siblings.has(key))
    .map((field) => ({ field, issue: 'unknown question' }));
  const values = conditionValues(answers);
  // A page's condition is shared by its questions: run each condition once per answer set.
  const results = new Map<ConditionRunner, boolean>();
  const holds = (runner: ConditionRunner) => {
    let result = results.get(runner);
    if (result === undefined) results.set(runner, (result = runner.runValues(values) as boolean));
    return result;
  };
  for (const question of questions.values()) {
    issues.push(...questionIssues(question, answers, values, holds));
  }
  if (siblings.size > 0) issues.push(...siblingIssues(siblings, answers, values));
  return issues.length === 0 ? { ok: true, answers } : { ok: false, issues };
}

/**
 * Compiles a SurveyJS JSON definition (types, choices, ranges, and visibleIf / enableIf /
 * requiredIf via survey-core) into a validator of submitted answers. Throws InvalidDefinition
 * naming `source` and the element when the definition uses something we cannot validate.
 */
export function compileValidator(surveyJson: unknown, source: string): CompiledSurveyValidator {
  // A Map, not an object: an answer key such as "constructor" must not find Object.prototype.
  const questions = new Map(collectQuestions(surveyJson, source).map((q) => [q.name, q]));
  const siblings = siblingKeys(questions.values());
  return {
    questionNames: [...questions.keys()],
    validate: (answers) => validateWith(questions, siblings, answers),
    choiceValues: (path) => questions.get(path)?.answer.values ?? compositeChoiceValues(questions, path),
  };
}
