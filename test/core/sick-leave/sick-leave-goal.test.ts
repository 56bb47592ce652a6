import type { GoalRule } from '../../../core/goals/goal-rule';
import { monthIndex, monthText } from '../../../core/sick-leave/month-index';
import { periodTitle } from '../../../core/sick-leave/period-title';
import { sickLeaveFigures } from '../../../core/sick-leave/sick-leave-figures';
import {
  goalPeriods,
  judgeSickLeaveFigure,
  reportYearOfPeriod,
} from '../../../core/sick-leave/sick-leave-goal';
import { monthRecord, UNITS } from './sick-leave-fixtures';

const data = (first: string, last: string) => ({ first: monthIndex(first), last: monthIndex(last) });
const noBenchmark = () => null;
const fallingAndBelow6: GoalRule = {
  type: 'all',
  rules: [
    { type: 'trend', direction: 'falling', significant: false },
    { type: 'threshold', op: '<', target: 0.06 },
  ],
};

/** 12 months of `sick` sick days out of 100 planned for each unit and month from `first`. */
function year(unitSick: Record<string, number>, first: string) {
  const records = [];
  for (let k = 0; k < 12; k++)
    for (const [unitId, sick] of Object.entries(unitSick))
      records.push(monthRecord(unitId, monthText(monthIndex(first) + k), sick, 100));
  return records;
}

describe('the periods a sick-leave goal is measured in', () => {
  it('when data run from January 2025 to October 2026, then the years are 2025 and 2026 so far, each reported in its own year', () => {
    const periods = goalPeriods('year', data('2025-01', '2026-10'));
    expect(periods.map((p) => [p.key, monthText(p.first), monthText(p.last), p.partial])).toEqual([
      ['2025', '2025-01', '2025-12', false],
      ['2026', '2026-01', '2026-10', true],
    ]);
    expect(periods.map(periodTitle).map((t) => t.da)).toEqual(['2025', '2026 (jan.–okt.)']);
    expect(periods.map(reportYearOfPeriod)).toEqual([2025, 2026]);
  });

  it('when the data begin in March 2025, then 2025 is not a period of its own: ten months are not the year', () => {
    expect(goalPeriods('year', data('2025-03', '2026-10')).map((p) => p.key)).toEqual(['2026']);
    expect(goalPeriods('quarter', data('2025-03', '2025-08')).map((p) => p.key)).toEqual([
      '2025-Q2',
      '2025-Q3',
    ]);
    expect(goalPeriods('rolling12', data('2025-03', '2026-01'))).toEqual([]);
  });

  it('when measured as rolling 12 months, then the windows end each December and at the latest month, and the latest belongs to its own year', () => {
    const periods = goalPeriods('rolling12', data('2024-11', '2026-10'));
    // The window to December 2024 would begin before the data.
    expect(periods.map((p) => monthText(p.last))).toEqual(['2025-12', '2026-10']);
    expect(periods.map((p) => monthText(p.first))).toEqual(['2025-01', '2025-11']);
    expect(periods.map(reportYearOfPeriod)).toEqual([2025, 2026]);
    expect(periodTitle(periods[1]!)).toEqual({
      da: '12 mdr. til okt. 2026',
      nb: '12 mnd. til okt. 2026',
      en: '12 months to Oct 2026',
    });
  });

  it('when measured by quarter, then each quarter from the first data is a period', () => {
    const periods = goalPeriods('quarter', data('2025-01', '2025-08'));
    expect(periods.map((p) => periodTitle(p).en)).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025 (Jul–Aug)']);
  });
});

