import { Client } from 'pg';
import { dataMonthsOf } from '../../core/sick-leave/data-months';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import { defaultWindow, listPeriods, type FigurePeriod } from '../../core/sick-leave/figures-periods';
import { goalPeriods } from '../../core/sick-leave/sick-leave-goal';
import { sickLeaveFigures } from '../../core/sick-leave/sick-leave-figures';
import { BENCH_SLUG } from './dashboard/generate-municipality';

/**
 * The sick-leave figures computed from scratch, as the first view after an import computes them
 * (later views read them kept: server/use-cases/sick-leave-data.ts). Reads the dashboard bench's
 * municipality (`npm run bench:dashboard -- generate` first: 1,618 units, two years of monthly
 * records for 1,610 of them) and times each kind of table and a year goal's periods.
 *
 *   npm run bench:sick-leave [-- --runs=20] [--database=postgres://…/malbar_bench_dashboard]
 */
async function main() {
  const args = new Map(
    process.argv.slice(2).map((a) => {
      const [key, value] = a.replace(/^--/, '').split('=');
      return [key!, value ?? ''];
    }),
  );
  const runs = Number(args.get('runs') ?? 20);
  const database = args.get('database') ?? 'postgres://postgres@127.0.0.1:5432/malbar_bench_dashboard';
  const sql = new Client({ connectionString: database });
  await sql.connect();
  const { rows: units } = await sql.query<{ id: string; parentId: string | null; path: string }>(
    `select u.id, u.parent_id as "parentId", u.path from org_units u
     join municipalities m on m.id = u.municipality_id where m.slug = $1`,
    [BENCH_SLUG],
  );
  const t0 = performance.now();
  const { rows: records } = await sql.query<SickLeaveRecord>(
    `select unit_id as "unitId", period_kind as "periodKind", to_char(period_start, 'YYYY-MM-DD') as "periodStart",
       planned_days as "plannedDays", sick_days as "sickDays", short_term_days as "shortTermDays",
       long_term_days as "longTermDays", self_certified_days as "selfCertifiedDays",
       doctor_certified_days as "doctorCertifiedDays", employees
     from sick_leave_records r join municipalities m on m.id = r.municipality_id where m.slug = $1`,
    [BENCH_SLUG],
  );
  const readMs = performance.now() - t0;
  await sql.end();
  const data = dataMonthsOf(records);
  if (!data) throw new Error('no sick leave in the bench database: run npm run bench:dashboard -- generate');
  console.log(`${units.length} units, ${records.length} records; read in ${readMs.toFixed(0)} ms`);
  const table = (granularity: 'month' | 'quarter' | 'year' | 'rolling12'): FigurePeriod[] => {
    const { from, to } = defaultWindow(granularity, data.last);
    return listPeriods(granularity, from, to, data);
  };
  const cases: [string, FigurePeriod[]][] = [
    ['rolling 12 months, 12 windows (the view by default)', table('rolling12')],
    ['months, 12', table('month')],
    ['quarters, 8', table('quarter')],
    ['years, 5', table('year')],
    ['a year goal, latest period (goal status)', goalPeriods('year', data).slice(-1)],
    ['a year goal, every period (report)', goalPeriods('year', data)],
  ];
  console.log('| figures for every unit | periods | median ms | p95 ms |\n|---|---:|---:|---:|');
  for (const [name, periods] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      sickLeaveFigures({ units, records, periods });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`| ${name} | ${periods.length} | ${at(0.5)} | ${at(0.95)} |`);
  }
}

void main();
