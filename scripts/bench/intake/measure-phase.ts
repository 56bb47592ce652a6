import type { Client } from 'pg';
import { percentile } from '../national/stats';
import type { BenchChild } from './child-processes';
import { coresUsed, readCpu } from './cpu-accounting';
import { counterRates, readPostgresCounters, sampleActivity, type ActivitySummary } from './postgres-probe';
import { readProcessTable, topOtherWork } from './other-work';
import { waitForQuietMachine } from './quiet-machine';
import type { RequestTemplate } from './request-bodies';
import { runLoad, type LoadResult, type LoadSettings } from './run-load';

export interface PhaseResult {
  label: string;
  seconds: number;
  /** 2xx responses per second over the measured window. */
  perSecond: number;
  /** Responses by status, warm-up and measured window together (anything but 201 is a failure). */
  statuses: Record<string, number>;
  errors: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Cores of other work on the machine just before the warm-up (the bench's processes idle). */
  otherWorkBefore: number;
  /** The processes outside the bench that used the most CPU during the measurement. */
  otherWork: { process: string; cores: number }[];
  /** Responses stored in the table during warm-up and measurement: must equal the 201s. */
  rowsStored: number;
  cores: Record<string, number>;
  postgres: ReturnType<typeof counterRates>;
  activity: ActivitySummary;
}

export interface PhaseOptions {
  label: string;
  ports: number[];
  /** The processes whose CPU is reported by name. */
  processes: BenchChild[];
  templates: RequestTemplate[];
  settings: LoadSettings & { warmup: number; quietWait: number };
  sql: Client;
  databaseName: string;
}

/** Warm-up (discarded), then the measured autocannon run with CPU and PostgreSQL readings around it. */
export async function measurePhase(o: PhaseOptions): Promise<PhaseResult> {
  const countRows = async () =>
    Number((await o.sql.query<{ n: string }>('select count(*) n from responses')).rows[0]!.n);
  const rowsBefore = await countRows();
  await o.sql.query('checkpoint'); // no checkpoint left over from the last phase's writes
  const otherWorkBefore = await waitForQuietMachine(o.label, o.settings.quietWait);
  const warmup = await runLoad(o.ports, o.templates, { ...o.settings, duration: o.settings.warmup });
  // Product servers and ceiling servers share a row, so that their CPU compares directly.
  const named = o.processes.map((p) => ({
    name: /^(server|ceiling)/.test(p.name) ? 'http server(s)' : p.name,
    pid: p.pid,
  }));
  const cpuBefore = readCpu(named, o.databaseName);
  const processesBefore = readProcessTable();
  const pgBefore = await readPostgresCounters(o.sql, o.databaseName);
  const sampler = sampleActivity(o.sql, o.databaseName);
  const load = await runLoad(o.ports, o.templates, o.settings);
  const activity = await sampler.stop();
  const cpuAfter = readCpu(named, o.databaseName);
  const benchPids = new Set([...cpuAfter.groups.values()].flatMap((pids) => [...pids.keys()]));
  const otherWork = topOtherWork(processesBefore, readProcessTable(), benchPids, load.seconds);
  const pgAfter = await readPostgresCounters(o.sql, o.databaseName);
  const latencies = Array.from(load.latencies);
  return {
    label: o.label,
    seconds: load.seconds,
    perSecond: successes(load) / load.seconds,
    statuses: Object.fromEntries(
      [...new Set([...warmup.statuses.keys(), ...load.statuses.keys()])]
        .sort()
        .map((s) => [s, (warmup.statuses.get(s) ?? 0) + (load.statuses.get(s) ?? 0)]),
    ),
    errors: warmup.errors + load.errors,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p90: percentile(latencies, 0.9),
      p99: percentile(latencies, 0.99),
      max: latencies.reduce((m, v) => Math.max(m, v), 0),
    },
    otherWorkBefore,
    otherWork,
    rowsStored: (await countRows()) - rowsBefore,
    cores: coresUsed(cpuBefore, cpuAfter, load.seconds),
    postgres: counterRates(pgBefore, pgAfter, load.seconds),
    activity,
  };
}

const successes = (load: LoadResult) =>
  [...load.statuses].reduce((n, [status, count]) => n + (status >= 200 && status < 300 ? count : 0), 0);

/** Why a phase's figures cannot be trusted, if they cannot: every request must have been created (201). */
export function phaseFailures(result: PhaseResult, connections: number): string[] {
  const failures: string[] = [];
  const notCreated = Object.entries(result.statuses).filter(([status]) => status !== '201');
  if (notCreated.length > 0)
    failures.push(`responses other than 201: ${JSON.stringify(Object.fromEntries(notCreated))}`);
  if (result.errors > 0) failures.push(`${result.errors} connection errors or timeouts`);
  // autocannon stops with up to `connections` requests in flight (warm-up and measurement): stored, never answered.
  const created = result.statuses['201'] ?? 0;
  if (result.rowsStored < created || result.rowsStored > created + 2 * connections)
    failures.push(`${created} responses were created but ${result.rowsStored} rows stored`);
  return failures.map((f) => `${result.label}: ${f}`);
}
