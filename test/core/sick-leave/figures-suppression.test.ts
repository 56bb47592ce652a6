import type { SickLeaveRecord } from '../../../core/sick-leave/figures-record';
import { figuresIn, monthRecord, shown, UNITS } from './sick-leave-fixtures';

const HIDDEN = { status: 'hidden', minEmployees: 5 };
const hiddenIds = (figures: Map<string, { status: string }>) =>
  [...figures].filter(([, f]) => f.status === 'hidden').map(([id]) => id);

describe('anonymity of sick-leave figures', () => {
  it('when an institution has 3 employees, then it is hidden with no number, and its sibling too, since area − sibling would give it away', () => {
    // x 20 people 10/100, y 3 people 30/60: area a = 23 people, 40/160; a − x = y → hide x as well.
    const figures = figuresIn(
      [monthRecord('x', '2025-01', 10, 100), monthRecord('y', '2025-01', 30, 60, { employees: 3 })],
      'month',
      '2025-01',
    );
    expect(figures.get('y')).toEqual(HIDDEN);
    expect(figures.get('x')).toEqual(HIDDEN);
    const area = shown(figures.get('a'));
    expect(area.rate).toBeCloseTo(40 / 160, 12);
    expect(area.employees).toBe(23);
  });

  it('when two small institutions are 3 + 3 people, then together they are 6 and the area shows; no complement is needed', () => {
    const figures = figuresIn(
      [
        monthRecord('x', '2025-01', 1, 60, { employees: 3 }),
        monthRecord('y', '2025-01', 2, 60, { employees: 3 }),
        monthRecord('z', '2025-01', 5, 100),
      ],
      'month',
      '2025-01',
    );
    expect(hiddenIds(figures).sort()).toEqual(['x', 'y']);
    expect(shown(figures.get('a')).employees).toBe(6);
  });

  it('when an area is hidden only to protect a small sibling and is the sum of its shown institutions, then one of those is hidden too', () => {
    // m = a (x 10 + y 10) + b (z 3). b is small; m − a = b, so a is hidden; a = x + y, so x (the
    // first of the smallest) is hidden too; y alone reveals neither a nor b.
    const figures = figuresIn(
      [
        monthRecord('x', '2025-01', 4, 100, { employees: 10 }),
        monthRecord('y', '2025-01', 6, 100, { employees: 10 }),
        monthRecord('z', '2025-01', 2, 40, { employees: 3 }),
      ],
      'month',
      '2025-01',
    );
    expect(hiddenIds(figures).sort()).toEqual(['a', 'b', 'x', 'z']);
    expect(shown(figures.get('m')).employees).toBe(23);
    expect(shown(figures.get('y')).rate).toBeCloseTo(0.06, 12);
  });

  it('when the export has no headcount, then it is estimated as whole FTEs: 92 planned days in January 2025 (23 weekdays) is 4 people and hidden; 115 is 5 and shown', () => {
    const hidden = figuresIn([monthRecord('z', '2025-01', 9, 92, { employees: null })], 'month', '2025-01');
    expect(hidden.get('z')).toEqual(HIDDEN);
    expect(hidden.get('m')).toEqual(HIDDEN);
    const five = shown(
      figuresIn([monthRecord('z', '2025-01', 9, 115, { employees: null })], 'month', '2025-01').get('z'),
    );
    expect([five.employees, five.employeesEstimated]).toEqual([5, true]);
  });

  it('when a unit was small in one month of a quarter, then its quarter is hidden too: the quarter minus the shown months would give that month away', () => {
    const records: SickLeaveRecord[] = [];
    for (const month of ['2025-01', '2025-02', '2025-03']) {
      records.push(monthRecord('x', month, 2, 100, { employees: month === '2025-02' ? 3 : 20 }));
      records.push(monthRecord('y', month, 3, 100));
    }
    const february = figuresIn(records, 'month', '2025-02');
    expect(hiddenIds(february).sort()).toEqual(['x', 'y']);
    const january = figuresIn(records, 'month', '2025-01');
    expect(hiddenIds(january)).toEqual([]);
    expect(hiddenIds(figuresIn(records, 'quarter', '2025-01')).sort()).toEqual(['x', 'y']);
    // Every rolling window holding February 2025 hides them as well.
    expect(hiddenIds(figuresIn(records, 'rolling12', '2025-03')).sort()).toEqual(['x', 'y']);
  });

  it('when a month hides a unit to protect a small sibling, then the quarter hides that same unit, not whichever is smallest over the quarter', () => {
    // Area a with x, y, w. February: y 3 (small), x 6, w 10 → x hidden as complement (smallest).
    // Over the quarter w's fewest (5, January) is below x's (6): on its own the quarter would hide
    // w, leaving x's quarter shown, and x's quarter − x's January − x's March = x's February,
    // then a − x − w = y. Hiding x wherever February is inside prevents that.
    const units = [...UNITS, { id: 'w', parentId: 'a', path: '/m/a/w/' }];
    const people: Record<string, number[]> = { x: [20, 6, 20], y: [8, 3, 8], w: [5, 10, 10] };
    const records = Object.entries(people).flatMap(([unit, counts]) =>
      ['2025-01', '2025-02', '2025-03'].map((month, i) =>
        monthRecord(unit, month, 1, 20 * counts[i]!, { employees: counts[i]! }),
      ),
    );
    expect(hiddenIds(figuresIn(records, 'month', '2025-02', units)).sort()).toEqual(['x', 'y']);
    const quarter = figuresIn(records, 'quarter', '2025-01', units);
    expect(hiddenIds(quarter).sort()).toEqual(['x', 'y']);
    expect(shown(quarter.get('w')).employees).toBe(5);
  });
});
