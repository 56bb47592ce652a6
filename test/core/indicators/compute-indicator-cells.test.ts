import { computeIndicatorCells } from '../../../core/indicators/compute-indicator-cells';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';

const text = { da: 'x', nb: 'x', en: 'x' };

/** A share of respondents with q1 >= 4 (q1 scored 1..5). */
const indicator = (key: string, breakdowns: string[], sensitive = false) => ({
  key,
  label: text,
  description: text,
  polarity: 'higher-is-better',
  unit: 'share',
  score: { itemSets: [['q1']], minAnsweredShare: 1 },
  measure: { type: 'share', condition: { op: '>=', value: 4 } },
  breakdowns,
  sensitive,
});

/** "wellbeing" by grade and "by-class" by class. */
function anInstrument(minGroupSize: number) {
  return InstrumentIndicators.parse({
    instrument: { key: 'pupils', version: 1, name: text, minGroupSize },
    breakdowns: [
      { key: 'grade', question: 'grade', label: text },
      { key: 'class', question: 'class', label: text },
    ],
    itemScores: { q1: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 } },
    indicators: [indicator('wellbeing', ['grade']), indicator('by-class', ['class'])],
  });
}

const pupil = (grade: unknown, q1: number) => ({ grade, q1 });

describe('computeIndicatorCells', () => {
  // grade 2: q1 5, 4, 1 → n 3, k 2 · grade 6: 4, 4, 4 → n 3, k 3 · grade 10: 1, 2, 5, 5 → n 4, k 2
  // no grade: 5 → total only. Total n = 3 + 3 + 4 + 1 = 11, k = 2 + 3 + 2 + 1 = 8
  const answersList = [
    pupil(10, 1),
    pupil(2, 5),
    pupil(6, 4),
    pupil(10, 2),
    pupil(2, 4),
    pupil(undefined, 5),
    pupil(6, 4),
    pupil(10, 5),
    pupil(2, 1),
    pupil(6, 4),
    pupil(10, 5),
  ];

  it('when groups reach the minimum, then the total and every grade are shown in numeric grade order', () => {
    const cells = computeIndicatorCells(anInstrument(3), answersList).filter(
      (c) => c.indicatorKey === 'wellbeing',
    );
    const shape = cells.map(({ breakdownKey, breakdownValue, n, k, suppressed }) => ({
      breakdownKey,
      breakdownValue,
      n,
      k,
      suppressed,
    }));
    expect(shape).toEqual([
      { breakdownKey: '', breakdownValue: '', n: 11, k: 8, suppressed: false },
      { breakdownKey: 'grade', breakdownValue: '2', n: 3, k: 2, suppressed: false },
      { breakdownKey: 'grade', breakdownValue: '6', n: 3, k: 3, suppressed: false },
      { breakdownKey: 'grade', breakdownValue: '10', n: 4, k: 2, suppressed: false },
    ]);
    // 8 / 11 = 0.7273; Wilson: d = 1 + 3.8416/11 = 1.349236, centre = (0.727273 + 0.174618)/d = 0.668445,
    // half = (1.96/d)·√(0.018032 + 0.007937) = 1.452674 · 0.161148 = 0.234096 → 0.43435 .. 0.90254
    expect(cells[0]!.value).toBeCloseTo(0.7273, 4);
    expect(cells[0]!.ciLow).toBeCloseTo(0.4343, 4);
    expect(cells[0]!.ciHigh).toBeCloseTo(0.9025, 4);
  });

  it('when an indicator lists another breakdown, then only its own breakdown cells appear', () => {
    // "by-class" lists class, which nobody answered: only the total cell (same 11 respondents)
    const cells = computeIndicatorCells(anInstrument(3), answersList).filter(
      (c) => c.indicatorKey === 'by-class',
    );
    expect(cells.map((c) => [c.breakdownKey, c.n])).toEqual([['', 11]]);
  });

  it('when breakdown values mix numbers and text, then numbers come first in numeric order, then text', () => {
    // classes "6B", "10A", "2": "2" is numeric; "10A" < "6B" by code point
    const withClasses = ['6B', '10A', '2', '6B', '10A', '2', '6B', '10A', '2'].map((c) => ({
      class: c,
      q1: 4,
    }));
    const cells = computeIndicatorCells(anInstrument(3), withClasses).filter(
      (c) => c.indicatorKey === 'by-class',
    );
    expect(cells.map((c) => c.breakdownValue)).toEqual(['', '2', '10A', '6B']);
  });

  it('when a grade is below the minimum, then it and the smallest other grade are suppressed', () => {
    // minGroupSize 5: grade 2 n 2 (< 5) suppressed; its complement: grade 6 (n 5) is the smallest shown
    // grade, suppressed too (2 + 5 = 7 >= 5 hidden); grade 10 (n 6) and the total (n 13) stay shown.
    const list = [
      ...Array(2).fill(pupil(2, 5)),
      ...Array(5).fill(pupil(6, 4)),
      ...Array(6).fill(pupil(10, 1)),
    ];
    const cells = computeIndicatorCells(anInstrument(5), list).filter((c) => c.indicatorKey === 'wellbeing');
    expect(cells.map((c) => [c.breakdownValue, c.n, c.suppressed, c.value])).toEqual([
      ['', 13, false, 7 / 13], // k = 2 + 5 + 0 = 7
      ['2', 2, true, null],
      ['6', 5, true, null],
      ['10', 6, false, 0], // k = 0 of 6
    ]);
    expect(cells[1]).toMatchObject({ k: null, ciLow: null, ciHigh: null });
  });

  it('when an indicator lists an undeclared breakdown, then it throws InvalidDefinition naming it', () => {
    const instrument = anInstrument(3);
    instrument.indicators[0]!.breakdowns = ['gender'];
    expect(() => computeIndicatorCells(instrument, answersList)).toThrow(
      'pupils v1: indicators.wellbeing.breakdowns: unknown breakdown "gender"',
    );
  });
});

