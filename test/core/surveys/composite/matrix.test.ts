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

/** A single matrix with row and column logic, and one whose every row must differ and be answered. */
const json = {
  elements: [
    { type: 'radiogroup', name: 'x', choices: [1, 2] },
    {
      type: 'matrix',
      name: 'm',
      isRequired: true,
      columns: [1, 2, { value: 3, visibleIf: '{x} = 2' }],
      rows: ['a', 'b', { value: 'c', visibleIf: '{x} = 1' }],
      rowsVisibleIf: "{item} != 'b' or {x} notempty",
    },
    {
      type: 'matrix',
      name: 'u',
      columns: ['lo', 'hi'],
      rows: ['r1', 'r2'],
      eachRowUnique: true,
      isAllRowRequired: true,
    },
  ],
};
const validator = compileValidator(json, 'matrix.test');

/** Mostly browser-like: each row absent or one of `usual`, now and then one of `rare`. */
function rowsOf(rows: string[], usual: unknown[], rare: unknown[] = []) {
  const cell =
    rare.length === 0
      ? fc.constantFrom(...usual)
      : fc.oneof(
          { arbitrary: fc.constantFrom(...usual), weight: 6 },
          { arbitrary: fc.constantFrom(...rare), weight: 1 },
        );
  return fc.record(Object.fromEntries(rows.map((row) => [row, optional(cell)]))).map(withoutAbsent);
}

const sets = fc
  .record({
    x: optional(fc.constantFrom(1, 2)),
    // 7 is no column; null is no answer to a row; 3 only when {x} = 2.
    m: optional(
      fc.oneof({ arbitrary: rowsOf(['a', 'b', 'c'], [1, 2], [3, 7, null]), weight: 9 }, fc.constant({})),
    ),
    u: fc.oneof(
      { arbitrary: fc.constant({ r1: 'lo', r2: 'hi' }), weight: 3 },
      optional(rowsOf(['r1', 'r2'], ['lo', 'hi'])),
    ),
  })
  .map(withoutAbsent);

describe('matrix: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when a row is hidden by rowsVisibleIf, then its answer is refused at m.row as survey-core drops it', () => {
    const answers = { u: { r1: 'lo', r2: 'hi' }, m: { a: 1, b: 2 } };
    expect(surveyCoreVerdict(json, answers).changed).toEqual(['m']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'm.b', issue: 'row is hidden by logic' }],
    });
  });

  it('when a column is hidden by its visibleIf, then choosing it is refused at m.row', () => {
    const answers = { x: 1, u: { r1: 'lo', r2: 'hi' }, m: { a: 3 } };
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'm.a', issue: 'not one of the columns 1, 2' }],
    });
  });

  it('when the required matrix has only empty rows, then the answer is required as survey-core says', () => {
    const answers = { m: { a: null }, u: { r1: 'lo', r2: 'hi' } };
    expect(surveyCoreVerdict(json, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'm', issue: 'answer required' }],
    });
  });

  it('when eachRowRequired / eachRowUnique fail, then each row is named, also with no answer at all', () => {
    expect(validator.validate({ m: { a: 1 }, u: { r1: 'lo', r2: 'lo' } })).toEqual({
      ok: false,
      issues: [{ field: 'u.r2', issue: 'same answer as another row' }],
    });
    expect(validator.validate({ m: { a: 1 } })).toEqual({
      ok: false,
      issues: [
        { field: 'u.r1', issue: 'answer required' },
        { field: 'u.r2', issue: 'answer required' },
      ],
    });
  });

  it('when a key is no row, then we refuse it though survey-core keeps it (as an unknown question)', () => {
    const answers = { m: { a: 1, zz: 2 }, u: { r1: 'lo', r2: 'hi' } };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'm.zz', issue: 'unknown row' }],
    });
  });

  it('when an indicator scores a row, then choiceValues gives the columns for m.row', () => {
    expect(validator.choiceValues('m.a')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('m.zz')).toBeUndefined();
    expect(validator.choiceValues('m')).toBeUndefined();
  });
});

describe('matrix with cellType checkbox', () => {
  const boxes = {
    elements: [{ type: 'matrix', name: 'm', cellType: 'checkbox', columns: [1, 2, 3], rows: ['a', 'b'] }],
  };
  const boxValidator = compileValidator(boxes, 'matrix.test');
  it('when answer sets are drawn, then both verdicts agree', () => {
    const cells = fc.subarray([1, 2, 3, 9]);
    const boxSets = fc
      .record({ m: optional(fc.record({ a: optional(cells), b: optional(cells) }).map(withoutAbsent)) })
      .map(withoutAbsent);
    expectAgreement(boxes, boxValidator, boxSets, { seed: SEED + 1, numRuns: 100 });
  });
});
