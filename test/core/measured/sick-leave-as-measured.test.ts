import { measuredFigures } from '../../../core/measured/measured-figures';
import { periodHolding, type MeasuredPeriod } from '../../../core/measured/measured-period';
import { sickLeaveAsMeasured, SICK_LEAVE_DEFINITION } from '../../../core/measured/sick-leave-definition';
import { listPeriods, type FigurePeriod } from '../../../core/sick-leave/figures-periods';
import type { SickLeaveRecord } from '../../../core/sick-leave/figures-record';
import { monthIndex, monthText } from '../../../core/sick-leave/month-index';
import { sickLeaveFigures } from '../../../core/sick-leave/sick-leave-figures';

/** A small deterministic generator (mulberry32), so the municipality is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Root → 3 areas → 2–4 institutions → 0–3 groups; small units are common, as in real trees. */
function municipality(next: () => number) {
  const units = [{ id: 'root', parentId: null as string | null, path: '/root/' }];
  for (let a = 0; a < 3; a++) {
    const area = { id: `a${a}`, parentId: 'root', path: `/root/a${a}/` };
    units.push(area);
    for (let i = 0; i < 2 + Math.floor(next() * 3); i++) {
      const inst = { id: `${area.id}i${i}`, parentId: area.id, path: `${area.path}${area.id}i${i}/` };
      units.push(inst);
      for (let g = 0; g < Math.floor(next() * 4); g++)
        units.push({ id: `${inst.id}g${g}`, parentId: inst.id, path: `${inst.path}${inst.id}g${g}/` });
    }
  }
  return units;
}

function payroll(units: { id: string }[], next: () => number): SickLeaveRecord[] {
  const records: SickLeaveRecord[] = [];
  const first = monthIndex('2024-01');
  for (const unit of units.slice(1)) {
    if (next() < 0.25) continue; // an area or institution without employees of its own
    const size = 1 + Math.floor(next() * 14);
    for (let m = first; m < first + 22; m++) {
      const employees = Math.max(1, size + Math.floor(next() * 3) - 1);
      const plannedDays = employees * (19 + Math.floor(next() * 4));
      records.push({
        unitId: unit.id,
        periodKind: 'month',
        periodStart: `${monthText(m)}-01`,
        plannedDays,
        sickDays: Math.floor(next() * plannedDays * 0.12),
        shortTermDays: null,
        longTermDays: null,
        selfCertifiedDays: null,
        doctorCertifiedDays: null,
        employees,
      });
    }
  }
  return records;
}

/** The same months as a measured period: a month, a quarter, a calendar year (cut where sick leave cuts it). */
function asMeasured(period: FigurePeriod): MeasuredPeriod {
  const grain =
    period.granularity === 'month' ? 'month' : period.granularity === 'quarter' ? 'quarter' : 'calendar-year';
  return { ...periodHolding(grain, period.first), last: period.last };
}

describe('sick leave as a measured indicator', () => {
  it.each([1, 2, 3, 4, 5])(
    'when a generated municipality (seed %i) is read month by month, by quarter and by year, then both machineries show and hide the same units with the same rates',
    (seed) => {
      const next = random(seed);
      const units = municipality(next);
      const records = payroll(units, next);
      const data = { first: monthIndex('2024-01'), last: monthIndex('2025-10') };
      const periods = [
        ...listPeriods('month', data.first, data.last, data),
        ...listPeriods('quarter', data.first, data.last, data),
        ...listPeriods('year', data.first, data.last, data),
      ];
      const sick = sickLeaveFigures({ units, records, periods });
      const measured = measuredFigures({
        definition: SICK_LEAVE_DEFINITION,
        units,
        records: records.map(sickLeaveAsMeasured),
        periods: periods.map(asMeasured),
      });
      let hidden = 0;
      periods.forEach((period, i) => {
        for (const unit of units) {
          const a = sick[i]!.get(unit.id)!;
          const b = measured[i]!.get(unit.id)!;
          expect([period.key, unit.id, b.status]).toEqual([period.key, unit.id, a.status]);
          if (a.status === 'hidden') hidden++;
          if (a.status !== 'shown' || b.status !== 'shown') continue;
          expect(b.value).toBeCloseTo(a.rate, 12);
          expect(b.persons).toBe(a.employees);
          expect(b.sameLastYear.available).toBe(a.sameLastYear.available);
          if (a.sameLastYear.available && b.sameLastYear.available && b.sameLastYear.change.comparable)
            expect(b.sameLastYear.change.change).toBeCloseTo(a.sameLastYear.points, 12);
        }
      });
      // The comparison means something only if some figures are hidden and some shown.
      expect(hidden).toBeGreaterThan(0);
    },
  );
});