describe('computeIndicatorCells with background variables and sensitive items', () => {
  const instrument = InstrumentIndicators.parse({
    instrument: { key: 'staff', version: 1, name: text, minGroupSize: 5, sensitiveMinGroupSize: 10 },
    breakdowns: [{ key: 'age', question: 'age', label: text, shownAt: 'municipality' }],
    itemScores: { q1: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 } },
    indicators: [indicator('motivation', ['age']), indicator('not-harassed', ['age'], true)],
  });
  // 8 employees: 6 under 40 (q1 5), 2 aged 40+ (q1 1) → total n 8, k 6.
  const staff = [...Array(6).fill({ age: 'under-40', q1: 5 }), ...Array(2).fill({ age: '40-plus', q1: 1 })];

  it('when computed for a unit, then the age breakdown is left out entirely', () => {
    const cells = computeIndicatorCells(instrument, staff, 'unit');
    expect(cells.filter((c) => c.breakdownKey === 'age')).toEqual([]);
  });

  it('when computed for the municipality, then the age breakdown is there (with small cells suppressed)', () => {
    const ages = computeIndicatorCells(instrument, staff, 'municipality').filter(
      (c) => c.indicatorKey === 'motivation' && c.breakdownKey === 'age',
    );
    // under-40: n 6 ≥ 5 would show, but 40-plus (n 2) is hidden and total − under-40 would reveal it,
    // so the complement hides under-40 too.
    expect(ages.map((c) => [c.breakdownValue, c.n, c.suppressed])).toEqual([
      ['40-plus', 2, true],
      ['under-40', 6, true],
    ]);
  });

  it('when an indicator is sensitive, then its threshold is the higher one (8 answers < 10 are hidden)', () => {
    const totals = computeIndicatorCells(instrument, staff, 'unit');
    expect(totals.find((c) => c.indicatorKey === 'motivation')).toMatchObject({
      n: 8,
      k: 6,
      suppressed: false,
    });
    expect(totals.find((c) => c.indicatorKey === 'not-harassed')).toMatchObject({
      n: 8,
      value: null,
      suppressed: true,
    });
  });
});
