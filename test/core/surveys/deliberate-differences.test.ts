import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_LENGTH } from '../../../core/surveys/compile-answer-check';
import { compileValidator, listDefinitionProblems } from '../../../core/surveys/compile-validator';
import { DELIBERATE_DIFFERENCES } from '../../../core/surveys/deliberate-differences';
import { MAX_SIGNATURE_LENGTH } from '../../../core/surveys/media-checks';
import { surveyCoreVerdict } from './survey-core-verdict';

/** Per difference, an answer set survey-core completes without an error and we refuse. */
const REFUSED_BY_US_ONLY: Record<
  string,
  { json: Record<string, unknown>; answers: Record<string, unknown> }
> = {
  'stricter-types': {
    json: { elements: [{ type: 'radiogroup', name: 'r', choices: [1, 2, 3] }] },
    answers: { r: '3' },
  },
  // no maxLength, no maxTextLength: 2,001 characters
  'text-length': { json: { elements: [{ type: 'text', name: 't' }] }, answers: { t: 'x'.repeat(2001) } },
  'unknown-keys': { json: { elements: [{ type: 'text', name: 't' }] }, answers: { t: 'x', extra: 1 } },
  'max-selected-choices': {
    json: { elements: [{ type: 'checkbox', name: 'c', choices: [1, 2, 3], maxSelectedChoices: 2 }] },
    answers: { c: [1, 2, 3] },
  },
  // "details" is disabled (b is not 1) and keeps a number where text belongs
  'kept-answers-checked': {
    json: {
      elements: [
        { type: 'text', name: 'b' },
        { type: 'comment', name: 'details', enableIf: '{b} = 1' },
      ],
    },
    answers: { details: 42 },
  },
  'file-and-signature-size': {
    json: { elements: [{ type: 'signaturepad', name: 's' }] },
    answers: { s: `data:image/png;base64,${'A'.repeat(MAX_SIGNATURE_LENGTH)}` },
  },
};

describe('deliberate differences from survey-core', () => {
  it('when listed, then each has a test below', () => {
    expect(DELIBERATE_DIFFERENCES.map((d) => d.key).sort()).toEqual(
      [...Object.keys(REFUSED_BY_US_ONLY), 'javascript-functions', 'display-mode'].sort(),
    );
  });

  it.each([
    { mode: { mode: 'display' }, answers: { q: 'x' } },
    { mode: { readOnly: true }, answers: {} },
  ])(
    'when a survey is read-only ($mode), then survey-core completes it and the definition is refused',
    ({ mode, answers }) => {
      // A required question left empty: survey-core checks nothing of a read-only survey.
      const json = { ...mode, elements: [{ type: 'text', name: 'q', isRequired: true }] };
      expect(surveyCoreVerdict(json, answers).errorFields).toEqual([]);
      expect(listDefinitionProblems(json, 'test')).toEqual([
        {
          element: '(survey)',
          message:
            'the survey is read-only (mode "display"): it takes no answers, so it cannot collect responses',
        },
      ]);
    },
  );

  it.each(Object.entries(REFUSED_BY_US_ONLY))(
    'when %s applies, then survey-core completes and we refuse',
    (_key, { json, answers }) => {
      expect(surveyCoreVerdict(json, answers).errorFields).toEqual([]);
      expect(compileValidator(json, 'test').validate(answers).ok).toBe(false);
    },
  );

  it.each([
    {
      where: 'a visibleIf',
      json: { elements: [{ type: 'text', name: 't', visibleIf: 'myFunc({a})' }] },
      names: 'myFunc',
    },
    {
      where: 'a validator',
      json: {
        elements: [
          { type: 'text', name: 't', validators: [{ type: 'expression', expression: 'check({t})' }] },
        ],
      },
      names: 'check',
    },
    {
      where: 'a calculated value',
      json: { calculatedValues: [{ name: 'c', expression: 'calc(1)' }], elements: [] },
      names: 'calc',
    },
    {
      where: 'an expression question',
      json: { elements: [{ type: 'expression', name: 'e', expression: 'total({a})' }] },
      names: 'total',
    },
    {
      where: 'a trigger',
      json: { triggers: [{ type: 'complete', expression: 'done({a})' }], elements: [] },
      names: 'done',
    },
    {
      where: 'choicesByUrl',
      json: { elements: [{ type: 'dropdown', name: 'd', choicesByUrl: { url: 'x' } }] },
      names: 'choicesByUrl',
    },
    {
      where: 'a question type',
      json: { elements: [{ type: 'signature-x', name: 's' }] },
      names: 'signature-x',
    },
  ])('when $where needs JavaScript, then the definition is refused naming $names', ({ json, names }) => {
    const problems = listDefinitionProblems(json, 'test');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(names);
  });
});

describe('the text limit in the respondent form', () => {
  it('when the respondent page sets a default text limit, then it is the server default', () => {
    const page = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'web', 'respondent.ts'), 'utf8');
    expect(page).toContain(`const DEFAULT_TEXT_LIMIT = ${DEFAULT_MAX_LENGTH};`);
  });
});
