import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Helpers, Model, type Question, type SurveyError } from 'survey-core';
import type { FieldIssue } from '../../../../core/errors';
import type { CompiledSurveyValidator } from '../../../../core/surveys/compile-validator';
import { browserAnswers, headlessModel, rawAnswers, respondentModel, type Answers } from './respondent';

/**
 * survey-core's verdict on a submitted set, as test/core/surveys/validator-agrees-with-survey-core
 * .test.ts defines it: `data = answers`, `validate(true)` on every visible page, then `doComplete()`
 * (clearInvisibleValues drops or changes answers hidden by logic). The fields survey-core objects
 * to are those with an error (on the question or on a question inside it: a cell, a panel's
 * question, an item) and those whose non-empty answer completion dropped or changed, except an
 * answer to a hidden question that completion drops (our validator drops it too); our validator
 * rejects exactly those (it rejects what survey-core silently drops or coerces).
 */
export interface SurveyCoreVerdict {
  errors: { field: string; type: string }[];
  changed: string[];
  completed: Answers;
}

export type DisagreementKind =
  | 'validator threw'
  | 'we accept, survey-core objects'
  | 'we reject, survey-core accepts'
  | 'both reject, different fields'
  | 'both accept, answers differ';

export interface Disagreement {
  kind: DisagreementKind;
  set: 'browser' | 'raw';
  answers: Answers;
  ours: FieldIssue[] | Answers | string;
  surveyCore: { errors: SurveyCoreVerdict['errors']; changed: string[]; completed: Answers };
}

/** A warning or note (notificationType) shows beside the question but does not stop completion. */
const blocks = (error: SurveyError) =>
  error.notificationType !== 'warning' && error.notificationType !== 'info';

function errorsOf(question: Question): string[] {
  const inside = question.getNestedQuestions(true, true).filter((nested) => nested !== question);
  return [question, ...inside].flatMap((q) => q.errors.filter(blocks).map((error) => error.getErrorType()));
}

/** A required panel left empty: the error is the panel's, named by the panel's name. */
function panelErrors(model: Model): { field: string; type: string }[] {
  return model
    .getAllPanels()
    .filter((panel) => panel.isVisible)
    .flatMap((panel) =>
      (panel as unknown as { errors: SurveyError[] }).errors.map((error) => ({
        field: panel.name,
        type: error.getErrorType(),
      })),
    );
}

/**
 * A model to judge with: with inputPerPage, validate() checks only the input on screen; a browser
 * checks each one as the respondent moves on, so the verdict judges the inputs all at once.
 */
function judgeModel(survey: unknown): Model {
  const judge = headlessModel(survey);
  if (judge.questionsOnPageMode === 'inputPerPage') judge.questionsOnPageMode = 'standard';
  return judge;
}

/** survey-core's verdict from a model built for this set alone, as a server would build one. */
export function judgeWithFreshModel(survey: unknown, answers: Answers): SurveyCoreVerdict {
  return verdictOf(judgeModel(survey), answers);
}

function verdictOf(model: Model, answers: Answers): SurveyCoreVerdict {
  model.data = answers;
  model.validate(true);
  // validate() skips a start page (firstPageIsStartPage), but a browser's Start button checks it
  // (SurveyModel.start) before any answer can be sent.
  if (model.firstPageIsStartPage) model.startPage?.validate(true);
  const errors = model
    .getAllQuestions()
    .filter((question) => question.isVisibleInSurvey) // hidden ones may keep errors of an earlier set
    .flatMap((question) => errorsOf(question).map((type) => ({ field: question.getValueName(), type })))
    .concat(panelErrors(model));
  // Answers to questions hidden by logic: completion drops them without an error, and so does our
  // validator (issue 21) — not an objection. A visible question's answer dropped or changed is.
  const visibleKeys = new Set(
    model
      .getAllQuestions()
      .filter((q) => q.isVisibleInSurvey)
      .map((q) => q.getValueName()),
  );
  model.doComplete();
  const completed = JSON.parse(JSON.stringify(model.data)) as Answers;
  const changed = Object.keys(answers).filter(
    (key) =>
      !Helpers.isValueEmpty(answers[key]) &&
      !isDeepStrictEqual(answers[key], completed[key]) &&
      (Object.hasOwn(completed, key) || visibleKeys.has(key) || !isQuestionKey(model, key)),
  );
  return { errors, changed, completed };
}

function isQuestionKey(model: Model, key: string): boolean {
  return model.getAllQuestions().some((q) => q.getValueName() === key);
}

