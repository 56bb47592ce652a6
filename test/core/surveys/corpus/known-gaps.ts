/**
 * Corpus definitions where the compiled validator does not yet reach survey-core's verdict, each
 * with why. The harness runs their failing test as `it.failing`: it passes while the gap is there
 * and fails once it is closed, so a fixed gap must be taken off this list. Issue 21's goal is an
 * empty list; README "What SurveyJS JSON covers" gives the count.
 */
export type GapKind = 'refused' | 'disagrees';

export interface KnownGap {
  kind: GapKind;
  why: string;
}

export const KNOWN_GAPS: Readonly<Record<string, KnownGap>> = {
  '0064-docs-llms-survey-json-authoring.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0079-e2e-conditionsandtriggers-requiredif-spec.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0166-e2e-questions-matrixdynamic-spec.json': {
    kind: 'disagrees',
    why: 'Rows not sent get the defaultValue of their columns on completion (a dynamic matrix sent nothing, "" or null gets rowCount rows of defaults); the validator does not fill them',
  },
  '0167-e2e-questions-matrixdynamic-spec.json': {
    kind: 'disagrees',
    why: 'Rows not sent get the defaultValue of their columns on completion (a dynamic matrix sent nothing, "" or null gets rowCount rows of defaults); the validator does not fill them',
  },
  '0174-e2e-questions-matrixdynamic-spec.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0175-e2e-questions-matrixdynamic-spec.json': {
    kind: 'disagrees',
    why: 'Rows not sent get the defaultValueExpression of their column on completion (no matrix sent: rowCount rows of it); the validator does not fill them',
  },
  '0179-e2e-questions-matrixdynamic-totals-spec.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0187-e2e-questions-paneldynamic-spec.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0308-e2e-survey-survey-spec.json': {
    kind: 'disagrees',
    why: 'A matrixdropdown sent "" gets every row filled with the defaultValue of its column on completion; the validator keeps ""',
  },
  '0325-e2e-validation-focuserroredinput-spec.json': {
    kind: 'disagrees',
    why: 'A visible dynamic matrix with rowCount > 0 sent "" or null (a raw set): survey-core builds its empty rows and completion drops the key; the validator keeps the empty answer',
  },
  '0418-tests-markup-etalon-matrix.json': {
    kind: 'disagrees',
    why: 'A matrixdropdown with some rows sent gets the others filled with the defaultValue of the column on completion (the harness counts the changed answer as an objection); the validator keeps the rows as sent',
  },
};
