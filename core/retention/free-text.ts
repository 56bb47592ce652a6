import { surveyElements } from '../surveys/survey-elements';

/**
 * The free text in answers: what a respondent wrote in their own words (comment boxes, text
 * fields, "other, namely" and comment areas, stored under `<name>-Comment`). Retention removes it
 * sooner than the rest; scoring never reads it, so the indicators stay the same.
 */
const NUMERIC_INPUTS = new Set(['number', 'range', 'date', 'datetime-local', 'month', 'week', 'time']);

/**
 * Where the answers of the questions whose answer is free text are stored, anywhere in a SurveyJS
 * definition: a question's valueName, else its name.
 */
export function freeTextQuestionNames(surveyJson: unknown): string[] {
  return surveyElements(surveyJson)
    .filter((e) => typeof e.name === 'string' && isFreeText(e))
    .map((e) => (typeof e.valueName === 'string' && e.valueName !== '' ? e.valueName : (e.name as string)));
}

function isFreeText(element: Record<string, unknown>): boolean {
  if (element.type === 'comment' || element.type === 'multipletext') return true;
  if (element.type !== 'text') return false;
  return typeof element.inputType !== 'string' || !NUMERIC_INPUTS.has(element.inputType);
}

/**
 * The answers without their free text, at any depth (a dynamic panel's entries are objects in an
 * array); `null` when there was none to remove, so unchanged rows are not written.
 */
export function withoutFreeText(answers: unknown, freeTextNames: ReadonlySet<string>): unknown {
  let removed = false;
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node !== 'object' || node === null) return node;
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (freeTextNames.has(key) || key.endsWith('-Comment')) removed = true;
      else kept[key] = strip(value);
    }
    return kept;
  };
  const stripped = strip(answers);
  return removed ? stripped : null;
}
