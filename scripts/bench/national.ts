import { spawnSync } from 'node:child_process';
import { Client, Pool } from 'pg';
import { parseConfig } from '../../main/config';
import { prepareDatabase } from '../../main/prepare-database';
import { measureLag, type LinkFixture } from './national/measure-lag';
import { measureSecondRelease } from './national/measure-second-release';
import { measureAudit } from './national/measure-audit';
import { measureFullRecompute, measureIncremental } from './national/measure-recompute';
import { cpuSeconds, peakMemoryMb } from './national/stats';
import { WORKER_NODE_ARGS } from '../../main/node-args';
import { timeFloorQuery, valuesDigest } from './national/floor-and-digest';

/**
 * The indicator engine at national scale (issue 3): 1,000,000 pupil responses in 100
 * municipalities, 1,500 schools, 30,000 classes, on PostgreSQL.
 *
 *   npm run bench:national                 every phase, each in its own process
 *   npm run bench:national -- generate     (re)create the database malbar_bench_national
 *   npm run bench:national -- full [c]     full recompute and release of all 100 rounds, c at a time (default 2),
 *                                          beside the floor query (stored scores aggregated in SQL), with
 *                                          the ratio, the peak memory and a digest of every value written
 *   npm run bench:national -- audit        each round's release audit alone, old rules and new: time, cells hidden
 *   npm run bench:national -- incremental  worker time after one response, 50 times
 *   npm run bench:national -- second-release [rounds] [perClass] [dumpDir]   the release after the first
 *                                          perClass (default 2) more answers arrived in 40 % of the classes
 *                                          of each of the first `rounds` municipalities (default 3): audit time,
 *                                          findings, linear programs; rolled back (not in `all`: minutes);
 *                                          with dumpDir, each round's audit input is written there as JSON
 *                                          for `npm run bench:replay-audit -- <files>`
 *   npm run bench:national -- lag [rate] [seconds]   submit-to-indicator lag under sustained intake
 *   npm run bench:national -- intake [rate] [seconds] the same load on the server alone (no worker)
 *
 * --database=<url> picks another database (`generate` drops and creates it); --profile=<dir> writes
 * CPU profiles of the server and worker during `lag` and `intake`; `full --first-release` removes
 * every release first, so each round is released and audited for the first time (as after
 * `generate`), not only checked for changes.
 */
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const DATABASE_URL = option('database') ?? 'postgres://postgres@127.0.0.1:5432/malbar_bench_national';
/** --profile=<dir>: CPU profiles of the server and worker under load (node --cpu-prof). */
const PROFILE_DIR = option('profile');

async function prepare() {
  const config = parseConfig({
    DATABASE_URL,
    DATABASE_POOL_SIZE: '6',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
  });
  const prepared = await prepareDatabase(config);
  const sql = new Client({ connectionString: DATABASE_URL });
  await sql.connect();
  return { ...prepared, sql };
}

