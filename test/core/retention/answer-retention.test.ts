import { addMonths, retentionDates, retentionDue } from '../../../core/retention/answer-retention';
import { freeTextQuestionNames, withoutFreeText } from '../../../core/retention/free-text';

const policy = { answersKeptYears: 3, commentsKeptMonths: 12 };
const kept = { commentsDeletedOn: null, answersDeletedOn: null };

describe('when answers and comments are due', () => {
  it('adds months to a date, the 31st becoming the month’s last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-09-30', 6)).toBe('2024-03-30');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('counts the answers from the adopted report, and without one (or one adopted late) from the close plus a year', () => {
    expect(retentionDates({ closesOn: '2023-06-30', reportAdoptedOn: '2024-03-15' }, policy)).toEqual({
      commentsDueOn: '2024-06-30',
      answersDueOn: '2027-03-15',
      answersFrom: 'report',
    });
    expect(retentionDates({ closesOn: '2023-06-30', reportAdoptedOn: null }, policy)).toEqual({
      commentsDueOn: '2024-06-30',
      answersDueOn: '2027-06-30',
      answersFrom: 'closing',
    });
    // Adopted two years late: the close plus four years still bounds it.
    expect(
      retentionDates({ closesOn: '2023-06-30', reportAdoptedOn: '2025-09-01' }, policy).answersDueOn,
    ).toBe('2027-06-30');
  });

  it('never keeps comments longer than the answers', () => {
    const short = { answersKeptYears: 1, commentsKeptMonths: 120 };
    const dates = retentionDates({ closesOn: '2023-06-30', reportAdoptedOn: '2023-12-01' }, short);
    expect(dates.commentsDueOn).toBe(dates.answersDueOn);
  });

  it('says what is due on a day: nothing for an open round or one already deleted, and answers before comments', () => {
    const round = { closesOn: '2023-06-30', reportAdoptedOn: null, ...kept };
    expect(retentionDue({ ...round, closesOn: '2030-01-01' }, policy, '2029-12-31')).toEqual({
      comments: false,
      answers: false,
    });
    expect(retentionDue(round, policy, '2024-06-29')).toEqual({ comments: false, answers: false });
    expect(retentionDue(round, policy, '2024-06-30')).toEqual({ comments: true, answers: false });
    expect(retentionDue({ ...round, commentsDeletedOn: '2024-06-30' }, policy, '2025-01-01')).toEqual({
      comments: false,
      answers: false,
    });
    expect(retentionDue(round, policy, '2027-06-30')).toEqual({ comments: false, answers: true });
    expect(retentionDue({ ...round, answersDeletedOn: '2027-06-30' }, policy, '2030-01-01')).toEqual({
      comments: false,
      answers: false,
    });
  });
});

describe('free text in answers', () => {
  const survey = {
    pages: [
      {
        elements: [
          { type: 'radiogroup', name: 'q1', showOtherItem: true },
          { type: 'comment', name: 'why' },
          { type: 'text', name: 'age', inputType: 'number' },
          { type: 'text', name: 'nickname', valueName: 'alias' },
          { type: 'paneldynamic', name: 'kids', templateElements: [{ type: 'comment', name: 'about' }] },
        ],
      },
    ],
  };

  it('finds comment boxes and text fields (where their answers are stored), not numbers or choices', () => {
    expect(freeTextQuestionNames(survey)).toEqual(['why', 'alias', 'about']);
  });

  it('removes them at any depth with the comment areas, keeping every scored answer; null when there was none', () => {
    const names = new Set(freeTextQuestionNames(survey));
    const answers = {
      q1: 'other',
      'q1-Comment': 'Anna',
      why: 'x',
      alias: 'Bo',
      age: 12,
      kids: [{ about: 'y', n: 1 }],
    };
    expect(withoutFreeText(answers, names)).toEqual({ q1: 'other', age: 12, kids: [{ n: 1 }] });
    expect(withoutFreeText({ q1: 2, age: 12 }, names)).toBeNull();
  });
});
