/**
 * The assessment on an initiative's form (served as /assets/web/initiative-assessment.js, a plain
 * script). Renders the instrument from <script id="assessment-definition"> with SurveyJS inside the
 * page's own form and keeps the answers, as JSON, in the hidden field the form posts. The server
 * checks them again with the instrument's validator; here a half-filled assessment only stops the
 * submit early and shows which question is missing.
 *
 * Everything is inside one function: web/ scripts share the global scope when type-checked.
 */
(() => {
  interface AssessmentSurvey extends SurveyModel {
    showTitle: boolean;
    showNavigationButtons: boolean;
    showCompletedPage: boolean;
    widthMode: string;
    validate(fireCallback?: boolean, focusOnFirstError?: boolean): boolean;
  }

  const hasAnswers = (data: Record<string, unknown>) =>
    Object.values(data).some((value) => value !== undefined && value !== null && value !== '');

  function readAnswers(field: HTMLInputElement): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(field.value || '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  function start(): void {
    const host = document.getElementById('assessment-survey');
    const definition = document.getElementById('assessment-definition');
    const field = document.getElementById('assessment-answers') as HTMLInputElement | null;
    const form = host?.closest('form');
    if (!host || !definition || !field || !form) return;
    const survey = new Survey.Model(JSON.parse(definition.textContent || '{}')) as AssessmentSurvey;
    // The page has its own heading and submit button; the survey is one part of its form.
    survey.showTitle = false;
    survey.showNavigationButtons = false;
    survey.showCompletedPage = false;
    survey.widthMode = 'responsive';
    survey.data = readAnswers(field);
    const keep = () => {
      field.value = hasAnswers(survey.data) ? JSON.stringify(survey.data) : '';
    };
    survey.onValueChanged.add(keep);
    form.addEventListener('submit', (event) => {
      keep();
      if (hasAnswers(survey.data) && !survey.validate(true, true)) event.preventDefault();
    });
    document.getElementById('assessment-clear')?.addEventListener('click', () => {
      survey.clear(true, true);
      keep();
    });
    SurveyUI.renderSurvey(survey, host);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