describe('judging a sick-leave goal: "falling, and below 6 %"', () => {
  // 2024: x 7 %, y 5 %, z 9 %. 2025: x 5 % (falling, below), y 5.5 % (rising), z 8 % (falling, above).
  const records = [...year({ x: 7, y: 5, z: 9 }, '2024-01'), ...year({ x: 5, y: 5.5, z: 8 }, '2025-01')];
  const [figures] = sickLeaveFigures({
    units: UNITS,
    records,
    periods: goalPeriods('year', data('2024-01', '2025-12')).slice(-1),
  });
  const judge = (unitId: string, rule: GoalRule = fallingAndBelow6) =>
    judgeSickLeaveFigure(rule, figures!.get(unitId)!, noBenchmark);

  it('when a unit falls from 7 % to 5 %, then it is met and the change is exactly −2 points, an improvement', () => {
    const x = judge('x');
    expect(x.status).toBe('met');
    expect(x.change).toMatchObject({ comparable: true, verdict: 'improved' });
    if (!x.change?.comparable) throw new Error('no change');
    expect(x.change.change).toBeCloseTo(-0.02, 12);
    expect([x.change.ciLow, x.change.ciHigh]).toEqual([x.change.change, x.change.change]);
  });

  it('when a unit rises from 5 % to 5.5 %, then it is not met though below 6 %', () => {
    expect(judge('y').status).toBe('not-met');
    expect(judge('y', { type: 'threshold', op: '<', target: 0.06 }).status).toBe('met');
  });

  it('when a unit falls from 9 % to 8 %, then it is not met: it is still above 6 %', () => {
    expect(judge('z').status).toBe('not-met');
    expect(judge('z', { type: 'trend', direction: 'falling', significant: false }).status).toBe('met');
  });

  it('when the area of x and y (6 % → 5.25 %) is judged, then it is weighted by planned days and met', () => {
    // 2024: (7 + 5) × 12 / 2,400 = 6 %; 2025: (5 + 5.5) × 12 / 2,400 = 5.25 %.
    const area = figures!.get('a')!;
    if (area.status !== 'shown') throw new Error('area hidden');
    expect(area.rate).toBeCloseTo(0.0525, 12);
    expect(judge('a').status).toBe('met');
  });

  it('when the rate is unchanged, then a falling goal is not met (a count has no noise to be uncertain about)', () => {
    const flat = [...year({ x: 5 }, '2024-01'), ...year({ x: 5 }, '2025-01')];
    const [same] = sickLeaveFigures({
      units: UNITS,
      records: flat,
      periods: goalPeriods('year', data('2024-01', '2025-12')).slice(-1),
    });
    const verdict = judgeSickLeaveFigure(
      { type: 'trend', direction: 'falling', significant: false },
      same!.get('x')!,
      noBenchmark,
    );
    expect(verdict.status).toBe('not-met');
  });

  it('when there is no year before, then the trend part has no baseline and the goal is not judged yet', () => {
    const [first] = sickLeaveFigures({
      units: UNITS,
      records: year({ x: 5 }, '2025-01'),
      periods: goalPeriods('year', data('2025-01', '2025-12')),
    });
    const verdict = judgeSickLeaveFigure(fallingAndBelow6, first!.get('x')!, noBenchmark);
    expect(verdict).toMatchObject({ status: 'no-data', reasons: ['baseline'], change: null });
  });

  it('when a unit has 4 employees, then its goal is hidden, and so is the sibling that would give it away', () => {
    const small = records.map((r) => (r.unitId === 'y' ? { ...r, employees: 4 } : r));
    const [hidden] = sickLeaveFigures({
      units: UNITS,
      records: small,
      periods: goalPeriods('year', data('2024-01', '2025-12')).slice(-1),
    });
    expect(judgeSickLeaveFigure(fallingAndBelow6, hidden!.get('y')!, noBenchmark).status).toBe('hidden');
    // Area a = x + y: showing x and a would give y away, so x is hidden too.
    expect(judgeSickLeaveFigure(fallingAndBelow6, hidden!.get('x')!, noBenchmark).status).toBe('hidden');
  });

  it('when the comparison group averages 5.8 %, then "below the average" is met at 5.25 % and not at 8 %', () => {
    const rule: GoalRule = { type: 'benchmark', position: 'below', comparisonGroup: 'KOSTRA-gruppe 13' };
    const group = (name: string) => (name === 'KOSTRA-gruppe 13' ? 0.058 : null);
    expect(judgeSickLeaveFigure(rule, figures!.get('a')!, group).status).toBe('met');
    expect(judgeSickLeaveFigure(rule, figures!.get('z')!, group).status).toBe('not-met');
    expect(judgeSickLeaveFigure(rule, figures!.get('z')!, noBenchmark)).toMatchObject({
      status: 'no-data',
      reasons: ['no-benchmark'],
    });
  });
});
