import fc from 'fast-check';
import { Model } from 'survey-core';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
  type Answers,
} from './survey-core-verdict';

const SEED = 20261213;
quietSurveyCore();

/**
 * The property's rankings have no choice shown by logic: survey-core's Model given
 * `data = answers` ranks before it runs choice conditions (visibleIf, choicesVisibleIf) and moves
 * such a choice last, which a browser does not (see the last test); logic is tested on its own.
 */
const json = {
  elements: [
    { type: 'ranking', name: 'r', isRequired: true, choices: ['a', 'b', 'c'] },
    { type: 'ranking', name: 's', selectToRankEnabled: true, choices: ['p', 'q', 'r'] },
  ],
};
const withLogic = {
  elements: [
    { type: 'radiogroup', name: 'x', choices: [1, 2] },
    { type: 'ranking', name: 'r', choices: ['a', 'b', { value: 'c', visibleIf: '{x} = 1' }] },
  ],
};
const validator = compileValidator(json, 'ranking.test');

/** Orders of some of the values, with now and then one that is no choice. */
const orders = (values: string[]) =>
  fc.oneof(
    { arbitrary: fc.shuffledSubarray(values, { minLength: values.length }), weight: 4 },
    fc.shuffledSubarray([...values, 'z']),
  );

const sets = fc
  .record({
    r: optional(orders(['a', 'b', 'c'])),
    s: optional(fc.oneof(fc.shuffledSubarray(['p', 'q', 'r']), orders(['p', 'q', 'r']))),
  })
  .map(withoutAbsent);

describe('ranking: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when a ranking leaves out a visible choice, then we refuse it (survey-core appends it on complete)', () => {
    const answers = { r: ['b', 'a'] };
    expect(surveyCoreVerdict(json, answers).completed.r).toEqual(['b', 'a', 'c']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'r', issue: 'expected all of a, b, c in ranked order' }],
    });
  });

  it('when a ranking holds a hidden choice, then we refuse it (survey-core drops it)', () => {
    expect(surveyCoreVerdict(withLogic, { x: 2, r: ['c', 'b', 'a'] }).completed.r).toEqual(['b', 'a']);
    expect(compileValidator(withLogic, 'ranking.test').validate({ x: 2, r: ['c', 'b', 'a'] })).toEqual({
      ok: false,
      issues: [{ field: 'r', issue: '"c" is not one of the choices a, b' }],
    });
  });

  it('when selectToRankEnabled, then a ranked subset is a whole answer', () => {
    const answers = { r: ['c', 'a', 'b'], s: ['q'] };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when an indicator scores a choice, then choiceValues gives its positions 1..n for r.choice', () => {
    expect(validator.choiceValues('r.a')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('s.q')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('r.z')).toBeUndefined();
  });

  it('when a choice shown by its own visibleIf is ranked in the middle, then we accept it as a browser sends it', () => {
    const own = withLogic;
    // A browser: x answered first, then c ranked second; survey-core keeps that order.
    const browser = new Model(own);
    browser.setValue('x', 1);
    browser.setValue('r', ['a', 'c', 'b']);
    browser.doComplete();
    expect(browser.data).toEqual({ x: 1, r: ['a', 'c', 'b'] });
    // A server-side Model given the whole set at once moves c last: not a verdict we copy.
    expect(surveyCoreVerdict(own, browser.data as Answers).completed.r).toEqual(['a', 'b', 'c']);
    expect(compileValidator(own, 'ranking.test').validate({ x: 1, r: ['a', 'c', 'b'] })).toMatchObject({
      ok: true,
    });
  });
});

/**
 * choicesFromQuestion: r ranks the choices ticked in c (and c's other item with its text), u those
 * left; v, with selectToRankEnabled and minSelectedChoices, ranks some of all of c's choices.
 */
const copying = {
  elements: [
    { type: 'checkbox', name: 'c', choices: ['a', 'b', 'c'], showOtherItem: true },
    { type: 'ranking', name: 'r', choicesFromQuestion: 'c', choicesFromQuestionMode: 'selected' },
    { type: 'ranking', name: 'u', choicesFromQuestion: 'c', choicesFromQuestionMode: 'unselected' },
    {
      type: 'ranking',
      name: 'v',
      choicesFromQuestion: 'c',
      selectToRankEnabled: true,
      minSelectedChoices: 1,
    },
  ],
};
const copyingValidator = compileValidator(copying, 'ranking.test');

