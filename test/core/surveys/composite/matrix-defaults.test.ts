import fc from 'fast-check';
import { compileValidator } from '../../../../core/surveys/compile-validator';
import { optional, quietSurveyCore, surveyCoreVerdict, withoutAbsent } from './survey-core-verdict';

quietSurveyCore();

/** A dynamic matrix whose first column has a defaultValue, and one without any default. */
const withDefaults = {
  elements: [
    {
      type: 'matrixdynamic',
      name: 'm',
      rowCount: 2,
      columns: [
        { name: 'c', cellType: 'text', defaultValue: 'x' },
        { name: 'd', cellType: 'text' },
      ],
    },
    { type: 'matrixdynamic', name: 'plain', rowCount: 1, columns: [{ name: 'e', cellType: 'text' }] },
    { type: 'matrixdynamic', name: 'none', rowCount: 0, columns: [{ name: 'e', cellType: 'text' }] },
    {
      type: 'matrixdropdown',
      name: 'grid',
      rows: ['r1', 'r2'],
      columns: [
        { name: 'n', cellType: 'text', inputType: 'number', defaultValue: 0 },
        { name: 't', cellType: 'text' },
      ],
    },
  ],
};
const validator = compileValidator(withDefaults, 'matrix-defaults.test');
const defaultIssue = 'no answer, which survey-core replaces with its defaultValue';

describe('matrix rows survey-core builds or fills with defaults on completion', () => {
  it.each([{}, { m: '' }, { m: null }])(
    'when a dynamic matrix with column defaults gets %j, then its rowCount rows of defaults are the completed answer',
    (answers) => {
      const completed = { m: [{ c: 'x' }, { c: 'x' }], grid: { r1: { n: 0 }, r2: { n: 0 } } };
      expect(surveyCoreVerdict(withDefaults, answers).completed).toEqual(completed);
      expect(validator.validate(answers)).toEqual({ ok: true, answers: completed });
    },
  );

  it('when a matrix without defaults gets null or "", then the key is dropped with rowCount > 0 and kept with rowCount 0', () => {
    const answers = { m: [], plain: null, none: '', grid: { r1: { n: 1 }, r2: { n: 2 } } };
    const completed = { m: [], none: '', grid: { r1: { n: 1 }, r2: { n: 2 } } };
    expect(surveyCoreVerdict(withDefaults, answers).completed).toEqual(completed);
    expect(validator.validate(answers)).toEqual({ ok: true, answers: completed });
  });

  it('when a matrixdropdown with column defaults gets an empty list, then survey-core keeps it as sent, and so do we', () => {
    const answers = { m: [{ c: 'y' }], grid: [] };
    expect(surveyCoreVerdict(withDefaults, answers).completed).toEqual(answers);
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when a dynamic matrix has a defaultValue of its own, then survey-core builds no rows for null and it stays as sent', () => {
    const own = {
      elements: [
        {
          type: 'matrixdynamic',
          name: 'm',
          rowCount: 2,
          defaultValue: [{ c: 'a' }],
          columns: [{ name: 'c', cellType: 'text' }],
        },
      ],
    };
    expect(surveyCoreVerdict(own, { m: null }).completed).toEqual({ m: null });
    expect(compileValidator(own, 'matrix-defaults.test').validate({ m: null })).toEqual({
      ok: true,
      answers: { m: null },
    });
  });

  it('when a sent row leaves a cell with a default empty, then it is refused there, since survey-core fills it', () => {
    const answers = { m: [{ c: 'y' }, { d: 'z' }], grid: { r1: { n: 3 }, r2: { n: 0 } } };
    expect(surveyCoreVerdict(withDefaults, answers).changed).toEqual(['m']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'm[1].c', issue: defaultIssue }],
    });
  });

  it('when a matrixdropdown answer leaves out a row, then it is refused at the cell survey-core fills', () => {
    const answers = { m: [], grid: { r1: { n: 3, t: 'a' } } };
    expect(surveyCoreVerdict(withDefaults, answers).changed).toEqual(['grid']);
    expect(validator.validate(answers)).toEqual({
      ok: false,
      issues: [{ field: 'grid.r2.n', issue: defaultIssue }],
    });
  });

  it('when drawn sets are judged, then we accept exactly what survey-core completes unchanged, with its completed data', () => {
    // A cell sent null or '' is dropped from its row by survey-core, a matter apart: cells are left out.
    const cell = fc.constantFrom<unknown>(undefined, 'x', 'y');
    const row = fc.record({ c: optional(cell), d: optional(cell) }).map(withoutAbsent);
    const gridRow = fc.record({ n: optional(fc.constantFrom<unknown>(0, 4)), t: optional(cell) });
    const sets = fc
      .record({
        m: optional(fc.oneof(fc.constantFrom<unknown>(null, ''), fc.array(row, { maxLength: 3 }))),
        plain: optional(fc.constantFrom<unknown>(null, '', [], [{}], [{ e: 'a' }])),
        grid: optional(
          fc.oneof(
            fc.constantFrom<unknown>(null, ''),
            fc.record({ r1: optional(gridRow.map(withoutAbsent)), r2: optional(gridRow.map(withoutAbsent)) }),
          ),
        ),
      })
      .map((record) => withoutAbsent(record as Record<string, unknown>));
    const tally = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(sets, (answers) => {
        const verdict = surveyCoreVerdict(withDefaults, answers);
        const ours = validator.validate(answers);
        if (verdict.valid && verdict.changed.length === 0) {
          tally.accepted++;
          expect({ answers, ours }).toEqual({ answers, ours: { ok: true, answers: verdict.completed } });
        } else {
          tally.refused++;
          expect({ answers, ok: ours.ok }).toEqual({ answers, ok: false });
        }
      }),
      { seed: 20261207, numRuns: 80 },
    );
    expect(tally.accepted).toBeGreaterThan(10);
    expect(tally.refused).toBeGreaterThan(10);
  });
});
