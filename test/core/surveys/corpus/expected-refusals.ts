import { Model } from 'survey-core';
import { javascriptNeeds } from './javascript-needs';

/**
 * Why compileValidator must refuse a corpus definition, each a word its message must name: what
 * it needs from JavaScript (javascript-needs.ts), and mode "display" — survey-core's own model
 * (mode "display", or readOnly, which sets it) shows such a survey read-only, so it takes no answers.
 */
export function expectedRefusals(survey: unknown): string[] {
  const takesNoAnswers = new Model(survey).mode === 'display' ? ['mode "display"'] : [];
  return [...javascriptNeeds(survey), ...takesNoAnswers];
}
