import type { InstrumentIndicators } from './indicator-definition';
import type { StatsTable } from './indicator-stats';
import { childrenOf } from './roll-up';

/**
 * Grade groups that are whole classes. A pupil's grade is an answer (the class link fills it in;
 * the pupil may change it), so "grade 6 of Nordskolen" is a group of answers — but where every
 * answer came through a class and gave that class's grade, it is exactly the classes of that grade,
 * and its population is theirs: the same pupils get the same interval whether they are read as
 * class 6.A, as the school's grade 6 or under a goal for grades 1, 6 and 9 (issue 16).
 */

/**
 * A statistics cell counting, per indicator, respondents that are not in their class's grade
 * group: answers through a unit that is no class, or a grade other than the class's. It adds up
 * like any cell, so a unit's count is its subtree's; kept with the unit's cells, never shown.
 */
export const UNLIKE_CLASS_GRADE = '#unlike-class-grade';

export interface GradedUnit {
  id: string;
  parentId: string | null;
  kind: string;
  grade: number | null;
}

/** The breakdown by the grade question, which class links fill in; none when the instrument has none. */
export function classGradeBreakdownKey(instrument: InstrumentIndicators): string | null {
  return instrument.breakdowns.find((b) => b.question === 'grade')?.key ?? null;
}

/** Adds the unlike-class-grade count to each unit's own statistics (before rolling them up). */
export function countUnlikeClassGrade(
  instrument: InstrumentIndicators,
  direct: Map<string, StatsTable>,
  units: readonly GradedUnit[],
): void {
  const breakdownKey = classGradeBreakdownKey(instrument);
  if (breakdownKey === null) return;
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const [unitId, table] of direct) {
    const grade = byId.get(unitId)?.grade ?? null;
    for (const indicator of instrument.indicators) {
      if (!indicator.breakdowns.includes(breakdownKey)) continue;
      const total = table.find(indicator.key, '', '')?.stats.n ?? 0;
      const same =
        grade === null ? 0 : (table.find(indicator.key, breakdownKey, String(grade))?.stats.n ?? 0);
      if (total > same)
        table.add(indicator.key, UNLIKE_CLASS_GRADE, '', { n: total - same, k: 0, sum: 0, sumSq: 0 });
    }
  }
}

/**
 * The pupils of each grade in each unit's subtree, from its classes' populations (the round's);
 * null where any unit without units below it lacks a grade or a population, as a unit's population
 * is unknown when any child's is (roll-up.ts).
 */
export function peopleByGrade(
  units: readonly GradedUnit[],
  populations: Map<string, number | null>,
): Map<string, Map<string, number> | null> {
  const children = childrenOf(units);
  const result = new Map<string, Map<string, number> | null>();
  const resolve = (unit: GradedUnit): Map<string, number> | null => {
    if (result.has(unit.id)) return result.get(unit.id)!;
    const kids = children.get(unit.id) ?? [];
    let people: Map<string, number> | null;
    if (kids.length === 0) {
      const population = populations.get(unit.id) ?? null;
      people =
        unit.grade === null || population === null ? null : new Map([[String(unit.grade), population]]);
    } else {
      people = new Map();
      for (const kid of kids) {
        const theirs = resolve(kid);
        if (theirs === null) {
          people = null;
          break;
        }
        for (const [grade, n] of theirs) people.set(grade, (people.get(grade) ?? 0) + n);
      }
    }
    result.set(unit.id, people);
    return people;
  };
  units.forEach(resolve);
  return result;
}

/**
 * The population of the grade groups `values` of one indicator at a unit: the pupils of those
 * grades in its classes, when every respondent below it answered through a class with the class's
 * grade; otherwise unknown.
 */
export function gradeGroupPopulation(
  table: StatsTable,
  indicatorKey: string,
  people: Map<string, number> | null,
  values: readonly string[],
): number | null {
  if (people === null) return null;
  if ((table.find(indicatorKey, UNLIKE_CLASS_GRADE, '')?.stats.n ?? 0) !== 0) return null;
  return values.reduce((sum, value) => sum + (people.get(value) ?? 0), 0);
}
