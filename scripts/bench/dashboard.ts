import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { parseConfig } from '../../main/config';
import { prepareDatabase } from '../../main/prepare-database';
import { startBenchServer } from './dashboard/bench-server';
import { listEndpoints, selectEndpoints } from './dashboard/endpoints';
import { generateBenchMunicipality } from './dashboard/generate-municipality';
import { measureEndpoint, type EndpointResult } from './dashboard/measure-endpoint';
import { waitForQuietMachine } from './intake/quiet-machine';
import { parseDashboardOptions, type DashboardOptions } from './dashboard/options';
import { printTable, withinGoal } from './dashboard/print-table';
import { sliceProfile, summariseProfile, type CpuProfile } from './dashboard/profile-summary';

/**
 * Issue 6: every dashboard view of a municipality with 60 schools and 1,500 classes loads its data
 * in under 200 ms (p95). `generate` builds that municipality in its own PostgreSQL database (two
 * years of rounds, about 73,000 responses, Demo Kommune's contract, indicators from a full
 * recompute of every round); `measure` starts `main/server.ts` on it and times each view's API
 * calls one after the other.
 *
 *   npm run bench:dashboard                  generate, then measure
 *   npm run bench:dashboard -- generate      (re)create the database malbar_bench_dashboard
 *   npm run bench:dashboard -- measure [--requests=200] [--warmup=20] [--concurrency=4]
 *     [--only=goals,report] [--pool=10] [--quiet-wait=300] [--profile=<dir>]
 *
 * --database=<url> picks another database. --profile=<dir> runs the server under node --cpu-prof
 * and writes, per endpoint, the profile of its measured requests (<name>.cpuprofile, opens in
 * Chrome DevTools) and a summary (<name>.txt); the figures of a profiled run are a little higher.
 */
async function generate(options: DashboardOptions) {
  const t0 = performance.now();
  const admin = new Client({ connectionString: options.database.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const name = new URL(options.database).pathname.slice(1);
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const prepared = await prepareDatabase(
    parseConfig({ DATABASE_URL: options.database, DATABASE_POOL_SIZE: '4' }),
  );
  try {
    await generateBenchMunicipality(prepared, new Date().toISOString().slice(0, 10), (line) =>
      console.log(`generate: ${line}`),
    );
  } finally {
    await prepared.database.close();
  }
  console.log(`generate: ${name} ready (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

async function measure(options: DashboardOptions) {
  const sql = new Client({ connectionString: options.database });
  await sql.connect();
  const counts = await sql.query<{ what: string; n: string }>(
    `select kind as what, count(*) n from org_units group by kind
     union all select 'responses', count(*) from responses
     union all select 'indicator values', count(*) from indicator_values
     union all select 'goal evaluations', count(*) from goal_evaluations`,
  );
  console.log(`data: ${counts.rows.map((r) => `${r.what} ${r.n}`).join(', ')}`);
  const endpoints = selectEndpoints(await listEndpoints(sql, new Date()), options.only);
  if (options.profile) fs.mkdirSync(options.profile, { recursive: true });
  console.log(`load average before: ${os.loadavg()[0]!.toFixed(2)} (${os.cpus().length} cores)`);
  const server = await startBenchServer({
    databaseUrl: options.database,
    pool: options.pool,
    profileDir: options.profile,
  });
  const results: EndpointResult[] = [];
  let profileFile: string | null;
  try {
    for (const endpoint of endpoints) {
      if (options.quietWait > 0) await waitForQuietMachine(endpoint.name, options.quietWait);
      const result = await measureEndpoint(
        {
          baseUrl: server.baseUrl,
          cookie: server.cookies[endpoint.user],
          serverPid: server.child.pid,
          databaseName: new URL(options.database).pathname.slice(1),
          change: async () => {
            await sql.query(`insert into result_input_versions (table_name, version) values ('goals', 1)
              on conflict (table_name) do update set version = result_input_versions.version + 1`);
          },
        },
        endpoint,
        options,
      );
      results.push(result);
      const s = result.sequential;
      console.log(
        `${endpoint.name}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${(result.bytes / 1024).toFixed(1)} KB`,
      );
    }
  } finally {
    profileFile = await server.stop();
    await sql.end();
  }
  console.log('');
  printTable(results);
  if (profileFile) summariseProfiles(profileFile, results, options);
}

/** Cuts the server's profile into each endpoint's measured requests; prints the slow ones' summaries. */
function summariseProfiles(file: string, results: EndpointResult[], options: DashboardOptions) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  for (const result of results) {
    const slice = sliceProfile(profile, result.window);
    if (slice.samples.length === 0) {
      console.log(`\n${result.endpoint.name}: no samples in its window (clock mismatch?); see ${file}`);
      continue;
    }
    const base = path.join(options.profile!, result.endpoint.name.replace(/[^A-Za-z0-9]+/g, '-'));
    const summary = summariseProfile(slice, result.sequential.n);
    fs.writeFileSync(`${base}.cpuprofile`, JSON.stringify(slice));
    fs.writeFileSync(
      `${base}.txt`,
      `${result.endpoint.name} ${result.endpoint.path}\n${summary.join('\n')}\n`,
    );
    if (!withinGoal(result))
      console.log(
        `\n${result.endpoint.name} (p95 ${result.sequential.p95.toFixed(0)} ms):\n${summary.join('\n')}`,
      );
  }
  console.log(`\nprofiles: ${options.profile}/<endpoint>.cpuprofile and .txt (whole run: ${file})`);
}

async function main() {
  const args = process.argv.slice(2);
  const [phase = 'all', ...rest] = args.filter((a) => !a.startsWith('--'));
  if (rest.length > 0 || !['all', 'generate', 'measure'].includes(phase))
    throw new Error(`usage: bench:dashboard [generate|measure] [--options]; got ${args.join(' ')}`);
  const options = parseDashboardOptions(args.filter((a) => a.startsWith('--')));
  console.log(`dashboard bench: ${phase} ${JSON.stringify(options)}`);
  if (phase !== 'measure') await generate(options);
  if (phase !== 'generate') await measure(options);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
