import type { AnonymityRules } from '../../../core/anonymity/anonymity-rules';
import { auditRelease } from '../../../core/anonymity/audit-release';
import type { BoundSolver } from '../../../core/anonymity/bound-solver';
import type { CellRef, EarlierRelease, ReleaseAuditResult } from '../../../core/anonymity/release-audit';
import { loadHighsBoundSolver } from '../../../worker/anonymity/highs-bound-solver';
import { input, pupil, releaseCells, times, type Unit } from './support/release-fixture';

const FULL: AnonymityRules = { linkedIndicators: true, bounds: true, heldReleases: true };
const OLD: AnonymityRules = { linkedIndicators: false, bounds: false, heldReleases: true };

let solver: BoundSolver;
beforeAll(async () => {
  solver = await loadHighsBoundSolver();
});

const hidden = (
  result: ReleaseAuditResult,
  unitId: string,
  indicatorKey: string,
  breakdownKey = '',
  value = '',
) =>
  result.hiddenCells.some(
    (c: CellRef) =>
      c.unitId === unitId &&
      c.indicatorKey === indicatorKey &&
      c.breakdownKey === breakdownKey &&
      c.breakdownValue === value,
  );

/**
 * The first two attacks in miniature. An area of three schools, each with a 0.A and a 5.A.
 * Engdal 0.A has 3 pupils, none teased; Sønder 0.A 14, none teased; Nord 0.A has 2 teased of 16
 * (grade 0 is asked about teasing; the bullying distribution counts grades 4-9 only). The old audit
 * hides Engdal 0.A and, to keep its n unsolvable, a rectangle: Engdal 5.A and Sønder 0.A + 5.A.
 * Then the area's grade 0 minus Nord's says the two hidden grade-0 classes are 17 of 17 not
 * bullied: Engdal 0.A is all not bullied (bounds). And Engdal 5.A, hidden for not-bullied, shows
 * its bullying distribution (13 never, 1 rarely of 15): that is its not-bullied count, and the
 * school minus it gives 0.A (linked indicators).
 */
function areaOf(young: number, old: number, sonderYoung = times(14, () => pupil(young, 5))): Unit[] {
  const unit = (school: string, grade: number, answers: Record<string, string>[]) => ({
    id: `${school}-${grade}A`,
    parentId: school,
    answers,
  });
  return [
    { id: 'muni', parentId: null },
    { id: 'area', parentId: 'muni' },
    { id: 'nord', parentId: 'area' },
    { id: 'engdal', parentId: 'area' },
    { id: 'sonder', parentId: 'area' },
    unit('nord', young, [...times(14, () => pupil(young, 5)), ...times(2, () => pupil(young, 2))]),
    unit('nord', old, [...times(18, () => pupil(old, 5)), ...times(2, () => pupil(old, 1))]),
    unit(
      'engdal',
      young,
      times(3, () => pupil(young, 5)),
    ),
    unit('engdal', old, [...times(13, () => pupil(old, 5)), pupil(old, 4), pupil(old, 2)]),
    unit('sonder', young, sonderYoung),
    unit('sonder', old, [...times(16, () => pupil(old, 5)), ...times(4, () => pupil(old, 3))]),
  ];
}
const area = areaOf(0, 5);

