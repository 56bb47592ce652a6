import { compileValidator } from '../../../../core/surveys/compile-validator';
import { quietSurveyCore, surveyCoreVerdict, type Answers } from './survey-core-verdict';

quietSurveyCore();

/** survey-core's verdict (no error, nothing changed) and ours, for one answer set. */
function verdicts(json: unknown, answers: Answers): { surveyCore: boolean; ours: boolean } {
  const verdict = surveyCoreVerdict(json, answers);
  return {
    surveyCore: verdict.valid && verdict.changed.length === 0,
    ours: compileValidator(json, 'empty-answer-checks.test').validate(answers).ok,
  };
}

describe('an expression validator runs on no answer too (survey-core ValidatorRunner)', () => {
  // corpus 0248: `{date2} < getDate(...)` fails for date2 null.
  const json = {
    elements: [{ type: 'text', name: 'd', validators: [{ type: 'expression', expression: '{d} < 5' }] }],
  };

  it.each([[{}], [{ d: null }]])('refuses %j, whose condition fails', (answers) => {
    expect(verdicts(json, answers)).toEqual({ surveyCore: false, ours: false });
    expect(compileValidator(json, 't').validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'd', issue: '{d} < 5 is not true' }],
    });
  });

  it.each([[{ d: '' }], [{ d: '4' }]])(
    "accepts %j, for which it holds ('' < 5 as in JavaScript)",
    (answers) => {
      expect(verdicts(json, answers)).toEqual({ surveyCore: true, ours: true });
    },
  );
});

describe('a paneldynamic with a defaultValue list and no answer keeps that many empty panels', () => {
  // corpus 0186: relatives null or '' still shows the default's two panels, their required questions empty.
  const json = {
    elements: [
      {
        type: 'paneldynamic',
        name: 'p',
        defaultValue: [{ a: 'x' }, { a: 'y' }],
        templateElements: [
          { type: 'text', name: 'a' },
          { type: 'text', name: 'b', isRequired: true },
        ],
      },
    ],
  };

  it.each([[{ p: null }], [{ p: '' }], [{ p: [] }]])('refuses %j: each panel needs b', (answers) => {
    expect(verdicts(json, answers)).toEqual({ surveyCore: false, ours: false });
    expect(compileValidator(json, 't').validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'p[0].b', issue: 'answer required' },
        { field: 'p[1].b', issue: 'answer required' },
      ],
    });
  });

  it('accepts the two panels answered', () => {
    expect(verdicts(json, { p: [{ b: '1' }, { a: 'y', b: '2' }] })).toEqual({ surveyCore: true, ours: true });
  });
});
