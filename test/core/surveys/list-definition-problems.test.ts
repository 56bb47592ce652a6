import { InvalidDefinition } from '../../../core/errors';
import { compileValidator, listDefinitionProblems } from '../../../core/surveys/compile-validator';

const SOURCE = 'uploaded/survey.json';

describe('listDefinitionProblems', () => {
  it('when a definition compiles, then it has no problems', () => {
    expect(listDefinitionProblems({ elements: [{ type: 'text', name: 't' }] }, SOURCE)).toEqual([]);
  });

  it('when a definition has several problems, then each is listed naming its element, in survey order', () => {
    const json = {
      calculatedValues: [{ name: 'c', expression: 'price({a})' }],
      pages: [
        { name: 'p1', visibleIf: '{a} =', elements: [{ type: 'text', name: 'a' }] },
        {
          name: 'p2',
          elements: [
            { type: 'rating', name: 'a' },
            { type: 'dropdown', name: 'd', choices: [1, 1] },
            { type: 'text', name: 'n', inputType: 'number', min: 'low' },
            { type: 'text', name: 'v', validators: [{ type: 'creditcard' }] },
          ],
        },
      ],
    };
    expect(listDefinitionProblems(json, SOURCE)).toEqual([
      {
        element: 'calculatedValues.c',
        message:
          'expression calls price, a function registered in JavaScript, which a definition cannot bring',
      },
      { element: 'p1', message: 'visibleIf is not a valid expression: {a} =' },
      { element: 'a', message: 'duplicate question name' },
      { element: 'd', message: 'choices lists the value 1 twice' },
      { element: 'n', message: 'min is not a number value' },
      { element: 'v', message: 'validators: type "creditcard" is not a survey-core validator' },
    ]);
  });

  it('when a definition has problems, then compileValidator throws the first', () => {
    const json = {
      elements: [
        { type: 'dropdown', name: 'd', choices: [1, 1] },
        { type: 'x-type', name: 'x' },
      ],
    };
    expect(() => compileValidator(json, SOURCE)).toThrow(
      new InvalidDefinition(SOURCE, 'd', 'choices lists the value 1 twice'),
    );
  });

  it('when the definition is no object, then that is its one problem', () => {
    expect(listDefinitionProblems([], SOURCE)).toEqual([
      { element: '(survey)', message: 'expected a JSON object' },
    ]);
  });
});