describe('auditing a release: linked indicators and bounds', () => {
  it('when only the old rules run, then the hidden grade-0 groups are all not bullied and 5.A shows its distribution', () => {
    const { cells } = releaseCells(area);
    const result = auditRelease(input(area), OLD, solver);
    const notBulliedGrade0 = (unit: string) =>
      cells.find((c) => c.unitId === unit && c.indicatorKey === 'not-bullied' && c.breakdownValue === '0')!
        .stats;
    expect(hidden(result, 'engdal', 'not-bullied', 'grade', '0')).toBe(true);
    expect(hidden(result, 'sonder', 'not-bullied', 'grade', '0')).toBe(true);
    expect(hidden(result, 'nord', 'not-bullied', 'grade', '0')).toBe(false);
    // What a reader subtracts: area grade 0 minus Nord's grade 0 = 33 − 16 pupils, 31 − 14 not bullied.
    const area0 = notBulliedGrade0('area');
    const nord0 = notBulliedGrade0('nord');
    expect([area0.n - nord0.n, area0.k - nord0.k]).toEqual([17, 17]);
    expect(hidden(result, 'engdal-5A', 'not-bullied')).toBe(true);
    expect(hidden(result, 'engdal-5A', 'bullied-frequency--5')).toBe(false);
  });

  it('when linked indicators are hidden together, then every indicator of the bullying answers is hidden for 5.A', () => {
    const result = auditRelease(input(area), { ...OLD, linkedIndicators: true }, solver);
    for (const answer of ['1', '2', '3', '4', '5'])
      expect(hidden(result, 'engdal-5A', `bullied-frequency--${answer}`)).toBe(true);
    // Happiness shares no answer with bullying: its own audit decides alone.
    expect(hidden(result, 'engdal-5A', 'happiness')).toBe(true);
  });

  it('when bounds are audited, then a grade-0 class with teased pupils joins the hidden ones, and so does the whole of the school whose only young class is the small one', () => {
    // Engdal's not-bullied minus its bullying distribution is its grades 0-3 alone: 0.A. Nothing
    // hidden inside Engdal changes that, so Engdal's own total goes, and Nord's with it (else the
    // area minus Nord and Sønder gives it back).
    const result = auditRelease(input(area), FULL, solver);
    expect(hidden(result, 'nord', 'not-bullied', 'grade', '0')).toBe(true);
    expect(hidden(result, 'engdal', 'not-bullied')).toBe(true);
    for (const unit of ['area', 'muni']) expect(hidden(result, unit, 'not-bullied')).toBe(false);
  });

  it('when the hidden groups already mix answers, then bounds hide nothing more than the exact audit', () => {
    // Grades 4 and 5: one form for all; Sønder's 4.A has two bullied pupils among its 14.
    const mixed = areaOf(4, 5, [...times(12, () => pupil(4, 5)), ...times(2, () => pupil(4, 1))]);
    const linkedOnly = auditRelease(input(mixed), { ...FULL, bounds: false }, solver);
    const full = auditRelease(input(mixed), FULL, solver);
    expect(full.hiddenCells.length).toBe(linkedOnly.hiddenCells.length);
  });

  it('when a shown group says everyone in it gave one answer, then the small group inside it is not hidden further for saying the same', () => {
    // Every grade-4 pupil of the area is not bullied (Nord too): the area's grade 4 says so of all of them.
    const allFine = areaOf(4, 5).map((u) =>
      u.id === 'nord-4A' ? { ...u, answers: times(16, () => pupil(4, 5)) } : u,
    );
    const linkedOnly = auditRelease(input(allFine), { ...FULL, bounds: false }, solver);
    const full = auditRelease(input(allFine), FULL, solver);
    expect(full.hiddenCells.length).toBe(linkedOnly.hiddenCells.length);
  });
});

describe('auditing a release against the earlier ones', () => {
  const school: Unit[] = [
    { id: 'school', parentId: null },
    ...['1A', '2A', '3A'].map((id, i) => ({
      id,
      parentId: 'school',
      answers: times(12, (j) => pupil(i + 1, j % 4 === 0 ? 2 : 5, 1 + (j % 5))),
    })),
  ];
  const earlierOf = (units: Unit[], seq = 1): EarlierRelease => {
    const { cells, counts } = releaseCells(units);
    return {
      seq,
      cells: cells.map((c) => ({ ...c, shownFresh: !c.suppressed })),
      goalCells: [],
      responseCounts: counts,
    };
  };
  const withMore = (count: number) =>
    school.map((u) =>
      u.id === '1A' ? { ...u, answers: [...u.answers!, ...times(count, () => pupil(1, 1, 1))] } : u,
    );

  it('when one answer arrived in a class since the last release, then neither the class nor the school shows it', () => {
    const result = auditRelease(input(withMore(1), { earlier: [earlierOf(school)] }), FULL, solver);
    expect(hidden(result, '1A', 'not-bullied')).toBe(true);
    expect(hidden(result, 'school', 'not-bullied')).toBe(true);
    expect(hidden(result, '2A', 'not-bullied')).toBe(false);
  });

  it('when five answers arrived, then the class and the school show the new numbers', () => {
    const result = auditRelease(input(withMore(5), { earlier: [earlierOf(school)] }), FULL, solver);
    expect(hidden(result, '1A', 'not-bullied')).toBe(false);
    expect(hidden(result, 'school', 'not-bullied')).toBe(false);
  });

  it('when releases are not held (live), then one answer shows at once', () => {
    const result = auditRelease(
      input(withMore(1), { earlier: [earlierOf(school)] }),
      { ...FULL, heldReleases: false },
      solver,
    );
    expect(hidden(result, 'school', 'not-bullied')).toBe(false);
  });
});
