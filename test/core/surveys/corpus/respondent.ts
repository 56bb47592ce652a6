import fc from 'fast-check';
import { Model, type PageModel, type QuestionMatrixDynamicModel } from 'survey-core';
import { answerQuestion } from './question-answers';
import type { Draw } from './typed-input';

export type Answers = Record<string, unknown>;

/**
 * A survey-core model without a page around it: scrolling to a question (a skip trigger, focusing
 * the first error) needs a document, so it is cancelled through survey-core's own event.
 */
export function headlessModel(survey: unknown): Model {
  const model = new Model(survey);
  model.onScrollToTop.add((_, options) => {
    options.cancel = true;
  });
  return model;
}

/** Through JSON, as over HTTP (and plain objects of this realm for Jest's equality). */
function submitted(model: Model): Answers {
  return JSON.parse(JSON.stringify(model.data)) as Answers;
}

function answerPage(page: PageModel, draw: Draw): void {
  for (const question of page.questions)
    if (question.isVisibleInSurvey) answerQuestion(question, { draw, everywhere: false });
}

/**
 * The model a respondent drives, reused between answer sets (a model costs as much to build as a
 * set costs to draw): reset, it starts again from the definition's defaults and row counts.
 */
export interface RespondentModel {
  model: Model;
  rowCounts: Map<QuestionMatrixDynamicModel, number>;
}

export function respondentModel(survey: unknown): RespondentModel {
  const model = headlessModel(survey);
  const matrices = model
    .getAllQuestions()
    .filter((q) => q.getType() === 'matrixdynamic') as QuestionMatrixDynamicModel[];
  return { model, rowCounts: new Map(matrices.map((matrix) => [matrix, matrix.rowCount])) };
}

/** Each dynamic matrix's rowCount as the definition has it: clear() keeps added or removed rows. */
function restoreRowCounts({ model, rowCounts }: RespondentModel): Model {
  rowCounts.forEach((count, matrix) => (matrix.rowCount = count));
  return model;
}

function reset(respondent: RespondentModel): Model {
  respondent.model.clear(true, true); // answers, variables and panels as built; defaults set again
  return restoreRowCounts(respondent);
}

/**
 * A browser-shaped answer set: a survey-core Model built for this set alone (a reused one, reset,
 * leaves out the defaults a fresh page writes into a dynamic matrix's rows) driven as a respondent would, page by page
 * through the visible pages, answering or leaving each visible, enabled question, so that
 * triggers, expressions, calculatedValues, clearInvisibleValues and valueName act as in a browser.
 * The set is the model's data when the respondent presses Complete (before survey-core's own
 * completion, which the verdict runs).
 */
export function browserAnswers(survey: unknown, draw: Draw): Answers {
  const model = headlessModel(survey);
  // A start page (firstPageIsStartPage) is filled in before the survey starts.
  const start = model.firstPageIsStartPage ? model.pages[0] : undefined;
  if (start?.isVisible === true) answerPage(start, draw);
  // Visibility changes as answers are given: recount the pages after each one.
  for (let index = 0; index < model.visiblePages.length; index++) {
    const page = model.visiblePages[index]!;
    model.currentPage = page;
    answerPage(page, draw);
  }
  return submitted(model);
}

/**
 * A raw answer set a browser cannot send: every question answered or left regardless of logic
 * (answers to hidden and disabled questions, both branches at once), and some answers replaced by
 * an empty one (null, '', []), which SurveyJS takes as no answer.
 */
export function rawAnswers(respondent: RespondentModel, draw: Draw): Answers {
  const model = reset(respondent);
  for (const question of model.getAllQuestions()) answerQuestion(question, { draw, everywhere: true });
  const answers = submitted(model);
  // A comment or other text emptied is null or '': survey-core takes [] there as a text given.
  for (const key of Object.keys(answers))
    if (draw(fc.nat(7)) === 0)
      answers[key] = draw(
        fc.constantFrom<unknown>(...(key.endsWith('-Comment') ? [null, ''] : [null, '', []])),
      );
  return answers;
}
