import { MeasuredDefinition, type MeasuredDefinitionInput } from '../../../core/measured/measured-definition';
import {
  measuredFigures,
  type MeasuredFigure,
  type MeasuredRecord,
} from '../../../core/measured/measured-figures';
import { cutAt, parsePeriodKey, type MeasuredPeriod } from '../../../core/measured/measured-period';
import { monthIndex } from '../../../core/sick-leave/month-index';

const definition = (input: Partial<MeasuredDefinitionInput>) =>
  MeasuredDefinition.parse({
    key: 'qualified-lessons',
    title: { en: 'Qualified lessons' },
    kind: 'share',
    numeratorLabel: { en: 'by qualified teachers' },
    denominatorLabel: { en: 'lessons' },
    grain: 'quarter',
    polarity: 'higher-is-better',
    minPersons: 5,
    ...input,
  });

// Municipality → area → three schools, parents first.
const UNITS = [
  { id: 'R', parentId: null, path: '/R/' },
  { id: 'A', parentId: 'R', path: '/R/A/' },
  { id: 'S1', parentId: 'A', path: '/R/A/S1/' },
  { id: 'S2', parentId: 'A', path: '/R/A/S2/' },
  { id: 'S3', parentId: 'A', path: '/R/A/S3/' },
];
const quarter = (key: string) => parsePeriodKey('quarter', key)!;
const year = (key: string) => parsePeriodKey('calendar-year', key)!;

/** [unit, period start, numerator, denominator, persons] */
const records = (...rows: [string, string, number, number | null, number | null][]): MeasuredRecord[] =>
  rows.map(([unitId, periodStart, numerator, denominator, persons]) => ({
    unitId,
    periodStart,
    numerator,
    denominator,
    persons,
  }));

function figures(
  def: MeasuredDefinition,
  recs: MeasuredRecord[],
  periods: MeasuredPeriod[],
  units = UNITS,
): Record<string, MeasuredFigure>[] {
  return measuredFigures({ definition: def, units, records: recs, periods }).map((m) =>
    Object.fromEntries(m),
  );
}

const shown = (figure: MeasuredFigure | undefined) => {
  if (figure?.status !== 'shown') throw new Error(`not shown: ${JSON.stringify(figure)}`);
  return figure;
};
const HIDDEN = { status: 'hidden', minPersons: 5 };

/** The exact or interval change against last year, which a measured figure always can make. */
function changeOf(figure: MeasuredFigure | undefined) {
  const comparison = shown(figure).sameLastYear;
  if (!comparison.available || !comparison.change.comparable) throw new Error('no comparison');
  return comparison.change;
}

