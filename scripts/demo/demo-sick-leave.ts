import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import { monthIndex, monthStartDate } from '../../core/sick-leave/month-index';
import { weekdaysInMonth } from '../../core/sick-leave/weekdays-in-month';
import type { Tx } from '../../db/database';
import { updateUnit } from '../../db/repositories/org-units';
import { insertSickLeaveRecords } from '../../db/repositories/sick-leave-records';
import type { DemoOrganisation } from './demo-organisation';
import { randomInt } from './mulberry32';

/** Headcount and usual sick leave per workplace; the nursery is small enough to be hidden. */
const WORKPLACES: Record<string, { code: string; employees: number; rate: number }> = {
  Nordskolen: { code: '280101', employees: 48, rate: 0.052 },
  Søndervangskolen: { code: '280102', employees: 55, rate: 0.071 },
  Engdalskolen: { code: '280103', employees: 41, rate: 0.058 },
  'Børnehuset Solsikken': { code: '280201', employees: 19, rate: 0.083 },
  'Vuggestuen Mælkebøtten': { code: '280202', employees: 4, rate: 0.09 },
  'Hjemmeplejen Nord': { code: '280301', employees: 64, rate: 0.095 },
  'Plejecenter Solbakken': { code: '280302', employees: 72, rate: 0.088 },
};

/** Winter colds and summer holidays: sick leave follows the season (KS: highest Q1, lowest Q3). */
const SEASON = [1.25, 1.2, 1.1, 1.0, 0.95, 0.85, 0.7, 0.8, 0.95, 1.05, 1.1, 1.05];

/**
 * Two years of monthly sick leave for Demo Kommune's workplaces, up to last month, as a payroll
 * export would give it: planned and sick day-works, short- and long-term, self- and
 * doctor-certified, headcount. The workplaces get their institution numbers as unit codes, which
 * the sick-leave import matches rows by. Sick leave falls a little in the second year at the
 * schools (the contract's aim), not in elderly care.
 */
export async function seedDemoSickLeave(
  tx: Tx,
  municipalityId: string,
  org: DemoOrganisation,
  today: string,
  random: () => number,
): Promise<number> {
  const lastMonth = monthIndex(today) - 1;
  const records: SickLeaveRecord[] = [];
  for (const unit of [...org.schools, ...org.daycares, ...org.careUnits]) {
    const place = WORKPLACES[unit.name];
    if (!place) continue;
    await updateUnit(tx, unit.id, { code: place.code });
    for (let month = lastMonth - 23; month <= lastMonth; month++) {
      const secondYear = month > lastMonth - 12;
      const falling = secondYear && unit.sector === 'school' ? 0.88 : 1;
      const employees = place.employees + randomInt(random, -1, 1);
      const planned = round1(employees * weekdaysInMonth(month) * 0.93);
      const noise = 0.8 + random() * 0.4;
      const sick = round1(Math.min(planned, planned * place.rate * SEASON[month % 12]! * falling * noise));
      const longTerm = round1(sick * (0.3 + random() * 0.2));
      const selfCertified = round1(sick * (0.25 + random() * 0.1));
      records.push({
        unitId: unit.id,
        periodKind: 'month',
        periodStart: monthStartDate(month),
        plannedDays: planned,
        sickDays: sick,
        shortTermDays: round1(sick - longTerm),
        longTermDays: longTerm,
        selfCertifiedDays: selfCertified,
        doctorCertifiedDays: round1(sick - selfCertified),
        employees,
      });
    }
  }
  await insertSickLeaveRecords(tx, { municipalityId, fileName: 'demo-loenudtraek.csv', records });
  return records.length;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
