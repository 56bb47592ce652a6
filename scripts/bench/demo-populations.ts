import { sql } from 'drizzle-orm';
import { withDemoDatabase } from './with-demo-database';

/**
 * Issue 16: which population corrected the demo's intervals, per round: how many stored unit
 * totals (with answers) were corrected, and the smallest and largest population used. Employee
 * values must carry the payroll headcount, never a school's pupils; parent and care-user values
 * nothing, as the demo records no families or users. Seeds a fresh PostgreSQL database and drops it.
 * Usage: npm run bench:demo-populations
 */
async function main() {
  await withDemoDatabase('demo_populations', 'worker', async ({ database }) => {
    const result = (await database.db.execute(sql`
      select iv.instrument_key as instrument, r.title->>'en' as round,
             count(*) filter (where v.population is not null)::int as corrected, count(*)::int as totals,
             min(v.population) as smallest, max(v.population) as largest
      from indicator_values v
      join rounds r on r.id = v.round_id
      join instrument_versions iv on iv.id = r.instrument_version_id
      where v.breakdown_key = '' and v.n > 0
      group by 1, 2 order by 1, 2`)) as unknown as { rows: Record<string, unknown>[] };
    console.table(result.rows);
  });
}

void main();
