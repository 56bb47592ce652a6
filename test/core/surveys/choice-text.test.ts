import { choiceText } from '../../../core/surveys/choice-text';

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'panel',
          name: 'background',
          elements: [
            {
              type: 'radiogroup',
              name: 'age_band',
              choices: [
                { value: 'under-30', text: { default: 'Under 30', da: 'Under 30 år', nb: 'Under 30 år' } },
                {
                  value: '60-plus',
                  text: { default: '60 or older', da: '60 eller ældre', nb: '60 eller eldre' },
                },
              ],
            },
            { type: 'dropdown', name: 'grade', choices: [0, 1, { value: 2, text: 'Second' }] },
          ],
        },
      ],
    },
  ],
};

describe('choiceText', () => {
  it.each([
    ['age_band', '60-plus', 'en', '60 or older'],
    ['age_band', '60-plus', 'da', '60 eller ældre'],
    ['age_band', 'under-30', 'nb', 'Under 30 år'],
    // Plain values are their own text; numbers are stored as strings in breakdown cells.
    ['grade', '1', 'da', '1'],
    ['grade', '2', 'en', 'Second'],
  ] as const)('when %s = %s in %s, then the text is %s', (question, value, locale, expected) => {
    expect(choiceText(survey, question, value, locale)).toBe(expected);
  });

  it('when the value or the question is unknown, then there is no text', () => {
    expect(choiceText(survey, 'age_band', '30-39', 'en')).toBeUndefined();
    expect(choiceText(survey, 'shoe_size', '42', 'en')).toBeUndefined();
  });
});

describe('choiceText of item paths and of other/none', () => {
  const composite = {
    elements: [
      {
        type: 'radiogroup',
        name: 'travel',
        choices: ['walk'],
        showOtherItem: true,
        showNoneItem: true,
        otherText: { default: 'Something else', da: 'Noget andet' },
      },
      { type: 'radiogroup', name: 'mode', choices: ['walk'], hasOther: true, hasNone: true },
      { type: 'radiogroup', name: 'plain', choices: ['walk'] },
      {
        type: 'matrix',
        name: 'env',
        columns: [{ value: 1, text: { default: 'Bad', da: 'Dårlig' } }],
        rows: ['noise'],
      },
      {
        type: 'matrixdropdown',
        name: 'grid',
        choices: [{ value: 1, text: 'One' }],
        columns: [{ name: 'c1' }, { name: 'c2', choices: [{ value: 1, text: 'Uno' }] }],
        rows: ['r1'],
      },
      { type: 'ranking', name: 'rank', choices: ['bus', 'bike'] },
      {
        type: 'paneldynamic',
        name: 'children',
        templateElements: [{ type: 'radiogroup', name: 'happy', choices: [{ value: 5, text: 'Very' }] }],
      },
    ],
  };

  it.each([
    // the question's own otherText, in the reader's language
    ['travel', 'other', 'da', 'Noget andet'],
    ['travel', 'other', 'en', 'Something else'],
    // survey-core's default texts as the respondent page shows them
    ['travel', 'none', 'da', 'Ingen'],
    ['mode', 'other', 'nb', 'Annet (beskriv)'],
    ['mode', 'other', 'da', 'Andet (skriv)'],
    ['mode', 'none', 'en', 'None'],
    // a matrix row's values are its columns
    ['env.noise', '1', 'da', 'Dårlig'],
    // a matrixdropdown cell: the column's choices, else the matrix's
    ['grid.r1.c1', '1', 'en', 'One'],
    ['grid.r1.c2', '1', 'en', 'Uno'],
    // a dynamic panel's template question
    ['children[].happy', '5', 'en', 'Very'],
  ] as const)('when %s = %s in %s, then the text is %s', (question, value, locale, expected) => {
    expect(choiceText(composite, question, value, locale)).toBe(expected);
  });

  it('when a question offers no other item or the value is a ranking position, then there is no text', () => {
    expect(choiceText(composite, 'plain', 'other', 'en')).toBeUndefined();
    expect(choiceText(composite, 'rank.bus', '1', 'en')).toBeUndefined();
    expect(choiceText(composite, 'env.light', '1', 'en')).toBeUndefined();
  });
});
