import {
  countUnlikeClassGrade,
  gradeGroupPopulation,
  peopleByGrade,
  UNLIKE_CLASS_GRADE,
} from '../../../core/indicators/class-grade-groups';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';
import { StatsTable } from '../../../core/indicators/indicator-stats';
import { rollUp } from '../../../core/indicators/roll-up';

const text = { da: 'x', nb: 'x', en: 'x' };
const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text },
  breakdowns: [{ key: 'grade', question: 'grade', label: text }],
  itemScores: { q1: { '1': 1, '2': 2 } },
  indicators: [
    {
      key: 'happy',
      label: text,
      description: text,
      polarity: 'higher-is-better',
      unit: 'share',
      score: { itemSets: [['q1']], minAnsweredShare: 1 },
      measure: { type: 'share', condition: { op: '>=', value: 2 } },
      breakdowns: ['grade'],
    },
  ],
});

// School S with classes 1.A (20 pupils), 6.A (25) and 9.A (22).
const units = [
  { id: 'S', parentId: null, kind: 'institution', grade: null },
  { id: '1A', parentId: 'S', kind: 'group', grade: 1 },
  { id: '6A', parentId: 'S', kind: 'group', grade: 6 },
  { id: '9A', parentId: 'S', kind: 'group', grade: 9 },
];
const populations = new Map<string, number | null>([
  ['S', 67],
  ['1A', 20],
  ['6A', 25],
  ['9A', 22],
]);
const stats = (n: number) => ({ n, k: n, sum: 2 * n, sumSq: 4 * n });

/** A class's own table: `n` answers, `asGrade` of them giving grade `grade`, the rest grade `other`. */
function classTable(grade: number, n: number, other?: { grade: number; n: number }) {
  const table = new StatsTable();
  table.add('happy', '', '', stats(n + (other?.n ?? 0)));
  table.add('happy', 'grade', String(grade), stats(n));
  if (other) table.add('happy', 'grade', String(other.grade), stats(other.n));
  return table;
}

function schoolTables(direct: Map<string, StatsTable>) {
  countUnlikeClassGrade(instrument, direct, units);
  return rollUp({
    nodes: units.map((u) => ({ ...u, population: null })),
    affected: new Set(['S', '1A', '6A', '9A']),
    direct,
    stored: new Map(),
  });
}

describe('grade groups that are whole classes', () => {
  it('when every pupil answered through their class with its grade, then grades 1, 6 and 9 are 20 + 25 + 22 pupils', () => {
    const tables = schoolTables(
      new Map([
        ['1A', classTable(1, 15)],
        ['6A', classTable(6, 20)],
        ['9A', classTable(9, 18)],
      ]),
    );
    const people = peopleByGrade(units, populations);
    expect(gradeGroupPopulation(tables.get('S')!, 'happy', people.get('S')!, ['1', '6', '9'])).toBe(67);
    expect(gradeGroupPopulation(tables.get('S')!, 'happy', people.get('S')!, ['6'])).toBe(25);
    // Class 1.A under a goal for grades 1, 6 and 9: the class itself, 20 pupils.
    expect(gradeGroupPopulation(tables.get('1A')!, 'happy', people.get('1A')!, ['1', '6', '9'])).toBe(20);
  });

  it('when one pupil of 6.A gave grade 7, then no grade group of the school has a known population, while 1.A keeps its own', () => {
    const tables = schoolTables(
      new Map([
        ['1A', classTable(1, 15)],
        ['6A', classTable(6, 19, { grade: 7, n: 1 })],
        ['9A', classTable(9, 18)],
      ]),
    );
    const people = peopleByGrade(units, populations);
    expect(tables.get('S')!.find('happy', UNLIKE_CLASS_GRADE, '')!.stats.n).toBe(1);
    expect(gradeGroupPopulation(tables.get('S')!, 'happy', people.get('S')!, ['6'])).toBeNull();
    expect(gradeGroupPopulation(tables.get('S')!, 'happy', people.get('S')!, ['1'])).toBeNull();
    expect(gradeGroupPopulation(tables.get('1A')!, 'happy', people.get('1A')!, ['1'])).toBe(20);
  });

  it('when the school has answers of its own (not through a class), then its grade groups have no known population', () => {
    const tables = schoolTables(
      new Map([
        ['S', classTable(6, 2)],
        ['1A', classTable(1, 15)],
      ]),
    );
    const people = peopleByGrade(units, populations);
    expect(gradeGroupPopulation(tables.get('S')!, 'happy', people.get('S')!, ['6'])).toBeNull();
  });

  it('when a class size is not known, then no grade group above it has a known population', () => {
    const people = peopleByGrade(units, new Map([...populations, ['9A', null]]));
    expect(people.get('S')).toBeNull();
    expect(people.get('1A')).toEqual(new Map([['1', 20]]));
  });
});