async function generate() {
  const admin = new Client({ connectionString: DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const name = new URL(DATABASE_URL).pathname.slice(1);
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  // Loaded only here: generating uses the demo seed's pupils, whose module brings server code that
  // the measuring phases would otherwise carry in their peak memory.
  const { generateNationalRound } = await import('./national/generate');
  const t0 = performance.now();
  const { database, instruments, versionIds, sql } = await prepare();
  await generateNationalRound(database.db, sql, await instruments.get(versionIds['pupil-wellbeing']!));
  const counts = await sql.query<{ kind: string; n: string }>(
    `select kind, count(*) n from org_units group by kind union all select 'responses', count(*) from responses`,
  );
  report('generate', {
    seconds: (performance.now() - t0) / 1000,
    ...Object.fromEntries(counts.rows.map((r) => [r.kind, Number(r.n)])),
  });
  await sql.end();
  await database.close();
}

/**
 * Whether this process was started as the worker is (its Node options: the young generation's
 * size); if not, runs this phase again in one that is, and answers false.
 */
function asTheWorkerRuns(phase: string): boolean {
  if (WORKER_NODE_ARGS.every((arg) => process.execArgv.includes(arg))) return true;
  const args = [...WORKER_NODE_ARGS, ...process.execArgv, __filename, ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`${phase} failed`);
  return false;
}

async function full(concurrency: number) {
  if (!asTheWorkerRuns('full')) return;
  const { database, instruments, sql } = await prepare();
  const rounds = await sql.query<{ id: string; municipality_id: string }>(
    'select id, municipality_id from rounds',
  );
  if (process.argv.includes('--first-release')) {
    await sql.query(`begin;
      update rounds set latest_release_id = null;
      delete from released_goal_values; delete from released_values; delete from round_releases;
      commit`);
  }
  // The floor before and after the recompute, the faster counted: each warms PostgreSQL's cache.
  const floorBefore = await timeFloorQuery(sql);
  const cpuBefore = process.cpuUsage();
  const result = await measureFullRecompute(database, instruments, rounds.rows, concurrency);
  const cpu = process.cpuUsage(cpuBefore);
  const postgresCpuSeconds = await backendCpuSeconds(sql);
  const floorAfter = await timeFloorQuery(sql);
  const floorSeconds = Math.min(floorBefore.floorSeconds, floorAfter.floorSeconds);
  const cells = await sql.query<{ n: string }>('select count(*) n from indicator_values');
  const counted = await sql.query<{ n: string }>(
    `select sum(v.n) n from indicator_values v join org_units u on u.id = v.unit_id
     where u.kind = 'municipality' and v.indicator_key = 'wellbeing' and v.breakdown_key = ''`,
  );
  report('full', {
    rounds: rounds.rowCount,
    concurrency,
    firstRelease: process.argv.includes('--first-release'),
    ...result,
    cells: Number(cells.rows[0]!.n),
    wellbeingCountedNationally: Number(counted.rows[0]!.n),
    peakMemoryMb: peakMemoryMb(),
    // Where the cores went (the machine may be shared: these hold better than seconds under load).
    nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
    postgresCpuSeconds,
    floorSeconds,
    floorGroups: floorAfter.floorGroups,
    timesTheFloor: result.seconds / floorSeconds,
    ...(await valuesDigest(sql)),
  });
  await sql.end();
  await database.close();
}

/**
 * CPU seconds used so far by this process's PostgreSQL connections other than `sql` (the pool's:
 * opened for this run, so nearly all of it is the recompute's).
 */
async function backendCpuSeconds(sql: Client): Promise<number> {
  const { rows } = await sql.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
       and backend_type = 'client backend'`,
  );
  return rows.reduce((sum, { pid }) => sum + cpuSeconds(pid), 0);
}

async function audit() {
  const { database, instruments, sql } = await prepare();
  const rounds = await sql.query<{ id: string }>('select id from rounds order by id');
  const figures = await measureAudit(
    database,
    instruments,
    rounds.rows.map((r) => r.id),
  );
  report('audit', { rounds: rounds.rowCount, ...figures });
  await sql.end();
  await database.close();
}

/**
 * A worker runs for days: its first jobs after a start compile the code they run (the first took
 * 95 ms, the next ones 20-30 ms). So the measured classes follow ten recomputes of other classes,
 * in other municipalities than most measured ones (whose trees the worker then reads afresh).
 */
const WARM_UP = 10;

async function secondRelease(rounds: number, perClass: number, dumpDir?: string) {
  const { database, instruments, sql } = await prepare();
  // Benchkommune 0, 1, 2, …: the same municipalities, units and answers after every `generate`.
  const ids = await sql.query<{ id: string }>(
    `select r.id from rounds r join municipalities m on m.id = r.municipality_id
     order by substring(m.name from '[0-9]+$')::int limit $1`,
    [rounds],
  );
  const figures = await measureSecondRelease(
    database,
    instruments,
    ids.rows.map((r) => r.id),
    { perClass, share: 0.4 },
    dumpDir,
  );
  report('second-release', figures);
  await sql.end();
  await database.close();
}

async function incremental() {
  if (!asTheWorkerRuns('incremental')) return;
  const { database, instruments, sql } = await prepare();
  const classes = await sql.query<{
    unit_id: string;
    municipality_id: string;
    round_id: string;
    answers: Record<string, unknown>;
  }>(
    `select u.id unit_id, u.municipality_id, r.id round_id,
            (select answers from responses x where x.round_id = r.id and x.unit_id = u.id limit 1) answers
     from org_units u join rounds r on r.municipality_id = u.municipality_id
     where u.kind = 'group' order by md5(u.id::text) limit ${WARM_UP + 50}`,
  );
  const [warmUp, measured] = [classes.rows.slice(0, WARM_UP), classes.rows.slice(WARM_UP)].map((rows) =>
    rows.map((c) => ({
      unitId: c.unit_id,
      municipalityId: c.municipality_id,
      roundId: c.round_id,
      answers: c.answers,
    })),
  );
  const result = await measureIncremental(database, instruments, measured!, warmUp!);
  report('incremental', result);
  await sql.end();
  await database.close();
}

async function lag(rate: number, seconds: number, withWorker = true) {
  const { database, sql } = await prepare();
  const pool = new Pool({ connectionString: DATABASE_URL, max: 8 });
  const links = await sql.query<{
    code: string;
    round_id: string;
    unit_id: string;
    answers: Record<string, unknown>;
  }>(
    `select l.code, l.round_id, l.unit_id,
            (select answers from responses x where x.round_id = l.round_id and x.unit_id = l.unit_id limit 1) answers
     from round_links l order by md5(l.code)`,
  );
  const fixtures: LinkFixture[] = links.rows.map((l) => ({
    code: l.code,
    roundId: l.round_id,
    unitId: l.unit_id,
    answers: l.answers,
  }));
  const result = await measureLag({
    databaseUrl: DATABASE_URL,
    sql: pool,
    probes: fixtures.slice(0, 300),
    load: fixtures.slice(300),
    ratePerSecond: rate,
    seconds,
    withWorker,
    nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  });
  report(withWorker ? 'lag' : 'intake', { ratePerSecond: rate, seconds, ...result });
  await pool.end();
  await sql.end();
  await database.close();
}

function report(phase: string, figures: Record<string, unknown>) {
  const rounded = Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]),
  );
  console.log(`${phase}: ${JSON.stringify(rounded)}`);
}

async function main() {
  const [phase = 'all', a, b, c] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (phase === 'generate') return generate();
  if (phase === 'full') return full(Number(a ?? 2));
  if (phase === 'incremental') return incremental();
  if (phase === 'audit') return audit();
  if (phase === 'second-release') return secondRelease(Number(a ?? 3), Number(b ?? 2), c);
  if (phase === 'lag') return lag(Number(a ?? 500), Number(b ?? 30));
  if (phase === 'intake') return lag(Number(a ?? 500), Number(b ?? 15), false);
  if (phase !== 'all') throw new Error(`unknown phase ${phase}`);
  console.log(`shape: ${JSON.stringify((await import('./national/generate')).SHAPE)}`);
  for (const p of ['generate', 'full', 'audit', 'incremental', 'lag']) {
    const forwarded = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, p, ...forwarded], {
      stdio: 'inherit',
    });
    if (run.status !== 0) throw new Error(`phase ${p} failed`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
