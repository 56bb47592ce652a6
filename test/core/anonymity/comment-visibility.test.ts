import { unitsShowingComments } from '../../../core/anonymity/comment-visibility';
import { commentQuestionNames } from '../../../core/surveys/comment-questions';

const units = [
  { id: 'school', parentId: null },
  { id: 'A', parentId: 'school' },
  { id: 'B', parentId: 'school' },
  { id: 'C', parentId: 'school' },
];

describe('unitsShowingComments', () => {
  it('when a class is under the comment threshold, then a sibling is hidden too, so the school minus the shown classes is not its comments', () => {
    // A 12, B 4, C 0: the school (16) shows; B is too small; school − A would be B's: A is hidden as well.
    const { shown, respondents } = unitsShowingComments(
      units,
      new Map([
        ['A', 12],
        ['B', 4],
      ]),
      10,
    );
    expect([...shown]).toEqual(['school']);
    expect(respondents.get('school')).toBe(16);
  });

  it('when the hidden classes together reach the threshold, then the others show theirs', () => {
    // A 12, B 6, C 5: B and C are hidden, but together 11 ≥ 10.
    const { shown } = unitsShowingComments(
      units,
      new Map([
        ['A', 12],
        ['B', 6],
        ['C', 5],
      ]),
      10,
    );
    expect([...shown].sort()).toEqual(['A', 'school']);
  });

  it('when a unit has nobody, then it shows nothing and protects nothing', () => {
    const { shown } = unitsShowingComments(
      units,
      new Map([
        ['A', 12],
        ['B', 11],
      ]),
      10,
    );
    expect([...shown].sort()).toEqual(['A', 'B', 'school']);
  });
});

describe('commentQuestionNames', () => {
  it('when comment questions sit in panels on pages, then all are found and nothing else', () => {
    const survey = {
      pages: [
        {
          elements: [
            { type: 'rating', name: 'q1' },
            { type: 'comment', name: 'c1' },
          ],
        },
        {
          elements: [
            {
              type: 'panel',
              name: 'p',
              elements: [
                { type: 'comment', name: 'c2' },
                { type: 'text', name: 't' },
              ],
            },
          ],
        },
      ],
    };
    expect(commentQuestionNames(survey)).toEqual(['c1', 'c2']);
  });
});
