import { compileValidator } from '../../../core/surveys/compile-validator';
import { surveyCoreVerdict } from './survey-core-verdict';

// Empty answers (null, '') survey-core reads as no answer, and what its completion does with them.
describe('empty answers to an image map and a matrix total', () => {
  const areas = [
    { value: 'a', coords: '1,1,2,2' },
    { value: 'b', coords: '3,3,4,4' },
  ];

  it.each([
    [{}, { q: '' }, {}],
    [{}, { q: null }, { q: null }],
    [{ clearInvisibleValues: 'none' }, { q: '' }, { q: '' }],
    [{}, { q: ['a'] }, { q: ['a'] }],
  ])(
    'when a multi-select image map (survey %j) is sent %j, then the completed data is %j, as survey-core has it',
    (survey, answers, completed) => {
      const json = { ...survey, elements: [{ type: 'imagemap', name: 'q', areas }] };
      expect(surveyCoreVerdict(json, answers).completed).toEqual(completed);
      expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers: completed });
    },
  );

  it("when a single-select image map is sent '', then survey-core keeps it and so do we", () => {
    const json = { elements: [{ type: 'imagemap', name: 'q', multiSelect: false, areas }] };
    expect(surveyCoreVerdict(json, { q: '' }).completed).toEqual({ q: '' });
    expect(compileValidator(json, 'test').validate({ q: '' })).toEqual({ ok: true, answers: { q: '' } });
  });

  const matrix = {
    type: 'matrixdynamic',
    name: 'm',
    rowCount: 0,
    columns: [{ name: 'n', cellType: 'text', inputType: 'number', totalType: 'sum' }],
  };

  it.each([[''], [null], [[]]])(
    'when a matrix total is sent %j, then it is no total and kept as sent',
    (total) => {
      const json = { elements: [matrix] };
      const answers = { 'm-total': total };
      expect(surveyCoreVerdict(json, answers)).toEqual({ errorFields: [], completed: answers });
      expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers });
    },
  );

  it('when a matrix total is text or names no total column, then its shape is refused', () => {
    const validator = compileValidator({ elements: [matrix] }, 'test');
    expect(validator.validate({ 'm-total': 'x' })).toEqual({
      ok: false,
      issues: [{ field: 'm-total', issue: 'expected an object of column totals' }],
    });
    expect(validator.validate({ 'm-total': { other: 1 } })).toEqual({
      ok: false,
      issues: [{ field: 'm-total', issue: '"other" is not a column with a total' }],
    });
  });
});
