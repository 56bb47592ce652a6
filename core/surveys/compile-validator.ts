import type { ConditionRunner } from 'survey-core';
import { InvalidDefinition, type FieldIssue } from '../errors';
import { readSurvey, type SurveyStructure } from './collect-questions';
import { compositeChoiceValues } from './composite/composite-choice-values';
import type { PartCheck } from './composite/part-check';
import { siblingIssues, siblingKeys } from './composite/sibling-keys';
import { problemOf, type DefinitionProblem } from './definition-problem';
import {
  completedAnswers,
  indexAnswers,
  questionIssue,
  requiredPanelIssue,
  setOwn,
  type AnswerIndex,
  type Judge,
} from './judge-answers';

export type ValidationResult =
  { ok: true; answers: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

export interface SurveyValidator {
  questionNames: string[];
  /** ok: `answers` is what survey-core's completed data would be (hidden answers dropped, computed values recomputed). */
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
export function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The values conditions run on: "no answer" (null, '', []) left out, as survey-core's model judges
 * a submitted answer set, and the computed values (expression questions, calculatedValues) put
 * in, recomputed. Its expression engine alone would compare '' <= 3 as true.
 */
function conditionValues(
  answers: Record<string, unknown>,
  structure: SurveyStructure,
): Record<string, unknown> {
  let anyMissing = false;
  for (const key in answers) if (isMissing(answers[key])) anyMissing = true;
  if (!anyMissing && structure.computed.length === 0) return answers;
  const values: Record<string, unknown> = {};
  for (const key in answers) {
    const value = answers[key];
    if (!isMissing(value)) setOwn(values, key, value);
  }
  for (const { key, runner } of structure.computed) {
    delete values[key];
    const result: unknown = runner.runValues(values);
    if (!isMissing(result)) values[key] = result;
  }
  return values;
}

function allowedKeys(structure: SurveyStructure, siblings: ReadonlyMap<string, PartCheck>): Set<string> {
  const keys = new Set<string>([...structure.computed.map((c) => c.key), ...siblings.keys()]);
  for (const { key, commentKey } of structure.questions) {
    keys.add(key);
    if (commentKey !== null) keys.add(commentKey);
  }
  return keys;
}

function validateWith(
  structure: SurveyStructure,
  index: AnswerIndex,
  keys: { allowed: Set<string>; siblings: ReadonlyMap<string, PartCheck> },
  answers: unknown,
): ValidationResult {
  const { allowed, siblings } = keys;
  if (!isPlainObject(answers))
    return { ok: false, issues: [{ field: '(body)', issue: 'expected an object of answers' }] };
  const issues: FieldIssue[] = Object.keys(answers)
    .filter((key) => !allowed.has(key))
    .map((field) => ({ field, issue: 'unknown question' }));
  const values = conditionValues(answers, structure);
  // A page's condition is shared by its questions: run each condition once per answer set.
  const results = new Map<ConditionRunner, boolean>();
  const holds = (runner: ConditionRunner) => {
    let result = results.get(runner);
    if (result === undefined) results.set(runner, (result = runner.runValues(values) === true));
    return result;
  };
  const judge: Judge = { answers, values, holds, structure, index };
  for (const question of structure.questions) {
    for (const issue of questionIssue(question, judge))
      if (!issues.some((i) => i.field === issue.field && i.issue === issue.issue)) issues.push(issue);
  }
  for (const panel of structure.panels) {
    const issue = requiredPanelIssue(panel, judge);
    if (issue !== null) issues.push({ field: panel.name, issue });
  }
  // Keys composite questions write beside their own ("md-total").
  if (siblings.size > 0) issues.push(...siblingIssues(siblings, answers, values));
  return issues.length === 0 ? { ok: true, answers: completedAnswers(judge) } : { ok: false, issues };
}

/** Every problem of a definition, each naming its element; empty when it compiles. */
export function listDefinitionProblems(surveyJson: unknown, source: string): DefinitionProblem[] {
  try {
    return readSurvey(surveyJson, source).problems;
  } catch (error) {
    if (!(error instanceof InvalidDefinition)) throw error;
    return [problemOf(error)];
  }
}

/**
 * Compiles a SurveyJS JSON definition (types, choices, ranges, validators, and the logic via
 * survey-core's expression engine) into a validator of submitted answers. Throws InvalidDefinition
 * naming `source` and the element of the first problem (listDefinitionProblems lists all).
 */
export function compileValidator(surveyJson: unknown, source: string): CompiledSurveyValidator {
  const structure = readSurvey(surveyJson, source);
  const [first] = structure.problems;
  if (first !== undefined) throw new InvalidDefinition(source, first.element, first.message);
  // A Map, not an object: an answer key such as "constructor" must not find Object.prototype.
  const byKey = new Map(structure.questions.map((q) => [q.key, q] as const).reverse());
  const siblings = siblingKeys(structure.questions);
  const keys = { allowed: allowedKeys(structure, siblings), siblings };
  const index = indexAnswers(structure);
  return {
    questionNames: [...new Set(structure.questions.map((q) => q.key))],
    validate: (answers) => validateWith(structure, index, keys, answers),
    choiceValues: (path) =>
      byKey.get(path)?.answer.values ?? compositeChoiceValues(structure.questions, path),
  };
}
