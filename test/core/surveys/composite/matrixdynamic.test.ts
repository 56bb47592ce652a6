import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261210;
quietSurveyCore();

/** Rows of a key column (keyName), a required text column shown by {row.kind}, a boolean. */
const json = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'd',
      rowCount: 1,
      keyName: 'kind',
      choices: ['p', 'q', 'r'],
      columns: [
        { name: 'kind' },
        { name: 'why', cellType: 'comment', isRequired: true, visibleIf: "{row.kind} = 'r'" },
        { name: 'done', cellType: 'boolean' },
      ],
    },
    {
      type: 'matrixdynamic',
      name: 'n',
      isRequired: true,
      minRowCount: 2,
      rowCount: 0,
      columns: [{ name: 'v', cellType: 'text', inputType: 'number' }],
    },
  ],
};
const validator = compileValidator(json, 'matrixdynamic.test');

const row = fc
  .record({
    kind: optional(fc.oneof({ arbitrary: fc.constantFrom('p', 'q', 'r'), weight: 8 }, fc.constant('z'))),
    why: optional(fc.constantFrom('because', ' ')),
    done: optional(fc.boolean()),
  })
  .map(withoutAbsent);
const numberRow = fc.record({ v: optional(fc.integer({ min: -5, max: 5 })) }).map(withoutAbsent);

const sets = fc
  .record({
    d: optional(fc.array(row, { maxLength: 3 })),
    n: fc.oneof(
      { arbitrary: fc.constant([{ v: 1 }, { v: 2 }]), weight: 3 },
      optional(fc.array(numberRow, { maxLength: 3 })),
    ),
  })
  .map(withoutAbsent);

describe('matrixdynamic: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when the key column repeats a value, then both rows are named at d[i].col (keyDuplicationError)', () => {
    const answers = { d: [{ kind: 'p' }, { kind: 'q' }, { kind: 'p' }], n: [{ v: 1 }, { v: 2 }] };
    expect(surveyCoreVerdict(json, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [
        { field: 'd[0].kind', issue: 'same value as in another row' },
        { field: 'd[2].kind', issue: 'same value as in another row' },
      ],
    });
  });

  it('when fewer rows than minRowCount are answered in a required matrix, then the matrix is named', () => {
    const answers = { n: [{ v: 1 }, {}] };
    expect(surveyCoreVerdict(json, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'n', issue: 'fewer than 2 rows answered' }],
    });
  });

  it('when empty rows are sent ([{}, {}]), then they are rows without answers, as to survey-core', () => {
    const answers = { d: [{}, {}], n: [{ v: 1 }, { v: 2 }] };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when no answer is sent, then rowCount empty rows are shown; an empty list shows none', () => {
    const required = {
      elements: [
        { type: 'matrixdynamic', name: 'd', columns: [{ name: 'c', cellType: 'text', isRequired: true }] },
      ],
    };
    const strict = compileValidator(required, 'matrixdynamic.test');
    expect(surveyCoreVerdict(required, {}).valid).toBe(false);
    expect(strict.validate({})).toEqual({
      ok: false,
      issues: [
        { field: 'd[0].c', issue: 'answer required' },
        { field: 'd[1].c', issue: 'answer required' },
      ],
    });
    expect(surveyCoreVerdict(required, { d: [] }).valid).toBe(true);
    expect(strict.validate({ d: [] })).toMatchObject({ ok: true });
  });

  it('when an indicator scores a column, then choiceValues gives its values for d[].col', () => {
    expect(validator.choiceValues('d[].kind')).toEqual(['p', 'q', 'r']);
    expect(validator.choiceValues('d[].done')).toEqual([true, false]);
    expect(validator.choiceValues('d[].why')).toBeUndefined();
  });
});
