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
