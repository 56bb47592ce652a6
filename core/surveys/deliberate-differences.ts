import { DEFAULT_MAX_LENGTH } from './compile-answer-check';
import { MAX_FILE_CONTENT_LENGTH, MAX_SIGNATURE_LENGTH } from './media-checks';

/** Where the compiled validator knowingly judges otherwise than survey-core, and why. */
export interface DeliberateDifference {
  key: string;
  what: string;
  why: string;
}

/**
 * The one list of deliberate differences from survey-core's verdict (README "What SurveyJS JSON
 * covers"); each has a test in test/core/surveys/deliberate-differences.test.ts. Everywhere else
 * an answer set is accepted exactly when survey-core completes it without an error, and the
 * accepted answers are survey-core's completed data.
 */
export const DELIBERATE_DIFFERENCES: readonly DeliberateDifference[] = [
  {
    key: 'stricter-types',
    what:
      'An answer must have the JSON type and value the question offers: "3" for the choice 3, a value ' +
      'not among the shown choices, a number in a text question are refused; survey-core keeps a ' +
      'loosely equal value and silently drops others.',
    why: 'A browser never sends them; a stored answer is scored and grouped by its exact value.',
  },
  {
    key: 'text-length',
    what:
      `Free text is refused above its maxLength, else the survey's maxTextLength / maxCommentLength, ` +
      `else ${DEFAULT_MAX_LENGTH} characters; survey-core limits only what its input box takes.`,
    why:
      'A response body must not become storage; the respondent page sets the same default limit on ' +
      'the survey model, so a browser cannot exceed it.',
  },
  {
    key: 'unknown-keys',
    what: 'A key that is no question, comment or computed value is refused; survey-core keeps it as a variable.',
    why: 'Nothing unasked is stored about a respondent.',
  },
  {
    key: 'max-selected-choices',
    what: 'More ticks than maxSelectedChoices are refused; survey-core only stops the respondent ticking more.',
    why: 'A browser cannot send it, so only a forged body is refused.',
  },
  {
    key: 'kept-answers-checked',
    what:
      'Answers survey-core keeps without checking them (a question disabled by enableIf or readOnly, a ' +
      'hidden question under clearInvisibleValues "none", a value set by a trigger or setValueExpression, ' +
      'a matrix cell or detail question hidden by its visibleIf, a dynamic panel hidden by templateVisibleIf) ' +
      'must still fit their question: its type, choices and validators.',
    why: 'Stored answers are scored; the browser only ever put there a value the question took.',
  },
  {
    key: 'javascript-functions',
    what:
      'A definition calling a function registered in JavaScript (in any expression, validator, ' +
      'calculated value or trigger), an async function, choicesByUrl, choicesLazyLoadEnabled or a ' +
      'question type registered in JavaScript is refused, naming the function, property or type.',
    why: 'The server cannot run code the definition does not carry, nor load choices from elsewhere.',
  },
  {
    key: 'display-mode',
    what:
      'A survey in mode "display" (or with readOnly) is refused; survey-core shows it read-only and, ' +
      'checking no read-only question, keeps any answers sent to it.',
    why: 'A respondent can answer nothing in such a survey, so it cannot collect responses; refused at upload, not at every answer.',
  },
  {
    key: 'file-and-signature-size',
    what:
      `A signature longer than ${MAX_SIGNATURE_LENGTH} characters and a file answer whose contents ` +
      `exceed ${MAX_FILE_CONTENT_LENGTH} characters in all are refused, as is more than one file ` +
      'without allowMultiple; survey-core keeps them (maxSize is only checked in the browser).',
    why: 'Files and drawings arrive as data URLs inside the response; a response must not become file storage.',
  },
];
