import { Model } from 'survey-core';

/** What survey-core makes of an answer set: the elements with errors, and the completed data. */
export interface SurveyCoreVerdict {
  errorFields: string[];
  completed: Record<string, unknown>;
}

/** A warning or note (notificationType) shows beside the question but does not stop completion. */
const blocks = (error: { notificationType?: string }) =>
  error.notificationType !== 'warning' && error.notificationType !== 'info';

/**
 * survey-core's verdict as a naive server would get it: a fresh Model, `data = answers`,
 * `validate(true)` over every visible page, then `doComplete()` (clearInvisibleValues).
 * Errors are named by the question's answer key (valueName) or the panel's name.
 */
export function surveyCoreVerdict(json: unknown, answers: Record<string, unknown>): SurveyCoreVerdict {
  const model = new Model(json);
  model.data = answers;
  model.validate(true);
  const questionErrors = model
    .getAllQuestions()
    .filter((q) => q.isVisibleInSurvey && q.errors.some(blocks))
    .map((q) => q.getValueName());
  const panelErrors = model
    .getAllPanels()
    .filter((p) => (p as unknown as { errors: unknown[] }).errors.length > 0)
    .map((p) => p.name);
  model.doComplete();
  return {
    errorFields: [...new Set([...questionErrors, ...panelErrors])],
    completed: model.data as Record<string, unknown>,
  };
}
