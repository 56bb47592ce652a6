import { listInstrumentProblems } from '../../core/surveys/check-instrument';
import { listDefinitionProblems } from '../../core/surveys/compile-validator';

/** One thing wrong with an uploaded instrument, named by the file and the element it is in. */
export interface InstrumentProblem {
  file: 'survey' | 'indicators';
  element: string;
  message: string;
}

/**
 * Every problem of an uploaded instrument, each with the file it is in. The file is not read off
 * the element's name, as a survey question may be called `indicators` or `breakdowns`:
 * listInstrumentProblems lists the survey's own problems (listDefinitionProblems) first, so the
 * ones after them are indicators.json's and the cross-references checked from it.
 */
export function listUploadProblems(
  surveyJson: unknown,
  indicatorsJson: unknown,
  source: string,
): InstrumentProblem[] {
  const inSurvey = listDefinitionProblems(surveyJson, source).length;
  return listInstrumentProblems(surveyJson, indicatorsJson, source).map((problem, index) => ({
    file: index < inSurvey ? 'survey' : 'indicators',
    ...problem,
  }));
}

/** The survey's problems alone, when its indicators.json cannot be read. */
export function listSurveyProblems(surveyJson: unknown, source: string): InstrumentProblem[] {
  return listDefinitionProblems(surveyJson, source).map((problem) => ({ file: 'survey', ...problem }));
}
