import { compileValidator } from '../../../../core/surveys/compile-validator';
import { compareWithSurveyCore, judgeWithSurveyCore } from './compare-with-survey-core';
import { javascriptNeeds } from './javascript-needs';
import { respondentModel } from './respondent';

// The corpus harness must be able to fail: it finds what needs JavaScript, and a validator that
// judges differently from survey-core (here: compiled from a definition without the required flag).
describe('corpus harness', () => {
  it.each([
    [{ elements: [{ type: 'nps', name: 'q' }] }, ['nps']],
    [{ elements: [{ type: 'text', name: 'q', visibleIf: 'isAdult({age}) and age({b}) > 3' }] }, ['isAdult']],
    [{ elements: [{ type: 'dropdown', name: 'q', choicesByUrl: { url: 'https://x' } }] }, ['choicesByUrl']],
    [
      { elements: [{ type: 'text', name: 'q', validators: [{ type: 'mytext' }, { type: 'email' }] }] },
      ['mytext'],
    ],
    [
      {
        pages: [
          { elements: [{ type: 'text', name: 'q', visibleIf: "{a} = 'f(x)' or not ({b} contains 2)" }] },
        ],
      },
      [],
    ],
  ])('when a definition is %j, then what it needs from JavaScript is %j', (survey, needs) => {
    expect(javascriptNeeds(survey)).toEqual(needs);
  });

  it('when the validator does not require what survey-core requires, then browser-shaped sets disagree', () => {
    const question = { type: 'radiogroup', name: 'q', choices: [1, 2, 3] };
    const survey = {
      elements: [
        { ...question, isRequired: true },
        { type: 'boolean', name: 'b' },
      ],
    };
    const lenient = compileValidator({ elements: [question, { type: 'boolean', name: 'b' }] }, 'test');
    const { sets, disagreements } = compareWithSurveyCore(survey, lenient, {
      browserRuns: 30,
      rawRuns: 0,
      seed: 7,
    });
    expect(sets).toBe(30);
    expect(disagreements.length).toBeGreaterThan(0);
    expect(disagreements.map((d) => [d.kind, d.answers.q, d.surveyCore.errors])).toContainEqual([
      'we accept, survey-core objects',
      undefined,
      [{ field: 'q', type: 'required' }],
    ]);
  });

  it('when the validator is compiled from the same definition, then browser-shaped and raw sets agree', () => {
    const survey = {
      elements: [
        { type: 'radiogroup', name: 'q', choices: [1, 2, 3], isRequired: true },
        { type: 'rating', name: 'r', visibleIf: '{q} = 3' },
      ],
    };
    const result = compareWithSurveyCore(survey, compileValidator(survey, 'test'), {
      browserRuns: 30,
      rawRuns: 30,
      seed: 7,
    });
    expect(result).toEqual({ sets: 60, disagreements: [] });
  });

  it('when a set without a matrix list follows one with rows, then the reused model asks rowCount rows as a fresh one does', () => {
    const survey = {
      elements: [
        { type: 'matrixdynamic', name: 'm', rowCount: 2, columns: [{ name: 'c', isRequired: true }] },
      ],
    };
    const fresh = judgeWithSurveyCore(respondentModel(survey), {});
    const reused = respondentModel(survey);
    judgeWithSurveyCore(reused, { m: [{ c: 'a' }] });
    expect(judgeWithSurveyCore(reused, {}).errors).toEqual(fresh.errors);
    expect(fresh.errors).toEqual([
      { field: 'm', type: 'required' },
      { field: 'm', type: 'required' },
    ]);
  });
});
