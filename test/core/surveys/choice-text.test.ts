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
