import { InvalidDefinition } from '../../../../core/errors';
import { compileValidator } from '../../../../core/surveys/compile-validator';

const SOURCE = 'composite-definitions.test';

/** The InvalidDefinition thrown by compiling `elements`, as { element, message }. */
function definitionError(elements: unknown[]): { element: string; message: string } | undefined {
  try {
    compileValidator({ elements }, SOURCE);
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidDefinition)) throw error;
    return { element: error.element, message: error.message };
  }
}

describe('composite questions: definition errors name the nested element', () => {
  it.each([
    {
      when: 'a matrix has no columns',
      elements: [{ type: 'matrixdropdown', name: 'md', rows: ['a'] }],
      element: 'md',
      problem: 'matrix has no columns',
    },
    {
      when: 'a cell copies its choices from another question',
      elements: [
        { type: 'checkbox', name: 'q', choices: [1, 2] },
        {
          type: 'matrixdropdown',
          name: 'md',
          rows: ['a'],
          columns: [{ name: 'c', choicesFromQuestion: 'q' }],
        },
      ],
      element: 'md.c',
      problem: 'choicesFromQuestion inside a matrix, dynamic panel or multipletext is not supported',
    },
    {
      when: "a template question's visibleIf is no expression",
      elements: [
        {
          type: 'paneldynamic',
          name: 'p',
          templateElements: [{ type: 'text', name: 't', visibleIf: '{panel.t} ==' }],
        },
      ],
      element: 'p[].t',
      problem: 'visibleIf is not a valid expression: {panel.t} ==',
    },
    {
      when: 'a multipletext item has no name',
      elements: [{ type: 'multipletext', name: 'mt', items: [{ title: 'First' }] }],
      element: 'mt.items[0]',
      problem: 'item has no name',
    },
    {
      when: "a detail question has a column's name (one key in the row for both)",
      elements: [
        {
          type: 'matrixdynamic',
          name: 'd',
          columns: [{ name: 'c', cellType: 'text' }],
          detailPanelMode: 'underRow',
          detailElements: [{ type: 'text', name: 'c' }],
        },
      ],
      element: 'd.c',
      problem: 'a detail question has the key of a column',
    },
    {
      when: 'a panel inside a detail panel has a visibleIf (survey-core does not run it when validating)',
      elements: [
        {
          type: 'matrixdropdown',
          name: 'md',
          rows: ['r'],
          columns: [{ name: 'c', cellType: 'text' }],
          detailPanelMode: 'underRowSingle',
          detailElements: [
            {
              type: 'panel',
              name: 'more',
              visibleIf: "{row.c} = 'a'",
              elements: [{ type: 'text', name: 't' }],
            },
          ],
        },
      ],
      element: 'md.more',
      problem: 'visibleIf or enableIf on a panel inside detailElements is not supported',
    },
    {
      when: 'a dynamic panel has a templateVisibleIf that is no expression',
      elements: [
        {
          type: 'paneldynamic',
          name: 'p',
          templateElements: [{ type: 'text', name: 't' }],
          templateVisibleIf: '{panel.t} ==',
        },
      ],
      element: 'p',
      problem: 'templateVisibleIf is not a valid expression: {panel.t} ==',
    },
    {
      when: 'a cell question has an unsupported type',
      elements: [
        { type: 'matrixdropdown', name: 'md', rows: ['a'], columns: [{ name: 'c', cellType: 'my-widget' }] },
      ],
      element: 'md.c',
      problem:
        'question type "my-widget" is not one survey-core knows (a type registered in JavaScript cannot be checked)',
    },
  ])('when $when, then InvalidDefinition names $element', ({ elements, element, problem }) => {
    expect(definitionError(elements)).toEqual({ element, message: `${SOURCE}: ${element}: ${problem}` });
  });
});
