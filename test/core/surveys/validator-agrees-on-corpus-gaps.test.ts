import { compileValidator } from '../../../core/surveys/compile-validator';
import { surveyCoreVerdict } from './survey-core-verdict';

/**
 * Small definitions distilled from the SurveyJS corpus's disagreements (issue 21): each shape a
 * browser sends for them is judged as survey-core judges it.
 */
interface Case {
  when: string;
  json: Record<string, unknown>;
  answers: Record<string, unknown>;
  /** The fields both must refuse; [] when both accept. */
  refused: string[];
}

const dropdownRange = {
  elements: [{ type: 'dropdown', name: 'year', choicesMin: 2014, choicesMax: 2020, choicesStep: 2 }],
};

const commentedChoices = {
  elements: [
    {
      type: 'checkbox',
      name: 'c',
      choices: [{ value: 'a', showCommentArea: true }, 'b'],
      showOtherItem: true,
    },
  ],
};
const namedTicks = {
  elements: [{ type: 'checkbox', name: 'c', choices: ['a', 'b'], valuePropertyName: 'fruit' }],
};

const numberDefaults = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'm',
      defaultValue: [{ col1: 1 }, { col1: 2 }],
      columns: [{ name: 'col1', cellType: 'text' }],
    },
  ],
};

const otherWithCommentArea = {
  elements: [{ type: 'radiogroup', name: 'r', choices: ['a'], showOtherItem: true, showCommentArea: true }],
};

const hiddenUntil = {
  elements: [
    { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 },
    { type: 'comment', name: 'reason', visible: false, visibleIf: '{nps} < 7' },
  ],
};

const CASES: Case[] = [
  {
    when: 'a question has visible false and its visibleIf holds',
    json: hiddenUntil,
    answers: { nps: 4, reason: 'slow' },
    refused: [],
  },
  {
    when: 'a choice question with a comment area gets its other text as the answer',
    json: otherWithCommentArea,
    answers: { r: 'my own', 'r-Comment': 'a note' },
    refused: [],
  },
  {
    when: 'a choice question with a comment area gets "other" without a text',
    json: otherWithCommentArea,
    answers: { r: 'other' },
    refused: ['r'],
  },
  {
    when: "a text cell keeps the number the matrix's defaultValue gives it",
    json: numberDefaults,
    answers: { m: [{ col1: 2 }, { col1: 'typed' }] },
    refused: [],
  },
  {
    when: 'a text cell gets a number no default gives it',
    json: numberDefaults,
    answers: { m: [{ col1: 7 }] },
    refused: ['m[0].col1'],
  },
  {
    when: 'a choice has its own comment area and ticks come as { value, comment }',
    json: commentedChoices,
    answers: { c: [{ value: 'a', comment: 'why a' }, { value: 'b' }] },
    refused: [],
  },
  {
    when: 'a choice has its own comment area and the other text is ticked as a value',
    json: commentedChoices,
    answers: { c: [{ value: 'my own' }] },
    refused: [],
  },
  {
    when: 'a choice without a comment area carries a comment',
    json: commentedChoices,
    answers: { c: [{ value: 'b', comment: 'x' }] },
    refused: ['c'],
  },
  {
    when: 'a checkbox names a valuePropertyName and ticks come as { [name]: value }',
    json: namedTicks,
    answers: { c: [{ fruit: 'a' }, { fruit: 'b' }] },
    refused: [],
  },
  {
    when: 'a checkbox names a valuePropertyName and a tick is not one of the choices',
    json: namedTicks,
    answers: { c: [{ fruit: 'z' }] },
    refused: ['c'],
  },
  {
    when: 'a dropdown lists its choices by choicesMin..choicesMax and a number in range is chosen',
    json: dropdownRange,
    answers: { year: 2016 },
    refused: [],
  },
  {
    when: 'a dropdown lists its choices by choicesMin..choicesMax and an off-step number is given',
    json: dropdownRange,
    answers: { year: 2015 },
    refused: ['year'],
  },
];

describe('compiled validator vs survey-core on shapes from the corpus', () => {
  it.each(CASES)('when $when, then both refuse $refused', ({ json, answers, refused }) => {
    const verdict = surveyCoreVerdict(json, answers);
    const ours = compileValidator(json, 'test').validate(answers);
    expect(ours.ok ? [] : [...new Set(ours.issues.map((i) => i.field))]).toEqual(refused);
    if (refused.length > 0) return; // survey-core keeps what it cannot show; we refuse it (issue 21)
    expect(verdict.errorFields).toEqual([]);
    if (ours.ok) expect(ours.answers).toEqual(verdict.completed);
  });
});

describe('choices a browser gets from JavaScript', () => {
  it('when a dropdown has choicesLazyLoadEnabled, then compileValidator refuses it naming that', () => {
    const json = { elements: [{ type: 'dropdown', name: 'd', choicesLazyLoadEnabled: true }] };
    expect(() => compileValidator(json, 'test')).toThrow(/choicesLazyLoadEnabled/);
  });
});
