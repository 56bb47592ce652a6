import type { GoalRule } from '../../core/goals/goal-rule';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { MEASURED_INSTRUMENT_KEY } from '../../core/measured/measured-definition';
import { MEASURED_LIBRARY } from '../../core/measured/measured-library';
import { periodHolding } from '../../core/measured/measured-period';
import type { OrgUnit } from '../../core/org/org-unit';
import { monthEndDate, monthIndex, monthStartDate, yearOf } from '../../core/sick-leave/month-index';
import type { Tx } from '../../db/database';
import { saveMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { upsertMeasuredValues, type MeasuredValueRow } from '../../db/repositories/measured-values';
import type { DemoOrganisation } from './demo-organisation';
import { mulberry32, randomInt } from './mulberry32';

const TEACHERS = 'qualified-teacher-lessons';
const FALLS = 'nursing-home-falls';
const DEVIATIONS = 'deviations-followed-up';

/** Lessons a year, teachers, and the share taught by qualified teachers the year before and last. */
const SCHOOLS: Record<string, { lessons: number; teachers: number; before: number; last: number }> = {
  Nordskolen: { lessons: 10_800, teachers: 30, before: 0.93, last: 0.96 },
  Søndervangskolen: { lessons: 12_400, teachers: 35, before: 0.87, last: 0.9 },
  Engdalskolen: { lessons: 9_300, teachers: 26, before: 0.95, last: 0.95 },
};

/**
 * Measured quality beside the surveys (issue 20), one goal each: for the schools the share of
 * lessons taught by qualified teachers (school years), for elderly care falls in the nursing home
 * (monthly, judged per calendar year against the same months last year), and across the
 * municipality the deviations followed up within 14 days (quarters).
 */
export const DEMO_MEASURED_GOALS: {
  serviceArea: string;
  title: LocalizedText;
  instrumentKey: string;
  indicatorKey: string;
  breakdownFilter: null;
  rule: GoalRule;
  eachUnitKind: 'institution' | null;
}[] = [
  {
    serviceArea: 'skole',
    eachUnitKind: 'institution',
    title: {
      da: 'Mindst 95 % af timerne læses af lærere med undervisningskompetence på hver skole',
      nb: 'Minst 95 % av timene undervises av lærere med godkjent utdanning på hver skole',
      en: 'At least 95 % of lessons are taught by qualified teachers at every school',
    },
    instrumentKey: MEASURED_INSTRUMENT_KEY,
    indicatorKey: TEACHERS,
    breakdownFilter: null,
    rule: { type: 'threshold', op: '>=', target: 0.95 },
  },
  {
    serviceArea: 'aeldrepleje',
    eachUnitKind: null,
    title: {
      da: 'Færre fald på plejecentrene pr. 1.000 beboerdøgn end året før',
      nb: 'Færre fall på sykehjemmene per 1 000 beboerdøgn enn året før',
      en: 'Fewer falls in nursing homes per 1,000 resident days than the year before',
    },
    instrumentKey: MEASURED_INSTRUMENT_KEY,
    indicatorKey: FALLS,
    breakdownFilter: null,
    rule: { type: 'trend', direction: 'falling', significant: false },
  },
  {
    serviceArea: 'tvaergaaende',
    eachUnitKind: null,
    title: {
      da: 'Mindst 90 % af de utilsigtede hændelser følges op inden 14 dage',
      nb: 'Minst 90 % av avvikene følges opp innen 14 dager',
      en: 'At least 90 % of deviations are followed up within 14 days',
    },
    instrumentKey: MEASURED_INSTRUMENT_KEY,
    indicatorKey: DEVIATIONS,
    breakdownFilter: null,
    rule: { type: 'threshold', op: '>=', target: 0.9 },
  },
];

type Row = Omit<MeasuredValueRow, 'importId' | 'enteredBy'>;

/**
 * Three of the library's indicators with two years of figures up to last month, as the schools'
 * timetables, the incident register and the deviation system would give them. The numbers come
 * from their own stream, so the surveys and sick leave keep theirs. Returns the values stored.
 */
export async function seedDemoMeasured(
  tx: Tx,
  municipalityId: string,
  org: DemoOrganisation,
  today: string,
): Promise<number> {
  const random = mulberry32(2020);
  const lastMonth = monthIndex(today) - 1;
  for (const key of [TEACHERS, FALLS, DEVIATIONS])
    await saveMeasuredDefinition(
      tx,
      municipalityId,
      MEASURED_LIBRARY.find((d) => d.key === key)!,
    );
  const rows = [
    ...teacherRows(org.schools, lastMonth),
    ...fallRows(org.careUnits, lastMonth, random),
    ...deviationRows([...org.schools, ...org.daycares, ...org.careUnits], lastMonth, random),
  ];
  await upsertMeasuredValues(tx, municipalityId, rows);
  return rows.length;
}

const row = (
  indicatorKey: string,
  unitId: string,
  month: number,
  n: number,
  d: number | null,
  p: number | null,
): Row => ({
  indicatorKey,
  unitId,
  periodStart: monthStartDate(month),
  numerator: n,
  denominator: d,
  persons: p,
  source: 'import',
});

/** The last two school years that have ended. */
function teacherRows(schools: OrgUnit[], lastMonth: number): Row[] {
  let year = periodHolding('school-year', lastMonth);
  if (year.last > lastMonth) year = periodHolding('school-year', year.first - 1);
  return schools.flatMap((school) => {
    const s = SCHOOLS[school.name];
    if (!s) return [];
    return [
      row(TEACHERS, school.id, year.first - 12, Math.round(s.lessons * s.before), s.lessons, s.teachers - 1),
      row(TEACHERS, school.id, year.first, Math.round(s.lessons * s.last), s.lessons, s.teachers),
    ];
  });
}

/** Last year and this year so far, month by month; about 7 falls per 1,000 days, a fifth fewer this year. */
function fallRows(careUnits: OrgUnit[], lastMonth: number, random: () => number): Row[] {
  const home = careUnits.find((u) => u.sector === 'nursing-home');
  if (!home) return [];
  const rows: Row[] = [];
  for (let month = (yearOf(lastMonth) - 1) * 12; month <= lastMonth; month++) {
    const residents = randomInt(random, 38, 42);
    const days = residents * Number(monthEndDate(month).slice(-2));
    const rate = (month >= yearOf(lastMonth) * 12 ? 0.0056 : 0.007) * (0.9 + random() * 0.2);
    rows.push(row(FALLS, home.id, month, Math.round(days * rate), days, residents));
  }
  return rows;
}

/** Each quarter that has ended since last year began: a handful to some thirty deviations a unit. */
function deviationRows(units: OrgUnit[], lastMonth: number, random: () => number): Row[] {
  const rows: Row[] = [];
  for (let quarter = (yearOf(lastMonth) - 1) * 12; quarter + 2 <= lastMonth; quarter += 3)
    for (const unit of units) {
      const care = unit.sector === 'home-care' || unit.sector === 'nursing-home';
      const recorded = care ? randomInt(random, 20, 34) : randomInt(random, 3, 12);
      const followedUp = Math.min(recorded, Math.round(recorded * (0.84 + random() * 0.14)));
      rows.push(row(DEVIATIONS, unit.id, quarter, followedUp, recorded, null));
    }
  return rows;
}
