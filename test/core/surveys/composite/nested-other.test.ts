import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
  type Answers,
} from './survey-core-verdict';

const SEED = 20261214;
quietSurveyCore();

/**
 * "other" and comment areas inside a matrix row or a dynamic panel: survey-core keeps the text
 * beside the answer in the row's or panel's object, under `<name>-Comment`.
 */
const json = {
  elements: [
    {
      type: 'matrixdropdown',
      name: 'md',
      rows: ['a'],
      columns: [
        { name: 'd', cellType: 'dropdown', showOtherItem: true, choices: [1, 2] },
        { name: 'c', cellType: 'checkbox', showOtherItem: true, choices: [1, 2] },
        { name: 'n', cellType: 'dropdown', choices: [1, 2] },
      ],
    },
    {
      type: 'paneldynamic',
      name: 'p',
      templateElements: [
        { type: 'radiogroup', name: 'k', choices: [1, 2] },
        { type: 'radiogroup', name: 'r', showOtherItem: true, choices: [1, 2], visibleIf: '{panel.k} = 1' },
        { type: 'checkbox', name: 'a', showCommentArea: true, choices: [1, 2] },
      ],
    },
  ],
};
const validator = compileValidator(json, 'nested-other.test');

const text = fc.constantFrom('x', ' ', '');
const row = fc
  .record({
    d: optional(fc.constantFrom(1, 'other')),
    'd-Comment': optional(text),
    c: optional(fc.constantFrom([1], ['other'], [2, 'other'])),
    'c-Comment': optional(text),
  })
  .map(withoutAbsent);
const panel = fc
  .record({
    k: optional(fc.constantFrom(1, 2)),
    r: optional(fc.constantFrom(2, 'other')),
    'r-Comment': optional(text),
    a: optional(fc.constantFrom([1], [1, 2])),
    'a-Comment': optional(text),
  })
  .map(withoutAbsent);
const sets = fc
  .record({
    md: optional(fc.record({ a: row })),
    p: optional(fc.array(panel, { minLength: 1, maxLength: 2 })),
  })
  .map(withoutAbsent);

describe('other text and comments inside a matrix or dynamic panel: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 60 });
  });

  it('when "other" is chosen in a cell or panel with its text beside it, then we accept it', () => {
    const answers = {
      md: { a: { d: 'other', 'd-Comment': 'x', c: [2, 'other'], 'c-Comment': 'y' } },
      p: [{ k: 1, r: 'other', 'r-Comment': 'z', a: [1], 'a-Comment': 'note' }],
    };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it("when a cell's \"other\" has only whitespace, then we refuse it (survey-core trims a cell's text), but not a panel's", () => {
    const cell = { md: { a: { d: 'other', 'd-Comment': ' ' } } };
    const inPanel = { p: [{ k: 1, r: 'other', 'r-Comment': ' ' }] };
    expect(surveyCoreVerdict(json, cell).valid).toBe(false);
    expect(validator.validate(cell)).toEqual({
      ok: false,
      issues: [{ field: 'md.a.d', issue: 'the other answer needs its text' }],
    });
    expect(surveyCoreVerdict(json, inPanel)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(inPanel)).toEqual({ ok: true, answers: inPanel });
  });

  it('when the text sits beside a question that has none, or a hidden one, then we refuse that key', () => {
    const answers: Answers = { md: { a: { n: 1, 'n-Comment': 'x' } }, p: [{ k: 2, 'r-Comment': 'x' }] };
    expect(surveyCoreVerdict(json, { p: answers.p }).changed).toEqual(['p']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'md.a.n-Comment', issue: 'unknown column' },
        { field: 'p[0].r-Comment', issue: 'question is hidden by logic' },
      ],
    });
  });

  it('when the survey stores other texts as the answer, then a cell takes the text itself, whatever its column says', () => {
    const asValue = {
      storeOthersAsComment: false,
      elements: [
        {
          type: 'matrixdynamic',
          name: 'm',
          rowCount: 1,
          columns: [
            {
              name: 'd',
              cellType: 'dropdown',
              showOtherItem: true,
              storeOthersAsComment: true,
              choices: [1],
            },
          ],
        },
      ],
    };
    const answers = { m: [{ d: 'my own' }] };
    expect(surveyCoreVerdict(asValue, answers)).toMatchObject({ valid: true, changed: [] });
    expect(compileValidator(asValue, 'nested-other.test').validate(answers)).toEqual({ ok: true, answers });
  });

  it("when a cell's text is over the comment length limit, then we refuse it", () => {
    const short = { maxCommentLength: 3, ...json };
    expect(
      compileValidator(short, 'nested-other.test').validate({
        md: { a: { d: 'other', 'd-Comment': 'long' } },
      }),
    ).toEqual({
      ok: false,
      issues: [{ field: 'md.a.d-Comment', issue: 'longer than 3 characters' }],
    });
  });
});
