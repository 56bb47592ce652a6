import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import { compareWithSurveyCore, disagreementOn, judgeWithFreshModel } from './compare-with-survey-core';
import { expectedRefusals } from './expected-refusals';
import { javascriptNeeds } from './javascript-needs';
import { browserAnswers } from './respondent';

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

  it("when a dynamic matrix's columns have defaults, then every browser-shaped set holds the rows a fresh page shows, defaults in them", () => {
    const survey = {
      elements: [
        { type: 'radiogroup', name: 'a', choices: [1, 2] },
        { type: 'matrixdynamic', name: 'm', rowCount: 2, columns: [{ name: 'c', defaultValue: 'abc' }] },
      ],
    };
    const sets = fc
      .sample(fc.gen(), { seed: 11, numRuns: 20 })
      .map((g) => browserAnswers(survey, (arbitrary) => g(() => arbitrary)));
    // A respondent may add rows, answer or leave each cell: no row starts without its default.
    for (const { m } of sets) expect((m as { c?: unknown }[]).every((row) => row.c !== undefined)).toBe(true);
  });

  it('when a fresh model objects to empty rows a set does not send, then the harness judges with it', () => {
    const survey = {
      elements: [
        { type: 'radiogroup', name: 'a', choices: ['item1', 'item2'] },
        {
          type: 'matrixdynamic',
          name: 'c',
          rowCount: 2,
          columns: [{ cellType: 'text', name: 'col1', requiredIf: "{a} = 'item2'" }],
        },
      ],
    };
    const required = { field: 'c', type: 'required' };
    expect(judgeWithFreshModel(survey, { a: 'item2' }).errors).toEqual([required, required]);
    expect(disagreementOn(survey, compileValidator(survey, 'test'), { a: 'item2' })).toBeNull();
  });

  it('when both refuse a set for the same cause and survey-core also drops a stray other text, then they agree', () => {
    const survey = {
      elements: [{ type: 'checkbox', name: 'car', isRequired: true, showOtherItem: true, choices: [1, 2] }],
    };
    const answers = { car: '', 'car-Comment': 'Fint.' };
    const verdict = judgeWithFreshModel(survey, answers);
    expect([verdict.errors, verdict.changed]).toEqual([
      [{ field: 'car', type: 'required' }],
      ['car-Comment'],
    ]);
    expect(disagreementOn(survey, compileValidator(survey, 'test'), answers)).toBeNull();
  });

  it('when both refuse but only survey-core objects to a second question, then they disagree', () => {
    const survey = {
      elements: [
        { type: 'checkbox', name: 'car', isRequired: true, showOtherItem: true, choices: [1, 2] },
        { type: 'text', name: 't', isRequired: true },
      ],
    };
    const lenient = compileValidator({ elements: [survey.elements[0], { type: 'text', name: 't' }] }, 'test');
    const found = disagreementOn(survey, lenient, { car: '', 'car-Comment': 'x' });
    expect(found?.kind).toBe('both reject, different fields');
  });

  it.each([
    [{ mode: 'display', elements: [{ type: 'text', name: 'q' }] }, ['mode "display"']],
    [{ readOnly: true, elements: [{ type: 'nps', name: 'q' }] }, ['nps', 'mode "display"']],
    [{ mode: 'edit', elements: [{ type: 'text', name: 'q' }] }, []],
  ])('when a definition is %j, then compileValidator must refuse it naming one of %j', (survey, reasons) => {
    expect(expectedRefusals(survey)).toEqual(reasons);
  });
});
