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

const SEED = 20261212;
quietSurveyCore();

/**
 * Rows with a detail panel (detailElements), whose answers the row's object holds beside its
 * cells: a required text shown by {row.kind}, ticks, a number with a validator; and a
 * matrixdropdown whose rows' detail panel asks a choice.
 */
const json = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'd',
      rowCount: 1,
      detailPanelMode: 'underRow',
      columns: [{ name: 'kind', cellType: 'dropdown', choices: ['a', 'b'] }],
      detailElements: [
        { type: 'text', name: 'why', isRequired: true, visibleIf: "{row.kind} = 'a'" },
        { type: 'checkbox', name: 'tags', choices: [1, 2, 3] },
        { type: 'text', name: 'n', inputType: 'number', validators: [{ type: 'numeric', maxValue: 5 }] },
      ],
    },
    {
      type: 'matrixdropdown',
      name: 'md',
      rows: ['r1', 'r2'],
      detailPanelMode: 'underRowSingle',
      columns: [{ name: 'c', cellType: 'text' }],
      detailElements: [{ type: 'dropdown', name: 'more', choices: ['x', 'y'] }],
    },
  ],
};
const validator = compileValidator(json, 'detail-panel.test');

const row = fc
  .record({
    kind: optional(fc.oneof({ arbitrary: fc.constantFrom('a', 'b'), weight: 8 }, fc.constant('z'))),
    why: optional(fc.constantFrom('because', ' ')),
    tags: optional(fc.subarray([1, 2, 3, 4], { minLength: 1 })),
    n: optional(fc.integer({ min: 0, max: 7 })),
  })
  .map(withoutAbsent);
const dropdownRow = fc
  .record({ c: optional(fc.constant('t')), more: optional(fc.constantFrom('x', 'y', 'w')) })
  .map(withoutAbsent);

/** A one-row dynamic matrix with one text column and the given detail panel. */
function withDetail(detailElements: unknown[], detailPanelMode?: string) {
  const matrix = {
    type: 'matrixdynamic',
    name: 'd',
    rowCount: 1,
    columns: [{ name: 'c', cellType: 'text' }],
  };
  return { elements: [{ ...matrix, detailElements, ...(detailPanelMode ? { detailPanelMode } : {}) }] };
}

const sets = fc
  .record({
    d: optional(fc.array(row, { maxLength: 3 })),
    md: optional(fc.record({ r1: optional(dropdownRow), r2: optional(dropdownRow) }).map(withoutAbsent)),
  })
  .map(withoutAbsent);

describe('detail panels of matrix rows: compiled validator vs survey-core', () => {
  it('when answer sets are drawn around what a browser sends, then both verdicts agree', () => {
    expectAgreement(json, validator, sets, { seed: SEED, numRuns: 60 });
  });

  it("when a row's detail panel was never opened, then its required question is still asked at d[i].why", () => {
    expectBothRefuse(json, validator, { d: [{ kind: 'b' }, { kind: 'a' }] }, [
      { field: 'd[1].why', issue: 'answer required' },
    ]);
  });

  it('when detail answers are given beside the cells, then they are accepted as survey-core completes them', () => {
    expectBothAccept(json, validator, {
      d: [{ kind: 'a', why: 'because', tags: [1, 3], n: 5 }],
      md: { r2: { c: 't', more: 'y' } },
    });
  });

  it('when a detail answer breaks its question, then it is named inside the row', () => {
    const answers = { d: [{ kind: 'b', tags: [4], n: 6 }], md: { r1: { more: 'w' } } };
    expect(surveyCoreVerdict(json, answers).changed).toEqual(['d', 'md']);
    expectBothRefuse(json, validator, answers, [
      { field: 'd[0].tags', issue: '4 is not one of the choices 1, 2, 3' },
      { field: 'd[0].n', issue: 'above maximum 5' },
      { field: 'md.r1.more', issue: 'not one of the choices x, y' },
    ]);
  });

  it('when a detail question hidden by {row.kind} holds an answer, then it is kept, as survey-core keeps it', () => {
    expectBothAccept(json, validator, { d: [{ kind: 'b', why: 'earlier' }] });
  });

  it('when detailPanelMode is absent ("none"), then survey-core shows no detail panel and nothing in it is asked', () => {
    const off = withDetail([{ type: 'text', name: 'why', isRequired: true }]);
    const offValidator = compileValidator(off, 'test');
    expectBothAccept(off, offValidator, { d: [{ c: 'v' }] });
    expect(offValidator.validate({ d: [{ c: 'v', why: 'w' }] })).toEqual({
      ok: false,
      issues: [{ field: 'd[0].why', issue: 'unknown column' }],
    });
  });

  it("when a detail question's valueName differs from its name, then the row holds it under valueName", () => {
    const named = withDetail(
      [{ type: 'text', name: 'why', valueName: 'reason', isRequired: true }],
      'underRow',
    );
    const namedValidator = compileValidator(named, 'test');
    expectBothAccept(named, namedValidator, { d: [{ reason: 'w' }] });
    expectBothRefuse(named, namedValidator, { d: [{ why: 'w' }] }, [
      { field: 'd[0].why', issue: 'unknown column' },
      { field: 'd[0].reason', issue: 'answer required' },
    ]);
  });

  it('when a detail panel holds a dynamic matrix the row has no answer for, then its rowCount rows are still asked', () => {
    const column = { name: 'x', cellType: 'text', isRequired: true };
    const nested = withDetail(
      [{ type: 'matrixdynamic', name: 'child', rowCount: 2, columns: [column] }],
      'underRow',
    );
    expectBothRefuse(nested, compileValidator(nested, 'test'), { d: [{ c: 'v' }] }, [
      { field: 'd[0].child[0].x', issue: 'answer required' },
      { field: 'd[0].child[1].x', issue: 'answer required' },
    ]);
  });
});
