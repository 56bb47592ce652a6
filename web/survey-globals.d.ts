/**
 * Minimal types for the UMD globals the respondent page uses:
 *  - `Survey` from survey-core (survey.core.min.js, plus the i18n/*.min.js locale scripts)
 *  - `SurveyUI` from survey-js-ui (survey-js-ui.min.js, the MIT vanilla/Preact renderer)
 * Only what web/respondent.ts touches is declared.
 */

interface SurveyEvent<TOptions> {
  add(handler: (sender: SurveyModel, options: TOptions) => void): void;
}

interface SurveyCompleteOptions {
  showSaveInProgress(text?: string): void;
  showSaveError(text?: string): void;
  showSaveSuccess(text?: string): void;
  clearSaveMessages(text?: string): void;
}

interface SurveyQuestion {
  name: string;
  /** A choice question's "other" item (undefined on other questions). */
  readonly otherItem?: { readonly text: string };
  addError(error: string): void;
  focus(onError?: boolean): void;
}

interface SurveyTheme {
  themeName?: string;
  colorPalette?: string;
  isPanelless?: boolean;
  cssVariables: Record<string, string>;
}

interface SurveyModel {
  locale: string;
  data: Record<string, unknown>;
  currentPageNo: number;
  /** Survey-wide limits on text / comment length; 0 = none. */
  maxTextLength: number;
  maxCommentLength: number;
  readonly state: string;
  readonly isCompleted: boolean;
  onValueChanged: SurveyEvent<{ name: string; value: unknown }>;
  onCurrentPageChanged: SurveyEvent<unknown>;
  onComplete: SurveyEvent<SurveyCompleteOptions>;
  onAfterRenderQuestion: SurveyEvent<{ question: SurveyQuestion; htmlElement: HTMLElement }>;
  applyTheme(theme: SurveyTheme): void;
  clear(clearData?: boolean, goToFirstPage?: boolean): void;
  getQuestionByName(name: string): SurveyQuestion | null;
}

interface SurveyLocalization {
  locales: Record<string, Record<string, string> | undefined>;
  localeNames: Record<string, string>;
  localeNamesInEnglish: Record<string, string>;
  defaultLocale: string;
}

interface SurveyCoreGlobal {
  Model: new (json: unknown) => SurveyModel;
  surveyLocalization: SurveyLocalization;
}

interface SurveyUIGlobal {
  renderSurvey(model: SurveyModel, element: HTMLElement, props?: Record<string, unknown>): void;
}

declare const Survey: SurveyCoreGlobal;
declare const SurveyUI: SurveyUIGlobal;
