import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261212;
quietSurveyCore();

const json = {
  elements: [
    {
      type: 'multipletext',
      name: 'mt',
      items: [
        { name: 'first', isRequired: true },
        { name: 'age', inputType: 'number', min: 0, max: 120 },
        { name: 'city', maxLength: 5 },
      ],
    },
  ],
};
const validator = compileValidator(json, 'multipletext.test');

const sets = fc
  .record({
    mt: optional(
      fc
        .record({
          // Mostly a name; whitespace alone or '' is no answer to the required item.
          first: optional(
            fc.oneof({ arbitrary: fc.constantFrom('Ann', 'Bo'), weight: 5 }, fc.constantFrom(' ', '')),
          ),
          age: optional(fc.integer({ min: 0, max: 120 })),
          city: optional(fc.constantFrom('Vejle', 'Oslo')),
        })
        .map(withoutAbsent),
    ),
  })
  .map(withoutAbsent);

describe('multipletext: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when a required item is empty, then it is named at mt.item, also when nothing was sent', () => {
    expect(surveyCoreVerdict(json, {}).valid).toBe(false);
    expect(validator.validate({})).toEqual({
      ok: false,
      issues: [{ field: 'mt.first', issue: 'answer required' }],
    });
    expect(validator.validate({ mt: { age: 3 } })).toEqual({
      ok: false,
      issues: [{ field: 'mt.first', issue: 'answer required' }],
    });
  });

  it('when an item breaks its text rules, then it is named (stricter than survey-core on types and maxLength)', () => {
    const answers = { mt: { first: 'Ann', age: '30', city: 'Copenhagen', zip: '8000' } };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'mt.zip', issue: 'unknown item' },
        { field: 'mt.age', issue: 'expected a number' },
        { field: 'mt.city', issue: 'longer than 5 characters' },
      ],
    });
  });
});