describe('measured figures', () => {
  it('when two schools add up, then the area is Σ numerators ÷ Σ denominators, not the mean of their shares', () => {
    // S1 90/100 = 90 %, S2 10/50 = 20 %: the area is 100/150 = 66.7 %, not (90 + 20)/2 = 55 %.
    const [q1] = figures(
      definition({}),
      records(['S1', '2025-01-01', 90, 100, 10], ['S2', '2025-01-01', 10, 50, 8]),
      [quarter('2025-Q1')],
    );
    expect(shown(q1!.A)).toMatchObject({ numerator: 100, denominator: 150, persons: 18, ciLow: null });
    expect(shown(q1!.A).value).toBeCloseTo(2 / 3, 10);
    expect(shown(q1!.R).value).toBeCloseTo(2 / 3, 10);
    expect(q1!.S3).toEqual({ status: 'no-data' });
  });

  it('when a rate adds months into a year, then the months weigh by their denominators', () => {
    // Jan 1 fall in 1,000 days (1.0 ‰), Feb 9 in 2,000 (4.5 ‰): the year so far is 10/3,000 = 3.33 ‰, not 2.75.
    const falls = definition({
      kind: 'rate',
      per: 1000,
      grain: 'month',
      polarity: 'lower-is-better',
      minPersons: 0,
    });
    const soFar = cutAt(year('2025'), monthIndex('2025-02'));
    const [y] = figures(
      falls,
      records(['S1', '2025-01-01', 1, 1000, 20], ['S1', '2025-02-01', 9, 2000, 20]),
      [soFar],
    );
    expect(shown(y!.S1).value).toBeCloseTo(10 / 3, 10);
    expect(shown(y!.R)).toMatchObject({ numerator: 10, denominator: 3000 });
  });

  it('when a school has fewer persons than the minimum, then it is hidden, with no number, and so is its smallest sibling', () => {
    // S2 has 3 teachers (< 5): hidden. Area − S1 − S3 would give S2 away, so the smallest shown sibling (S1, 10) goes too.
    const [q1] = figures(
      definition({}),
      records(
        ['S1', '2025-01-01', 90, 100, 10],
        ['S2', '2025-01-01', 2, 4, 3],
        ['S3', '2025-01-01', 30, 60, 12],
      ),
      [quarter('2025-Q1')],
    );
    expect(q1!.S2).toEqual(HIDDEN);
    expect(q1!.S1).toEqual(HIDDEN);
    expect(shown(q1!.S3).value).toBe(0.5);
    // The area holds all three: (90 + 2 + 30) / (100 + 4 + 60), 25 teachers.
    expect(shown(q1!.A)).toMatchObject({ numerator: 122, denominator: 164, persons: 25 });
  });

  it('when a school is hidden in one quarter, then its year is hidden too, though every quarter has enough persons', () => {
    // S1 has 10 teachers every quarter but is hidden in Q1 to protect S2; the year minus S1's
    // shown quarters would give Q1 away, so S1's year is hidden. S2's year has its fewest: 3.
    const q = (start: string, s2: number) =>
      records([`S1`, start, 90, 100, 10], ['S2', start, 4, 8, s2], ['S3', start, 30, 60, 12]);
    const all = [...q('2025-01-01', 3), ...q('2025-04-01', 8), ...q('2025-07-01', 8), ...q('2025-10-01', 8)];
    const [q2, y] = figures(definition({}), all, [quarter('2025-Q2'), year('2025')]);
    expect(shown(q2!.S1).value).toBe(0.9);
    expect(shown(q2!.S2).value).toBe(0.5);
    expect(y!.S1).toEqual(HIDDEN);
    expect(y!.S2).toEqual(HIDDEN);
    // S3: 4 × 30 / 4 × 60.
    expect(shown(y!.S3)).toMatchObject({ value: 0.5, numerator: 120, denominator: 240, persons: 12 });
  });

  it('when last year is hidden, then the comparison says so and gives no number', () => {
    const [q1] = figures(
      definition({}),
      records(
        ['S1', '2024-01-01', 80, 100, 3],
        ['S1', '2025-01-01', 90, 100, 10],
        ['S2', '2024-01-01', 10, 20, 12],
        ['S2', '2025-01-01', 10, 20, 12],
        ['S3', '2024-01-01', 30, 60, 20],
        ['S3', '2025-01-01', 30, 60, 20],
      ),
      [quarter('2025-Q1')],
    );
    // Last year S1 had 3 teachers, and S2 (12, smaller than S3's 20) was hidden beside it.
    expect(shown(q1!.S1).sameLastYear).toEqual({ available: false, reason: 'previous-hidden' });
    expect(shown(q1!.S2).sameLastYear).toEqual({ available: false, reason: 'previous-hidden' });
    expect(shown(q1!.S3).sameLastYear).toMatchObject({ available: true, previousValue: 0.5 });
  });

  it.each([
    // Falls per 1,000 days, lower is better: 6/3,000 → 2.0 ‰ last March, 3/3,000 → 1.0 ‰ now: −1.0, improved.
    ['lower-is-better', 6, 3, -1, 'improved', 0],
    ['higher-is-better', 6, 3, -1, 'worsened', 0],
    ['lower-is-better', 3, 6, 1, 'worsened', 0],
    ['lower-is-better', 3, 3, 0, 'no-detectable-change', 1],
  ] as const)(
    'when a register rate (%s) went from %i to %i falls, then the change is exactly %d: %s',
    (polarity, before, now, change, verdict, pValue) => {
      const falls = definition({ kind: 'rate', per: 1000, grain: 'month', polarity, minPersons: 0 });
      const [m] = figures(
        falls,
        records(['R', '2024-03-01', before, 3000, null], ['R', '2025-03-01', now, 3000, null]),
        [parsePeriodKey('month', '2025-03')!],
        [{ id: 'R', parentId: null, path: '/R/' }],
      );
      const exact = changeOf(m!.R);
      expect(exact.change).toBeCloseTo(change, 10);
      expect(exact).toMatchObject({ verdict, pValue });
      expect(exact.ciLow).toBe(exact.change);
      expect(exact.ciHigh).toBe(exact.change);
    },
  );

  it('when a share comes from a sample, then it has the Wilson interval and its change Newcombe’s', () => {
    // Wilson 8/10, z = 1.96: centre (0.8 + 0.19208)/1.38416 = 0.71674, half 1.96·√0.025604/1.38416 = 0.22658.
    // Newcombe 8/10 vs 6/10 (Wilson 0.3127..0.8318): 0.2 − √(0.3098² + 0.2318²) = −0.187, 0.2 + √(0.1433² + 0.2873²) = 0.521.
    const sampled = definition({ interval: 'wilson', minPersons: 0 });
    const [q1] = figures(
      sampled,
      records(['R', '2024-01-01', 6, 10, null], ['R', '2025-01-01', 8, 10, null]),
      [quarter('2025-Q1')],
      [{ id: 'R', parentId: null, path: '/R/' }],
    );
    const figure = shown(q1!.R);
    expect(figure.value).toBe(0.8);
    expect(figure.ciLow).toBeCloseTo(0.4902, 3);
    expect(figure.ciHigh).toBeCloseTo(0.9433, 3);
    const newcombe = changeOf(figure);
    expect(newcombe.ciLow).toBeCloseTo(-0.187, 2);
    expect(newcombe.ciHigh).toBeCloseTo(0.521, 2);
    expect(newcombe.verdict).toBe('no-detectable-change');
  });

  it('when the indicator is a count, then units add their numerators and a hidden one is still hidden', () => {
    const complaints = definition({ kind: 'count', denominatorLabel: null, minPersons: 5 });
    const [q1] = figures(
      complaints,
      records(['S1', '2025-01-01', 4, null, 20], ['S3', '2025-01-01', 3, null, 30]),
      [quarter('2025-Q1')],
    );
    expect(shown(q1!.A)).toMatchObject({ value: 7, numerator: 7, denominator: 0, persons: 50 });
  });
});

describe('a figure with no one said to be behind it', () => {
  it('when a school reports figures with 0 or no persons, then it counts as one person and is hidden, and so is the sibling that would give it away', () => {
    const def = definition({});
    const [q1] = figures(
      def,
      records(
        ['S1', '2025-01-01', 8, 10, 0],
        ['S2', '2025-01-01', 40, 50, 12],
        ['S3', '2025-01-01', 30, 40, null],
      ),
      [quarter('2025-Q1')],
    );
    expect(q1!.S1).toEqual(HIDDEN);
    expect(q1!.S3).toEqual(HIDDEN);
    expect(shown(q1!.A).persons).toBe(14);
  });
});
