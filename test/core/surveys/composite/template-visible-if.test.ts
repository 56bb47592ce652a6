import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  expectBothAccept,
  expectBothRefuse,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261213;
quietSurveyCore();

/**
 * Dynamic panels shown by templateVisibleIf (a panel's own answer, or a survey-level one for all):
 * a key question (keyName), a required text, a number with a validator, a text shown by {panel.need}.
 */
const json = {
  elements: [
    { type: 'radiogroup', name: 'all', choices: ['yes', 'no'] },
    {
      type: 'paneldynamic',
      name: 'p',
      keyName: 'id',
      templateVisibleIf: "{panel.kind} = 'a' or {all} = 'yes'",
      templateElements: [
        { type: 'dropdown', name: 'kind', choices: ['a', 'b'] },
        { type: 'dropdown', name: 'id', choices: [1, 2] },
        { type: 'text', name: 'need', isRequired: true },
        { type: 'text', name: 'n', inputType: 'number', validators: [{ type: 'numeric', maxValue: 5 }] },
        { type: 'comment', name: 'note', visibleIf: '{panel.need} notempty' },
      ],
    },
  ],
};
const validator = compileValidator(json, 'template-visible-if.test');

const panel = fc
  .record({
    kind: optional(fc.constantFrom('a', 'b')),
    id: optional(fc.constantFrom(1, 2)),
    need: optional(fc.constant('yes')),
    n: optional(fc.integer({ min: 0, max: 5 })),
    note: optional(fc.constant('n')),
  })
  .map(withoutAbsent);

const sets = fc
  .record({ all: optional(fc.constantFrom('yes', 'no')), p: optional(fc.array(panel, { maxLength: 3 })) })
  .map(withoutAbsent);

describe('paneldynamic templateVisibleIf: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 60 });
  });

  it('when a panel is hidden by templateVisibleIf, then its required question is not asked and its answers are kept', () => {
    expectBothAccept(json, validator, {
      p: [
        { kind: 'b', n: 3 },
        { kind: 'a', need: 'yes' },
      ],
    });
  });

  it('when the survey-level answer shows every panel, then the required question is asked in each', () => {
    expectBothRefuse(
      json,
      validator,
      {
        all: 'yes',
        p: [
          { kind: 'b', n: 3 },
          { kind: 'a', need: 'yes' },
        ],
      },
      [{ field: 'p[0].need', issue: 'answer required' }],
    );
  });

  it("when a hidden panel repeats a shown panel's keyName value, then it is no duplicate (survey-core checks shown panels)", () => {
    expectBothAccept(json, validator, {
      p: [
        { kind: 'b', id: 1 },
        { kind: 'a', id: 1, need: 'yes' },
      ],
    });
  });

  it('when a hidden panel answers a question hidden by its own visibleIf, then it is refused (survey-core drops it)', () => {
    expectBothRefuse(json, validator, { p: [{ kind: 'b', note: 'n' }] }, [
      { field: 'p[0].note', issue: 'question is hidden by logic' },
    ]);
  });

  it("when a hidden panel's answer breaks its validator, then it is refused although survey-core keeps it (kept-answers-checked)", () => {
    const answers = { p: [{ kind: 'b', n: 9 }] };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [], completed: answers });
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'p[0].n', issue: 'above maximum 5' }],
    });
  });
});
