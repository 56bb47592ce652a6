import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261207;
quietSurveyCore();

/**
 * SurveyJS "merge question values": a dynamic matrix and a dynamic panel with one valueName keep
 * one list under `family`, each row also a panel; the matrix answers `name`, the panel `role` and
 * `phone`.
 */
const family = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'people',
      valueName: 'family',
      rowCount: 1,
      columns: [{ name: 'name', cellType: 'text', isRequired: true }],
    },
    {
      type: 'paneldynamic',
      name: 'details',
      valueName: 'family',
      templateElements: [
        { type: 'radiogroup', name: 'role', choices: ['parent', 'child'], isRequired: true },
        { type: 'text', name: 'phone' },
      ],
    },
  ],
};
const validator = compileValidator(family, 'shared-entries.test');

const member = fc
  .record({
    name: optional(fc.constantFrom('Ane', 'Bo')),
    role: optional(fc.constantFrom('parent', 'child')),
    phone: optional(fc.constant('12345678')),
  })
  .map(withoutAbsent);
const sets = fc.record({ family: optional(fc.array(member, { maxLength: 3 })) }).map(withoutAbsent);

/** A checkbox whose ticks are objects ({ car }) and a dynamic panel, one panel per tick. */
const cars = {
  elements: [
    { type: 'checkbox', name: 'cars', valuePropertyName: 'car', choices: ['Ford', 'Tesla'] },
    {
      type: 'paneldynamic',
      name: 'cars-info',
      valueName: 'cars',
      templateElements: [{ type: 'rating', name: 'rating', rateMax: 5 }],
    },
  ],
};
const carsValidator = compileValidator(cars, 'shared-entries.test');

describe('questions sharing a valueName: one list of entries, each question checking its keys', () => {
  it('when answer sets are drawn for a dynamic matrix and a dynamic panel sharing one valueName, then both verdicts agree', () => {
    expectAgreement(family, validator, sets, { seed: SEED, numRuns: 50 });
  });

  it('when each entry holds the matrix cell and the panel answers, then the set is accepted as sent', () => {
    const answers = {
      family: [
        { name: 'Ane', role: 'parent', phone: '12345678' },
        { name: 'Bo', role: 'child' },
      ],
    };
    expect(surveyCoreVerdict(family, answers)).toMatchObject({
      valid: true,
      changed: [],
      completed: answers,
    });
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when an entry lacks the matrix cell or the panel question, then the owner requires it there', () => {
    const answers = { family: [{ role: 'parent' }, { name: 'Bo' }] };
    expect(surveyCoreVerdict(family, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'family[0].name', issue: 'answer required' },
        { field: 'family[1].role', issue: 'answer required' },
      ],
    });
  });

  it('when an entry holds a key none of the sharing questions answers, then each of them names it unknown', () => {
    expect(validator.validate({ family: [{ name: 'Ane', role: 'parent', pet: 'cat' }] })).toEqual({
      ok: false,
      issues: [
        { field: 'family[0].pet', issue: 'unknown column' },
        { field: 'family[0].pet', issue: 'unknown question' },
      ],
    });
  });

  it("when a required dynamic matrix's rows hold only the panel's answers, then no row counts as answered (minRowCount)", () => {
    const required = JSON.parse(JSON.stringify(family)) as typeof family;
    Object.assign(required.elements[0]!, { isRequired: true, minRowCount: 1 });
    const answers = { family: [{ role: 'parent' }] };
    expect(surveyCoreVerdict(required, answers).valid).toBe(false);
    expect(compileValidator(required, 'shared-entries.test').validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'family[0].name', issue: 'answer required' },
        { field: 'family', issue: 'fewer than 1 rows answered' },
      ],
    });
  });

  it('when an indicator names a question of either, then choiceValues finds it under the shared key', () => {
    expect(validator.choiceValues('family[].role')).toEqual(['parent', 'child']);
  });

  it("when ticks carry the panels' answers, and a panel was added without a tick, then the set is accepted as sent", () => {
    const answers = { cars: [{ car: 'Ford', rating: 4 }, { car: 'Tesla' }, { rating: 2 }] };
    expect(surveyCoreVerdict(cars, answers)).toMatchObject({ valid: true, changed: [], completed: answers });
    expect(carsValidator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when a shared tick is no choice or an entry holds an unknown key, then the checkbox refuses it', () => {
    expect(carsValidator.validate({ cars: [{ car: 'Lada', rating: 4 }] })).toEqual({
      ok: false,
      issues: [{ field: 'cars', issue: '"Lada" is not one of the choices Ford, Tesla' }],
    });
    expect(carsValidator.validate({ cars: [{ car: 'Ford', colour: 'red' }] })).toMatchObject({
      ok: false,
      issues: [
        { field: 'cars', issue: 'unknown key colour beside a choice' },
        { field: 'cars[0].colour', issue: 'unknown question' },
      ],
    });
  });

  it('when the checkbox shares nothing, then a tick without its key is still refused', () => {
    const alone = compileValidator({ elements: [cars.elements[0]] }, 'shared-entries.test');
    expect(alone.validate({ cars: [{ rating: 2 }] })).toEqual({
      ok: false,
      issues: [{ field: 'cars', issue: 'expected { car: … } for each choice' }],
    });
  });
});