const ticked = fc.subarray(['a', 'b', 'c', 'other'], { minLength: 1 });
const copyingSets = fc
  .record({
    c: optional(ticked),
    r: optional(fc.shuffledSubarray(['a', 'b', 'c', 'other'], { minLength: 1 })),
    u: optional(fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 1 })),
    v: optional(fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 1 })),
  })
  .map(withoutAbsent)
  // The other text only beside "other": a stray one survey-core drops is another matter.
  .map((set) => (Array.isArray(set.c) && set.c.includes('other') ? { ...set, 'c-Comment': 'x' } : set));

describe('ranking with choices from another question: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(copying, copyingValidator, copyingSets, { seed: SEED, numRuns: 80 });
  });

  it('when the ranking orders exactly the choices left unticked, then we accept it', () => {
    const answers = { c: ['a'], u: ['c', 'b'], v: ['b'] };
    expect(surveyCoreVerdict(copying, answers)).toMatchObject({ valid: true, changed: [] });
    expect(copyingValidator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when "other" is ticked with its text, then it is a choice to rank in "selected" mode', () => {
    const answers = { c: ['a', 'b', 'other'], 'c-Comment': 'x', r: ['other', 'b', 'a'], v: ['a'] };
    expect(surveyCoreVerdict(copying, answers)).toMatchObject({ valid: true, changed: [] });
    expect(copyingValidator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when a ranking holds a choice not ticked, then we refuse it (survey-core drops it)', () => {
    const answers = { c: ['a', 'b'], r: ['c', 'b', 'a'], v: ['a'] };
    expect(surveyCoreVerdict(copying, answers).changed).toEqual(['r']);
    expect(copyingValidator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'r', issue: '"c" is not one of the choices a, b' }],
    });
  });

  it('when one choice is left to rank, then we refuse the ranking (survey-core clears it as it loads the answers)', () => {
    // c's value is loaded before its other text: r has only "a" to rank at that moment.
    for (const answers of [
      { c: ['a'], r: ['a'], u: ['b', 'c'], v: ['a'] },
      { c: ['a', 'other'], 'c-Comment': 'x', r: ['other', 'a'], u: ['b', 'c'], v: ['a'] },
    ]) {
      expect(surveyCoreVerdict(copying, answers).changed).toEqual(['r']);
      expect(copyingValidator.validate(answers)).toEqual({
        ok: false,
        issues: [{ field: 'r', issue: 'one choice to rank: survey-core clears the answer' }],
      });
    }
  });

  it('when minSelectedChoices is set and nothing is ranked, then we refuse it as survey-core does', () => {
    expect(surveyCoreVerdict(copying, { c: ['a', 'b'], r: ['a', 'b'] }).valid).toBe(false);
    expect(copyingValidator.validate({ c: ['a', 'b'], r: ['a', 'b'] })).toEqual({
      ok: false,
      issues: [{ field: 'v', issue: 'fewer than 1 choices' }],
    });
  });

  it('when an indicator scores a copied choice, then choiceValues gives positions over every choice it may copy', () => {
    expect(copyingValidator.choiceValues('r.other')).toEqual([1, 2, 3, 4]);
    expect(copyingValidator.choiceValues('u.a')).toEqual([1, 2, 3]);
  });

  it.each([
    [{ choicesFromQuestion: 'nobody' }, 'choicesFromQuestion: no question nobody'],
    [{ choicesFromQuestion: 't' }, 'choicesFromQuestion: t is no choice question'],
    [{ choicesFromQuestion: 'r2' }, 'choicesFromQuestion: r2 copies its own choices'],
  ])('when the ranking copies from %j, then the definition is refused', (copy, message) => {
    const json = {
      elements: [
        { type: 'text', name: 't' },
        { type: 'checkbox', name: 'c', choices: ['a', 'b'] },
        { type: 'ranking', name: 'r2', choicesFromQuestion: 'c' },
        { type: 'ranking', name: 'r', ...copy },
      ],
    };
    expect(() => compileValidator(json, 'ranking.test')).toThrow(message);
  });
});
