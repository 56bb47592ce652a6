import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import type { BenchContext } from './intake/bench-context';
import { createBenchDatabase, dropBenchDatabase } from './intake/bench-database';
import { runCeilingPhase } from './intake/ceiling-phase';
import { stopChildren } from './intake/child-processes';
import { phaseFailures, type PhaseResult } from './intake/measure-phase';
import { parseIntakeOptions } from './intake/options';
import { printSummary } from './intake/print-summary';
import { runProductPhase } from './intake/product-phase';
import { deleteKeysUnder } from './intake/redis-keys';
import { buildRequestTemplates } from './intake/request-bodies';

/**
 * Intake: sustained responses per second and latency of POST /api/s/:code/responses with
 * autocannon against `npm run server` (+ one worker) on PostgreSQL + Redis, next to the ceiling
 * measured in the same run: a bare Express route that only inserts the same JSON into the same
 * table. Goal: ≥ 1,500 responses/s, p99 < 50 ms, ≥ 90 % of the ceiling and p99 within 1.5× its p99
 * (issue 22); the server's CPU µs per answer is printed for both.
 *
 *   npm run bench:intake -- [--connections=50] [--duration=20] [--warmup=5] [--servers=1]
 *     [--rate=R] [--no-worker] [--pool=10] [--municipalities=10] [--responses-per-class=20]
 *     [--phases=both|product|ceiling] [--quiet-wait=300] [--profile=<dir>] [--keep-database]
 *
 * Creates (and drops afterwards) the database malbar_bench_intake and the Redis keys under its own prefix.
 */
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/malbar_bench_intake';
const REDIS_URL = 'redis://127.0.0.1:6379';
const TEMPLATES = 20_000;

async function main() {
  const options = parseIntakeOptions(process.argv.slice(2));
  const command = [
    'npm run bench:intake',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  console.log(`intake bench: ${JSON.stringify(options)}`);
  if (options.phases !== 'ceiling') buildWeb();
  let t0 = performance.now();
  const { links, instrument } = await createBenchDatabase(DATABASE_URL, options);
  console.log(
    `database: ${links.length} class links, ${options.responsesPerClass} earlier responses each (${seconds(t0)} s)`,
  );
  t0 = performance.now();
  const templates = buildRequestTemplates(links, instrument, TEMPLATES);
  console.log(`request bodies: ${templates.length} (${seconds(t0)} s), e.g. ${templates[0]!.path}`);
  const sql = new Client({ connectionString: DATABASE_URL });
  await sql.connect();
  const ctx: BenchContext = {
    options,
    databaseUrl: DATABASE_URL,
    databaseName: new URL(DATABASE_URL).pathname.slice(1),
    redisUrl: REDIS_URL,
    redisPrefix: `bench-intake-${process.pid}`,
    templates,
    sql,
    running: new Set(),
  };
  const stopOnSignal = () => {
    // The phase in progress fails as its processes and connections go away; only the clean-up counts now.
    process.on('unhandledRejection', () => undefined);
    void cleanUp(ctx).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await run(ctx, command);
  } finally {
    await cleanUp(ctx);
  }
}

async function run(ctx: BenchContext, command: string) {
  const phases: PhaseResult[] = [];
  if (ctx.options.phases !== 'ceiling') {
    const { result, backlog } = await runProductPhase(ctx);
    phases.push(result);
    console.log(`product: ${JSON.stringify(rounded({ ...result, activity: undefined }))}`);
    console.log(`product: recompute backlog ${JSON.stringify(rounded(backlog))}`);
  }
  if (ctx.options.phases !== 'product') {
    const result = await runCeilingPhase(ctx);
    phases.push(result);
    console.log(`ceiling: ${JSON.stringify(rounded({ ...result, activity: undefined }))}`);
  }
  printSummary(phases, command, ctx.options.rate);
  const failures = phases.flatMap((p) => phaseFailures(p, ctx.options.connections));
  if (failures.length > 0) {
    console.error(`\nFAILED — these figures do not measure intake:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

let cleaning: Promise<void> | undefined;
/** Stops every child, drops the database and removes the Redis keys; once, whoever asks first. */
const cleanUp = (ctx: BenchContext) => (cleaning ??= cleanUpOnce(ctx));

async function cleanUpOnce(ctx: BenchContext) {
  await stopChildren([...ctx.running]);
  await ctx.sql.end().catch(() => undefined);
  if (!ctx.options.keepDatabase) await dropBenchDatabase(ctx.databaseUrl);
  const keys = await deleteKeysUnder(ctx.redisUrl, ctx.redisPrefix);
  console.log(
    `cleaned up: ${ctx.options.keepDatabase ? 'kept' : 'dropped'} ${ctx.databaseName}, ${keys} Redis keys under ${ctx.redisPrefix}:`,
  );
}

function buildWeb() {
  const build = spawnSync('npm', ['run', 'build:web', '--silent'], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('npm run build:web failed');
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

function rounded(value: object): object {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)),
  ) as object;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
