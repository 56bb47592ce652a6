import type { SickLeaveRecord } from '../../../core/sick-leave/figures-record';
import { monthIndex, monthStartDate } from '../../../core/sick-leave/month-index';
import type { Db } from '../../../db/database';
import { insertSickLeaveRecords } from '../../../db/repositories/sick-leave-records';
import type { BenchOrganisation } from './bench-organisation';

/** Winter colds and summer holidays (as in the demo). */
const SEASON = [1.25, 1.2, 1.1, 1.0, 0.95, 0.85, 0.7, 0.8, 0.95, 1.05, 1.1, 1.05];

/**
 * Two years of monthly sick leave up to last month for every institution and every class (as a
 * payroll export by cost centre and team would give it): institutions of 15–80 people, classes of
 * 2–12, so that many teams are too small to be shown and the suppression has work to do.
 */
export async function insertBenchSickLeave(
  db: Db,
  municipalityId: string,
  org: BenchOrganisation,
  today: string,
  random: () => number,
): Promise<number> {
  const lastMonth = monthIndex(today) - 1;
  const records: SickLeaveRecord[] = [];
  const units = [
    ...[...org.schools, ...org.daycares, ...org.careUnits].map((unit) => ({ unit, people: [15, 80] })),
    ...org.classes.map((unit) => ({ unit, people: [2, 12] })),
  ];
  for (const { unit, people } of units) {
    const employees = people[0]! + Math.floor(random() * (people[1]! - people[0]! + 1));
    const rate = 0.04 + random() * 0.05;
    for (let month = lastMonth - 23; month <= lastMonth; month++) {
      const planned = employees * 20;
      const sick = Math.round(planned * rate * SEASON[month % 12]! * (0.8 + random() * 0.4) * 10) / 10;
      records.push({
        unitId: unit.id,
        periodKind: 'month',
        periodStart: monthStartDate(month),
        plannedDays: planned,
        sickDays: Math.min(planned, sick),
        shortTermDays: null,
        longTermDays: null,
        selfCertifiedDays: null,
        doctorCertifiedDays: null,
        employees,
      });
    }
  }
  await insertSickLeaveRecords(db, { municipalityId, fileName: 'bench-loenudtraek.csv', records });
  return records.length;
}
