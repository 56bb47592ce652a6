import fc from 'fast-check';
import { Serializer } from 'survey-core';
import type {
  ItemValue,
  MatrixDropdownRowModelBase,
  PanelModel,
  QuestionBooleanModel,
  Question,
  QuestionCheckboxModel,
  QuestionMatrixDropdownModelBase,
  QuestionMatrixDynamicModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionPanelDynamicModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionSliderModel,
} from 'survey-core';
import { text, typedInput, type Draw } from './typed-input';

/**
 * What a respondent can do to one question in a browser, drawn with fast-check: leave it, or give
 * an answer from its type's space through the question object, so survey-core converts it, runs
 * triggers and expressions and stores it under valueName as the page does. `everywhere` also fills
 * hidden and disabled questions (the raw sets, which a browser cannot send).
 */
export interface Respondent {
  draw: Draw;
  everywhere: boolean;
}

/** Repeated groups get at most this many entries: enough for 0, 1 and several. */
const MAX_ENTRIES = 3;
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const FILE = [{ name: 'note.txt', type: 'text/plain', content: 'data:text/plain;base64,aGVq' }];

function choiceValues(question: QuestionSelectBase): unknown[] {
  const selectAll = (question as QuestionCheckboxModel).selectAllItem as ItemValue | undefined;
  return question.visibleChoices.filter((item) => item !== selectAll).map((item) => item.value as unknown);
}

/** A checkbox or tagbox selection a page allows: none alone, at most maxSelectedChoices. */
function selection(question: QuestionSelectBase, draw: Draw): unknown[] | undefined {
  const values = choiceValues(question);
  if (values.length === 0) return undefined;
  const chosen = draw(fc.subarray(values, { minLength: 1 }));
  const none = question.noneItem?.value as unknown;
  if (chosen.includes(none) && chosen.length > 1)
    return draw(fc.boolean()) ? [none] : chosen.filter((v) => v !== none);
  const max = (question as QuestionCheckboxModel).maxSelectedChoices;
  return max > 0 ? chosen.slice(0, max) : chosen;
}

function answerSelect(question: QuestionSelectBase, respondent: Respondent): void {
  const { draw } = respondent;
  const type = question.getType();
  const multiple =
    type === 'checkbox' ||
    type === 'tagbox' ||
    (type === 'imagepicker' && question.getPropertyValue('multiSelect') === true);
  if (type === 'ranking') {
    const order = draw(
      fc.shuffledSubarray(choiceValues(question), {
        minLength:
          question.getPropertyValue('selectToRankEnabled') === true ? 0 : choiceValues(question).length,
      }),
    );
    if (order.length > 0) question.value = order;
  } else if (multiple) {
    const chosen = selection(question, draw);
    if (chosen !== undefined) question.value = chosen;
  } else {
    const values = choiceValues(question);
    if (values.length > 0) question.value = draw(fc.constantFrom(...values));
  }
  if (question.isOtherSelected && draw(fc.nat(3)) > 0) question.otherValue = text(question, draw);
}

function answerMatrix(question: QuestionMatrixModel, { draw }: Respondent): void {
  const columns = question.visibleColumns.map((column: ItemValue) => column.value as unknown);
  if (columns.length === 0) return;
  for (const row of question.visibleRows)
    if (draw(fc.nat(3)) > 0) row.value = draw(fc.constantFrom(...columns));
}

function answerRows(rows: MatrixDropdownRowModelBase[], respondent: Respondent): void {
  for (const row of rows) for (const cell of row.cells) answerQuestion(cell.question, respondent);
}

function answerPanels(panels: PanelModel[], respondent: Respondent): void {
  for (const panel of panels) for (const question of panel.questions) answerQuestion(question, respondent);
}

function answerComposite(question: Question, respondent: Respondent): boolean {
  const { draw } = respondent;
  switch (question.getType()) {
    case 'matrix':
      return (answerMatrix(question as QuestionMatrixModel, respondent), true);
    case 'matrixdynamic': {
      const matrix = question as QuestionMatrixDynamicModel;
      const wanted = draw(fc.nat(MAX_ENTRIES));
      while (matrix.rowCount < wanted && matrix.canAddRow) matrix.addRow();
      return (answerRows(matrix.visibleRows, respondent), true);
    }
    case 'matrixdropdown':
      return (answerRows((question as QuestionMatrixDropdownModelBase).visibleRows, respondent), true);
    case 'paneldynamic': {
      const dynamic = question as QuestionPanelDynamicModel;
      const wanted = draw(fc.nat(MAX_ENTRIES));
      while (dynamic.panelCount < wanted && dynamic.canAddPanel) dynamic.addPanel();
      return (answerPanels(dynamic.panels, respondent), true);
    }
    case 'multipletext':
      for (const item of (question as QuestionMultipleTextModel).items)
        answerQuestion(item.editor, respondent);
      return true;
    default:
      return false;
  }
}

function answerSimple(question: Question, respondent: Respondent): void {
  const { draw } = respondent;
  const type = question.getType();
  if (Serializer.isDescendantOf(type, 'selectbase'))
    return answerSelect(question as QuestionSelectBase, respondent);
  if (type === 'rating') {
    const values = (question as QuestionRatingModel).visibleRateValues.map((item) => item.value as unknown);
    if (values.length > 0) question.value = draw(fc.constantFrom(...values));
  } else if (type === 'boolean') (question as QuestionBooleanModel).booleanValue = draw(fc.boolean());
  else if (type === 'text') question.value = typedInput(question, draw);
  else if (type === 'comment') question.value = text(question, draw);
  else if (type === 'slider') {
    const slider = question as QuestionSliderModel;
    const point = () => draw(fc.integer({ min: slider.min, max: Math.max(slider.min, slider.max) }));
    question.value = slider.sliderType === 'range' ? [point(), point()].sort((a, b) => a - b) : point();
  } else if (type === 'signaturepad') question.value = SIGNATURE;
  else if (type === 'file') question.value = FILE;
  else if (type === 'imagemap') answerImageMap(question, draw);
}

/** An image map: the visible areas clicked (one, or several with multiSelect). */
function answerImageMap(question: Question, draw: Draw): void {
  const areas = question.getPropertyValue('areas') as ItemValue[];
  const values = areas.filter((area) => area.isVisible).map((area) => area.value as unknown);
  if (values.length === 0) return;
  if (question.getPropertyValue('multiSelect') === false) question.value = draw(fc.constantFrom(...values));
  else question.value = draw(fc.subarray(values, { minLength: 1 }));
}

/** Answers (or leaves) one question as a respondent could; composite questions entry by entry. */
export function answerQuestion(question: Question, respondent: Respondent): void {
  const { draw, everywhere } = respondent;
  if (!everywhere && (!question.isVisible || question.isReadOnly)) return;
  if (answerComposite(question, respondent)) return;
  if (draw(fc.nat(4)) === 0) return; // left unanswered
  answerSimple(question, respondent);
  if (question.getPropertyValue('showCommentArea') === true && draw(fc.boolean()))
    question.comment = text(question, draw);
}
