import { surveyElements } from './survey-elements';

/** Names of the free-text comment questions (SurveyJS type "comment") anywhere in a definition. */
export function commentQuestionNames(surveyJson: unknown): string[] {
  return surveyElements(surveyJson)
    .filter((e) => e.type === 'comment' && typeof e.name === 'string')
    .map((e) => e.name as string);
}
