import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261211;
quietSurveyCore();

/**
 * One panel per child: a required choice, a text shown by {panel.kind}, a nested panel shown by
 * {panel.kind} with a required question, and a question shown by a survey-level answer.
 */
const json = {
  elements: [
    { type: 'boolean', name: 'more' },
    {
      type: 'paneldynamic',
      name: 'p',
      templateElements: [
        { type: 'radiogroup', name: 'kind', choices: ['a', 'b'], isRequired: true },
        { type: 'text', name: 'note', visibleIf: "{panel.kind} = 'b'" },
        {
          type: 'panel',
          name: 'inner',
          visibleIf: "{panel.kind} = 'a'",
          elements: [{ type: 'rating', name: 'age', rateMax: 3, isRequired: true }],
        },
        { type: 'comment', name: 'extra', visibleIf: '{more} = true' },
      ],
    },
  ],
};
const validator = compileValidator(json, 'paneldynamic.test');

const panel = fc
  .record({
    kind: optional(fc.oneof({ arbitrary: fc.constantFrom('a', 'b'), weight: 8 }, fc.constant('c'))),
    note: optional(fc.constantFrom('n', ' ')),
    age: optional(fc.constantFrom(1, 2, 3)),
    extra: optional(fc.constant('e')),
  })
  .map(withoutAbsent);

const sets = fc
  .record({
    more: optional(fc.boolean()),
    p: optional(fc.oneof({ arbitrary: fc.array(panel, { maxLength: 3 }), weight: 5 }, fc.constant([{}]))),
  })
  .map(withoutAbsent);

describe('paneldynamic: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when a template question is hidden by {panel.x}, then its answer is refused at p[i].q as survey-core drops it', () => {
    const answers = {
      p: [
        { kind: 'b', note: 'ok' },
        { kind: 'a', age: 2, note: 'left over' },
      ],
    };
    expect(surveyCoreVerdict(json, answers).changed).toEqual(['p']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'p[1].note', issue: 'question is hidden by logic' }],
    });
  });

  it('when a nested panel is shown by {panel.x}, then its required question is required in that panel only', () => {
    const answers = { p: [{ kind: 'b' }, { kind: 'a' }] };
    expect(surveyCoreVerdict(json, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'p[1].age', issue: 'answer required' }],
    });
  });

  it('when panelCount or minPanelCount shows panels and no answer is sent, then their required questions are named', () => {
    const counted = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'p',
          minPanelCount: 1,
          templateElements: [{ type: 'text', name: 't', isRequired: true }],
        },
      ],
    };
    expect(surveyCoreVerdict(counted, { p: [] }).valid).toBe(false);
    expect(compileValidator(counted, 'paneldynamic.test').validate({ p: [] })).toEqual({
      ok: false,
      issues: [{ field: 'p[0].t', issue: 'answer required' }],
    });
  });

  it('when a required dynamic panel has only panels without keys, then it is unanswered, as to survey-core', () => {
    const required = {
      elements: [
        {
          type: 'paneldynamic',
          name: 'p',
          isRequired: true,
          templateElements: [{ type: 'text', name: 't' }],
        },
      ],
    };
    const strict = compileValidator(required, 'paneldynamic.test');
    expect(surveyCoreVerdict(required, { p: [{}, {}] }).valid).toBe(false);
    expect(strict.validate({ p: [{}, {}] })).toEqual({
      ok: false,
      issues: [{ field: 'p', issue: 'answer required' }],
    });
    expect(surveyCoreVerdict(required, { p: [{}, { t: 'x' }] }).valid).toBe(true);
    expect(strict.validate({ p: [{}, { t: 'x' }] })).toMatchObject({ ok: true });
  });

  it('when an indicator scores a template question, then choiceValues gives its values for p[].q', () => {
    expect(validator.choiceValues('p[].kind')).toEqual(['a', 'b']);
    expect(validator.choiceValues('p[].age')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('p[].note')).toBeUndefined();
  });
});
