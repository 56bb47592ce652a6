import { compileValidator } from '../../../../core/surveys/compile-validator';
import { quietSurveyCore, surveyCoreVerdict } from './survey-core-verdict';

quietSurveyCore();

/** Two dynamic panels sharing a valueName; the first's question has a defaultValueExpression. */
const numbered = {
  elements: [
    {
      type: 'paneldynamic',
      name: 'names',
      valueName: 'shared',
      templateElements: [
        { type: 'text', name: 'name', defaultValueExpression: "({panelIndex} + 1) + ' name'" },
      ],
    },
    {
      type: 'paneldynamic',
      name: 'tables',
      valueName: 'shared',
      templateElements: [
        {
          type: 'matrixdynamic',
          name: 'rows',
          rowCount: 1,
          columns: [
            { name: 'label', cellType: 'text', readOnly: true, defaultValueExpression: '{panel.name}' },
          ],
        },
      ],
    },
  ],
};
const numberedValidator = compileValidator(numbered, 'nested-default.test');

describe('defaultValueExpression inside a sent row or panel', () => {
  it('when a panel added through the other dynamic panel has no answer where survey-core fills a default, then it is refused there', () => {
    const answers = { shared: [{ name: 'Ane', rows: [{ label: 'Ane' }] }, { rows: [{ label: 'x' }] }] };
    expect(surveyCoreVerdict(numbered, answers).changed).toEqual(['shared']);
    expect(numberedValidator.validate(answers)).toEqual({
      ok: false,
      issues: [
        {
          field: 'shared[1].name',
          issue: 'no answer, which survey-core replaces with its defaultValueExpression',
        },
      ],
    });
  });

  it('when a text cell holds the number its defaultValueExpression gives ({panel.name} of "42"), then it is accepted as a browser sends it', () => {
    const answers = { shared: [{ name: '42', rows: [{ label: 42 }] }] };
    expect(surveyCoreVerdict(numbered, answers)).toMatchObject({ valid: true, changed: [] });
    expect(numberedValidator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when a text cell holds another number, then it is still refused as no text', () => {
    expect(numberedValidator.validate({ shared: [{ name: '42', rows: [{ label: 7 }] }] })).toEqual({
      ok: false,
      issues: [{ field: 'shared[0].rows[0].label', issue: 'expected text' }],
    });
  });

  it('when no answer is sent at all, then the rows survey-core would show are not refused for their defaults but completed with them', () => {
    const matrix = {
      elements: [
        {
          type: 'matrixdynamic',
          name: 'm',
          rowCount: 2,
          columns: [{ name: 'n', cellType: 'text', defaultValueExpression: '{rowIndex}' }],
        },
      ],
    };
    const check = compileValidator(matrix, 'nested-default.test');
    const completed = { m: [{ n: 1 }, { n: 2 }] };
    expect(surveyCoreVerdict(matrix, {}).completed).toEqual(completed);
    expect(check.validate({})).toEqual({ ok: true, answers: completed });
    expect(surveyCoreVerdict(matrix, { m: [{ n: 'a' }, {}] }).changed).toEqual(['m']);
    expect(check.validate({ m: [{ n: 'a' }, {}] })).toEqual({
      ok: false,
      issues: [
        { field: 'm[1].n', issue: 'no answer, which survey-core replaces with its defaultValueExpression' },
      ],
    });
  });
});
