import { BreakdownFilter, GoalRule, matchesBreakdownFilter } from '../../../core/goals/goal-rule';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';

const text = { da: 'x', nb: 'x', en: 'x' };
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text },
  breakdowns: [{ key: 'grade', question: 'school-grade', label: text }],
  itemScores: { q1: { '1': 1 } },
  indicators: [
    {
      key: 'wellbeing',
      label: text,
      description: text,
      polarity: 'higher-is-better',
      unit: 'share',
      score: { itemSets: [['q1']], minAnsweredShare: 1 },
      measure: { type: 'share', condition: { op: '>=', value: 1 } },
    },
  ],
});
const grades169 = { breakdownKey: 'grade', values: ['1', '6', '9'] };

describe('matchesBreakdownFilter', () => {
  it.each([
    { when: 'the filter is null', filter: null, answers: {}, expected: true },
    {
      when: 'the answer is one of the values',
      filter: grades169,
      answers: { 'school-grade': 6 },
      expected: true,
    },
    {
      when: 'the answer is a string of one of the values',
      filter: grades169,
      answers: { 'school-grade': '9' },
      expected: true,
    },
    {
      when: 'the answer is another value',
      filter: grades169,
      answers: { 'school-grade': 7 },
      expected: false,
    },
    { when: 'the breakdown question is unanswered', filter: grades169, answers: { q1: 1 }, expected: false },
    {
      when: 'the breakdown question is null',
      filter: grades169,
      answers: { 'school-grade': null },
      expected: false,
    },
    {
      when: 'the breakdown key is unknown',
      filter: { breakdownKey: 'gender', values: ['6'] },
      answers: { 'school-grade': 6, gender: '6' },
      expected: false,
    },
  ])('when $when, then it matches: $expected', ({ filter, answers, expected }) => {
    expect(matchesBreakdownFilter(instrument, filter, answers)).toBe(expected);
  });
});

describe('matchesBreakdownFilter on an item path', () => {
  // As scoreResponse groups respondents: matrix bg, row grade (core/indicators/read-item.ts).
  const byMatrixRow = InstrumentIndicators.parse({
    ...instrument,
    breakdowns: [{ key: 'grade', question: 'bg.grade', label: text }],
  });
  it.each([
    { when: 'the matrix row holds one of the values', answers: { bg: { grade: '6' } }, expected: true },
    { when: 'the matrix row holds another value', answers: { bg: { grade: '7' } }, expected: false },
    { when: 'the matrix is stored as text', answers: { bg: '6' }, expected: false },
  ])('when $when, then it matches: $expected', ({ answers, expected }) => {
    expect(matchesBreakdownFilter(byMatrixRow, grades169, answers)).toBe(expected);
  });
});

describe('GoalRule and BreakdownFilter', () => {
  it.each([
    { when: 'a threshold rule', input: { type: 'threshold', op: '>=', target: 0.9 }, ok: true },
    { when: 'another rule type', input: { type: 'trend', op: '>=', target: 0.9 }, ok: false },
    { when: 'an unknown operator', input: { type: 'threshold', op: '=', target: 0.9 }, ok: false },
    { when: 'a target given as text', input: { type: 'threshold', op: '<', target: '0.1' }, ok: false },
  ])('when the rule is $when, then parsing succeeds: $ok', ({ input, ok }) => {
    expect(GoalRule.safeParse(input).success).toBe(ok);
  });

  it.each([
    { when: 'it lists values', input: grades169, ok: true },
    { when: 'it lists no values', input: { breakdownKey: 'grade', values: [] }, ok: false },
    { when: 'its values are numbers', input: { breakdownKey: 'grade', values: [6] }, ok: false },
  ])('when a filter $when, then parsing succeeds: $ok', ({ input, ok }) => {
    expect(BreakdownFilter.safeParse(input).success).toBe(ok);
  });
});