/** The answer key an issue field is about: `m.row`, `p[2].q` and `md[0].col` are about m, p, md. */
function answerKey(field: string, keys: string[]): string {
  const owner = keys
    .filter((key) => field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`))
    .sort((a, b) => b.length - a.length)[0];
  return owner ?? field.split(/[.[]/)[0]!;
}

/**
 * Text over its length limit: survey-core only stops the browser's input there, the validator refuses
 * it (deliberate difference 'text-length', core/surveys/deliberate-differences.ts).
 */
const isOverLengthLimit = (issue: FieldIssue) => /^longer than \d+ characters$/.test(issue.issue);

function disagreement(
  validator: CompiledSurveyValidator,
  verdict: SurveyCoreVerdict,
  answers: Answers,
  questionKeys: string[],
): Omit<Disagreement, 'set'> | null {
  const surveyCore = { errors: verdict.errors, changed: verdict.changed, completed: verdict.completed };
  const objected = new Set([...verdict.errors.map((e) => e.field), ...verdict.changed]);
  let ours;
  try {
    ours = validator.validate(answers);
  } catch (error) {
    return { kind: 'validator threw', answers, ours: String(error), surveyCore };
  }
  // A key completion drops without an error is no objection where our validator drops it too.
  const droppedSilently = (key: string) =>
    !Object.hasOwn(verdict.completed, key) && !verdict.errors.some((error) => error.field === key);
  if (ours.ok) {
    // A comment key completion drops (a comment beside no answer) that our validator drops too.
    const bothDropped = (key: string) => droppedSilently(key) && !Object.hasOwn(ours.answers, key);
    verdict.changed.filter(bothDropped).forEach((key) => objected.delete(key));
    if (objected.size > 0)
      return { kind: 'we accept, survey-core objects', answers, ours: ours.answers, surveyCore };
    if (isDeepStrictEqual(ours.answers, verdict.completed)) return null;
    return { kind: 'both accept, answers differ', answers, ours: ours.answers, surveyCore };
  }
  const keys = [...Object.keys(answers), ...questionKeys];
  const named = new Set(ours.issues.map((issue) => answerKey(issue.field, keys)));
  // Both refuse: an other text or comment completion would drop (beside no "other") is no cause of
  // refusal on either side when we do not name it — our validator drops it once the set is
  // accepted, as above. Any other key survey-core drops stays an objection (we refuse those).
  const isCommentKey = (key: string) => questionKeys.some((question) => key === `${question}-Comment`);
  verdict.changed
    .filter((key) => isCommentKey(key) && droppedSilently(key) && !named.has(key))
    .forEach((key) => objected.delete(key));
  if (objected.size === 0 && !ours.issues.every(isOverLengthLimit))
    return { kind: 'we reject, survey-core accepts', answers, ours: ours.issues, surveyCore };
  if (objected.size === 0) return null;
  if (isDeepStrictEqual([...named].sort(), [...objected].sort())) return null;
  return { kind: 'both reject, different fields', answers, ours: ours.issues, surveyCore };
}

/**
 * The disagreement on one set, judged by a model built for that set alone. A model reused between
 * sets keeps state a fresh one has not (a requiredIf or an "other" default judged on an earlier
 * set's answers, a matrix's rows as that set left them, rows without their columns' defaults), and
 * judging with one first hid disagreements a fresh model shows; a fresh model per set costs more.
 */
export function disagreementOn(
  survey: unknown,
  validator: CompiledSurveyValidator,
  answers: Answers,
): Omit<Disagreement, 'set'> | null {
  const model = judgeModel(survey);
  const questionKeys = model.getAllQuestions().map((q) => q.getValueName());
  return disagreement(validator, verdictOf(model, answers), answers, questionKeys);
}

export interface ComparisonRuns {
  browserRuns: number;
  rawRuns: number;
  seed: number;
}

/**
 * Compares the two verdicts on `browserRuns` browser-shaped and `rawRuns` raw answer sets (fixed
 * seed), each judged as disagreementOn does; every disagreement is returned, not only the first.
 */
export function compareWithSurveyCore(
  survey: unknown,
  validator: CompiledSurveyValidator,
  { browserRuns, rawRuns, seed }: ComparisonRuns,
): { sets: number; disagreements: Disagreement[] } {
  const respondent = respondentModel(survey);
  const disagreements: Disagreement[] = [];
  const runs = [
    ...fc.sample(fc.gen(), { seed, numRuns: browserRuns }).map((g) => ({ g, set: 'browser' as const })),
    ...fc.sample(fc.gen(), { seed: seed + 1, numRuns: rawRuns }).map((g) => ({ g, set: 'raw' as const })),
  ];
  for (const { g, set } of runs) {
    const draw = <T>(arbitrary: fc.Arbitrary<T>) => g(() => arbitrary);
    const answers = set === 'browser' ? browserAnswers(survey, draw) : rawAnswers(respondent, draw);
    const found = disagreementOn(survey, validator, answers);
    if (found !== null) disagreements.push({ ...found, set });
  }
  return { sets: runs.length, disagreements };
}
