import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import {
  expectAgreement,
  optional,
  quietSurveyCore,
  surveyCoreVerdict,
  withoutAbsent,
} from './survey-core-verdict';

const SEED = 20261209;
quietSurveyCore();

/**
 * Cells of each type: dropdown from the matrix's choices (the default cellType), required;
 * text shown by {row.kind}; checkbox, boolean, rating with their own values; an isUnique column.
 */
const json = {
  elements: [
    { type: 'radiogroup', name: 'x', choices: [1, 2] },
    {
      type: 'matrixdropdown',
      name: 'md',
      choices: [1, 2, 3],
      rows: ['a', { value: 'b', visibleIf: '{x} = 1' }],
      columns: [
        { name: 'kind', isRequired: true },
        { name: 'note', cellType: 'text', isRequired: true, visibleIf: '{row.kind} = 2' },
        { name: 'tags', cellType: 'checkbox', choices: ['p', 'q'] },
        { name: 'ok', cellType: 'boolean' },
        { name: 'score', cellType: 'rating', rateMax: 3 },
        { name: 'code', cellType: 'text', isUnique: true },
      ],
    },
  ],
};
const validator = compileValidator(json, 'matrixdropdown.test');

const rare = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: usual, weight: 8 }, { arbitrary: odd, weight: 1 });

const row = fc
  .record({
    kind: rare(fc.constantFrom(1, 2, 3), fc.constantFrom(9, null)),
    note: optional(rare(fc.constantFrom('n', ' '), fc.constant(''))),
    tags: optional(rare(fc.subarray(['p', 'q'], { minLength: 1 }), fc.constantFrom(['z'], ['p', 'z']))),
    ok: optional(fc.boolean()),
    // survey-core keeps a rating off the scale (4); we refuse it, as for a rating question.
    score: optional(fc.constantFrom(1, 2, 3)),
    code: optional(fc.constantFrom('c1', 'c2')),
  })
  .map(withoutAbsent);
const rowOrHole = fc.oneof({ arbitrary: row, weight: 5 }, fc.constant({}));

const sets = fc
  .record({
    x: optional(fc.constantFrom(1, 2)),
    md: optional(fc.record({ a: optional(rowOrHole), b: optional(rowOrHole) }).map(withoutAbsent)),
  })
  .map(withoutAbsent);

