import type { RespondentScore } from '../../../core/indicators/indicator-definition';
import { scoreRespondent } from '../../../core/indicators/score-respondent';

// Answers 1..5 score 1..5; answer 6 ("don't know") is not listed, so it counts as missing.
const scale = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const itemScores = { q1: scale, q2: scale, q3: scale, q4: scale, s1: scale, s2: scale };
const longForm: RespondentScore = { itemSets: [['q1', 'q2', 'q3', 'q4']], minAnsweredShare: 0.5 };
const twoForms: RespondentScore = {
  itemSets: [
    ['s1', 's2'],
    ['q1', 'q2', 'q3', 'q4'],
  ],
  minAnsweredShare: 0.5,
};

describe('scoreRespondent', () => {
  it.each([
    // (4 + 4 + 5 + 3) / 4 = 16 / 4 = 4
    { when: 'all items are answered', answers: { q1: 4, q2: 4, q3: 5, q4: 3 }, expected: 4 },
    // 2 of 4 answered: 2/4 = 0.5 >= 0.5 → (1 + 3) / 2 = 2
    { when: 'exactly the minimum share is answered', answers: { q1: 1, q3: 3 }, expected: 2 },
    // 1 of 4 answered: 1/4 = 0.25 < 0.5 → not counted
    { when: 'less than the minimum share is answered', answers: { q2: 5 }, expected: null },
    // q1 = 6 and q2 = 6 are "don't know": 1 scored of 4 = 0.25 < 0.5
    { when: "don't know answers leave too few", answers: { q1: 6, q2: 6, q3: 4 }, expected: null },
    // q1 = 6 is missing; q2 = 2 and q3 = 4 scored: 2/4 >= 0.5 → (2 + 4) / 2 = 3
    { when: "a don't know answer is skipped", answers: { q1: 6, q2: 2, q3: 4 }, expected: 3 },
    // "3" and 3 both look up String(answer) = "3": (3 + 5) / 2 = 4
    { when: 'answers are strings or numbers', answers: { q1: '3', q2: 5 }, expected: 4 },
    // null counts as missing: 1 of 4 < 0.5
    { when: 'answers are null', answers: { q1: null, q2: null, q3: 2 }, expected: null },
    // "constructor" is not a listed value (nor an Object.prototype member): 1 of 4 < 0.5
    {
      when: 'an answer names a prototype member',
      answers: { q1: 'constructor', q2: 'toString', q3: 2 },
      expected: null,
    },
    { when: 'nothing is answered', answers: {}, expected: null },
    // an item without itemScores counts as missing: 2 of 4 → (5 + 5) / 2 = 5
    { when: 'other questions are answered too', answers: { q1: 5, q2: 5, grade: 3 }, expected: 5 },
  ])('when $when, then the score is $expected', ({ answers, expected }) => {
    expect(scoreRespondent(longForm, itemScores, answers)).toBe(expected);
  });

  it.each([
    // short form 2 scored, long form 1 scored → short: (2 + 3) / 2 = 2.5
    { when: 'the short form has more answers', answers: { s1: 2, s2: 3, q1: 5 }, expected: 2.5 },
    // short form 0, long form 3 → long: (1 + 2 + 3) / 3 = 2
    { when: 'the long form has more answers', answers: { q1: 1, q2: 2, q3: 3 }, expected: 2 },
    // tie 1 : 1 → the first (short) set: 1/2 >= 0.5 → 4; the long set would give 1/4 < 0.5 → null
    { when: 'the forms tie', answers: { s1: 4, q1: 1 }, expected: 4 },
  ])('when $when, then that item set decides: $expected', ({ answers, expected }) => {
    expect(scoreRespondent(twoForms, itemScores, answers)).toBe(expected);
  });

  it('when the minimum share is 1, then one missing item drops the respondent', () => {
    // 3 of 4 = 0.75 < 1
    const strict: RespondentScore = { itemSets: [['q1', 'q2', 'q3', 'q4']], minAnsweredShare: 1 };
    expect(scoreRespondent(strict, itemScores, { q1: 5, q2: 5, q3: 5 })).toBeNull();
    expect(scoreRespondent(strict, itemScores, { q1: 5, q2: 5, q3: 5, q4: 1 })).toBe(4); // 16 / 4
  });
});
