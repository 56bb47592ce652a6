import { FunctionFactory } from 'survey-core';
import { InvalidDefinition } from '../../../core/errors';
import { collectQuestions } from '../../../core/surveys/collect-questions';

const SOURCE = 'survey-definitions/test/survey.json';

describe('collectQuestions: answer values', () => {
  it.each([
    // rateMin 0 + 3 values → max = 0 + 1·(3 - 1) = 2
    { element: { type: 'rating', rateMin: 0, rateCount: 3 }, values: [0, 1, 2] },
    // rateMax 10, step 5, 3 values → min = 10 - 5·(3 - 1) = 0
    { element: { type: 'rating', rateMax: 10, rateStep: 5, rateCount: 3 }, values: [0, 5, 10] },
    { element: { type: 'rating', rateMin: 1, rateMax: 2, rateStep: 0.5 }, values: [1, 1.5, 2] },
    // 0.1 · 3 = 0.30000000000000004 in floating point; the scale point is 0.3
    { element: { type: 'rating', rateMin: 0, rateMax: 0.3, rateStep: 0.1 }, values: [0, 0.1, 0.2, 0.3] },
    // autoGenerate: true ignores rateValues and uses the default 1..5
    { element: { type: 'rating', rateValues: ['a', 'b'], autoGenerate: true }, values: [1, 2, 3, 4, 5] },
    // SurveyJS reads "1|One" as value "1" (a string) with text "One"
    { element: { type: 'radiogroup', choices: ['1|One', '2|Two'] }, values: ['1', '2'] },
    { element: { type: 'boolean', valueTrue: 'yes', valueFalse: 'no' }, values: ['yes', 'no'] },
  ])('when the question is $element, then its values are $values', ({ element, values }) => {
    const [question] = collectQuestions({ elements: [{ ...element, name: 'q' }] }, SOURCE);
    expect(question!.answer.values).toEqual(values);
    expect(question!.answer.check(values[values.length - 1], {})).toBeNull();
  });
});

/** The InvalidDefinition thrown by walking `json`, as { element, message }. */
function definitionError(json: unknown): { element: string; message: string } {
  try {
    collectQuestions(json, SOURCE);
  } catch (error) {
    if (error instanceof InvalidDefinition) return { element: error.element, message: error.message };
    throw error;
  }
  throw new Error('expected InvalidDefinition');
}

const onePage = (elements: unknown[], page: Record<string, unknown> = {}) => ({
  pages: [{ name: 'p1', ...page, elements }],
});

describe('collectQuestions: definition errors', () => {
  it.each([
    {
      when: 'the survey is not an object',
      json: 'nope',
      element: '(survey)',
      problem: 'expected a JSON object',
    },
    {
      when: 'there are no pages',
      json: { title: 'x' },
      element: '(survey)',
      problem: 'expected an array of pages',
    },
    {
      when: 'a type is registered in JavaScript',
      json: onePage([{ type: 'my-widget', name: 'grid' }]),
      element: 'grid',
      problem:
        'question type "my-widget" is not one survey-core knows (a type registered in JavaScript cannot be checked)',
    },
    {
      // survey-core names an unnamed question of its own types (question1, …), not a JavaScript one.
      when: 'a question of a type registered in JavaScript has no name',
      json: onePage([{ type: 'rating', name: 'a' }, { type: 'my-widget' }]),
      element: 'pages[0].elements[1]',
      problem: 'question has no name',
    },
    {
      when: 'a question in an unnamed panel has no name and a type registered in JavaScript',
      json: onePage([{ type: 'panel', elements: [{ type: 'my-widget' }] }]),
      element: 'pages[0].elements[0].elements[0]',
      problem: 'question has no name',
    },
    {
      when: 'two questions share a name',
      json: onePage([
        { type: 'rating', name: 'a' },
        { type: 'panel', elements: [{ type: 'text', name: 'a' }] },
      ]),
      element: 'a',
      problem: 'duplicate question name',
    },
    {
      when: 'a choice has no value',
      json: onePage([{ type: 'dropdown', name: 'd', choices: [{ text: 'x' }] }]),
      element: 'd',
      problem: 'choices[0] is not a value or { value, text }',
    },
    {
      when: 'a choice value repeats',
      json: onePage([{ type: 'dropdown', name: 'd', choices: [1, { value: 1, text: 'one' }] }]),
      element: 'd',
      problem: 'choices lists the value 1 twice',
    },
    {
      when: 'an expression does not parse',
      json: onePage([{ type: 'rating', name: 'a', visibleIf: '{b} >' }]),
      element: 'a',
      problem: 'visibleIf is not a valid expression: {b} >',
    },
    {
      when: 'an expression calls an unknown function',
      json: onePage([{ type: 'rating', name: 'a', enableIf: 'nosuch({b}) = 1' }]),
      element: 'a',
      problem: 'enableIf calls nosuch, a function registered in JavaScript, which a definition cannot bring',
    },
    {
      when: "a page's visibleIf does not parse",
      json: onePage([{ type: 'rating', name: 'a' }], { visibleIf: '{a} = ' }),
      element: 'p1',
      problem: 'visibleIf is not a valid expression: {a} = ',
    },
    {
      when: 'choices come from a web service',
      json: onePage([{ type: 'dropdown', name: 'r', choicesByUrl: { url: 'https://example.org' } }]),
      element: 'r',
      problem: 'choicesByUrl loads choices from a web service, which cannot be checked',
    },
    {
      when: 'a rating scale is empty',
      json: onePage([{ type: 'rating', name: 'a', rateMin: 5, rateMax: 1 }]),
      element: 'a',
      problem: 'rating scale 5..1 step 1 is empty',
    },
    {
      when: 'a number input has a non-numeric bound',
      json: onePage([{ type: 'text', name: 't', inputType: 'number', min: 'abc' }]),
      element: 't',
      problem: 'min is not a number value',
    },
  ])('when $when, then InvalidDefinition names $element', ({ json, element, problem }) => {
    expect(definitionError(json)).toEqual({ element, message: `${SOURCE}: ${element}: ${problem}` });
  });
});

describe('collectQuestions: async expressions', () => {
  // An async function answers later through a callback, which a synchronous validator cannot wait for.
  beforeAll(() => FunctionFactory.Instance.register('lookupLater', () => true, true));
  afterAll(() => FunctionFactory.Instance.unregister('lookupLater'));

  it('when a condition calls an async function, then InvalidDefinition names the question', () => {
    const json = onePage([{ type: 'rating', name: 'a', visibleIf: 'lookupLater({b})' }]);
    expect(definitionError(json)).toEqual({
      element: 'a',
      message: `${SOURCE}: a: visibleIf calls an async function`,
    });
  });
});