describe('matrixdropdown: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 100 });
  });

  it('when no answer is sent, then each visible row still needs its required cells, at md.row.col', () => {
    expect(validator.validate({ x: 1 })).toEqual({
      ok: false,
      issues: [
        { field: 'md.a.kind', issue: 'answer required' },
        { field: 'md.b.kind', issue: 'answer required' },
      ],
    });
  });

  it('when a column is shown by {row.kind}, then its required cell is required only in that row', () => {
    const answers = { md: { a: { kind: 2 } } };
    expect(surveyCoreVerdict(json, answers).valid).toBe(false);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'md.a.note', issue: 'answer required' }],
    });
    expect(validator.validate({ md: { a: { kind: 1 } } })).toMatchObject({ ok: true });
  });

  it('when a hidden cell keeps an answer, then both keep it (survey-core does not clear cells)', () => {
    const answers = { md: { a: { kind: 1, note: 'left over' } } };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toMatchObject({ ok: true });
  });

  it('when a cell is not among its choices or an isUnique value repeats, then the cell is named', () => {
    expect(validator.validate({ x: 1, md: { a: { kind: 9 }, b: { kind: 1 } } })).toEqual({
      ok: false,
      issues: [{ field: 'md.a.kind', issue: 'not one of the choices 1, 2, 3' }],
    });
    expect(
      validator.validate({ x: 1, md: { a: { kind: 1, code: 'c' }, b: { kind: 1, code: 'c' } } }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'md.a.code', issue: 'same value as in another row' },
        { field: 'md.b.code', issue: 'same value as in another row' },
      ],
    });
  });

  it('when a row is hidden or unknown, or a column unknown, then we refuse it', () => {
    expect(validator.validate({ md: { a: { kind: 1, zz: 1 }, b: { kind: 1 }, c: { kind: 1 } } })).toEqual({
      ok: false,
      issues: [
        { field: 'md.b', issue: 'row is hidden by logic' },
        { field: 'md.c', issue: 'unknown row' },
        { field: 'md.a.zz', issue: 'unknown column' },
      ],
    });
  });

  it('when a rating cell is off its scale, then we refuse it though survey-core keeps it', () => {
    const answers = { md: { a: { kind: 1, score: 4 } } };
    expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [] });
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'md.a.score', issue: 'above scale max 3' }],
    });
  });

  it('when the totals row is sent beside the matrix, then its shape is checked, not its sums', () => {
    // survey-core writes "<name>-total" into the data and recomputes it whatever was sent; we
    // accept the totals of the total columns without recomputing them (a stale sum passes).
    const totals = {
      elements: [
        {
          type: 'matrixdropdown',
          name: 'md',
          rows: ['a'],
          columns: [{ name: 'n', cellType: 'rating', totalType: 'sum' }],
        },
      ],
    };
    const withTotals = compileValidator(totals, 'matrixdropdown.test');
    const { completed } = surveyCoreVerdict(totals, { md: { a: { n: 2 } } });
    expect(completed).toEqual({ md: { a: { n: 2 } }, 'md-total': { n: 2 } });
    expect(withTotals.validate(completed)).toEqual({ ok: true, answers: completed });
    expect(withTotals.validate({ ...completed, 'md-total': { a: 1 } })).toEqual({
      ok: false,
      issues: [{ field: 'md-total', issue: '"a" is not a column with a total' }],
    });
  });

  it('when an indicator scores a cell, then choiceValues gives its values for md.row.col', () => {
    expect(validator.choiceValues('md.a.kind')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('md.b.score')).toEqual([1, 2, 3]);
    expect(validator.choiceValues('md.a.note')).toBeUndefined();
    expect(validator.choiceValues('md.z.kind')).toBeUndefined();
  });
});

/**
 * Two columns of one name (as in SurveyJS's markup test etalon_matrixdropdown): survey-core gives
 * both cells the one key; the second, with a length validator, is shown for "1" and "12345".
 */
const shared = {
  elements: [
    {
      type: 'matrixdropdown',
      name: 'md',
      rows: ['a', 'b'],
      columns: [
        { name: 'c', cellType: 'text' },
        {
          name: 'c',
          cellType: 'text',
          visibleIf: "{row.c} = '1' or {row.c} = '12345'",
          validators: [{ type: 'text', maxLength: 3 }],
        },
      ],
    },
  ],
};
const sharedValidator = compileValidator(shared, 'matrixdropdown.test');

describe('matrixdropdown with two columns of one name: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    const row = fc
      .record({ c: optional(fc.constantFrom('1', '12345', 'long text', ' ')) })
      .map(withoutAbsent);
    const sets = fc
      .record({ md: optional(fc.record({ a: optional(row), b: optional(row) }).map(withoutAbsent)) })
      .map(withoutAbsent);
    expectAgreement(shared, sharedValidator, sets, { seed: SEED, numRuns: 60 });
  });

  it('when the shared key holds a value only the hidden column would refuse, then we accept it', () => {
    const answers = { md: { a: { c: '1' }, b: { c: 'long text' } } };
    expect(surveyCoreVerdict(shared, answers)).toMatchObject({ valid: true, changed: [] });
    expect(sharedValidator.validate(answers)).toEqual({ ok: true, answers });
  });

  it("when a shown column's validator refuses the shared value, then the cell is named", () => {
    const answers = { md: { a: { c: '12345' } } };
    expect(surveyCoreVerdict(shared, answers).valid).toBe(false);
    expect(sharedValidator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'md.a.c', issue: expect.stringContaining('3') as unknown }],
    });
  });
});
