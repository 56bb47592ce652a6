import type { EndpointResult } from './measure-endpoint';

/** Issue 6: every view's data within 200 ms at p95; issue 22: the first views within 100 ms. */
export const GOAL_P95_MS = 200;
export const FIRST_VIEW_GOAL_P95_MS = 100;
/** Issue 22: no answer a screen reads over 300 KB (downloads stream the whole). */
export const GOAL_MAX_KB = 300;

const goalMsOf = (r: EndpointResult) => (r.endpoint.firstView ? FIRST_VIEW_GOAL_P95_MS : GOAL_P95_MS);
/** A download is no view: it is timed and weighed, with no goal of its own. */
export const withinGoal = (r: EndpointResult) =>
  r.endpoint.download === true || (r.sequential.p95 < goalMsOf(r) && r.bytes / 1024 <= GOAL_MAX_KB);

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));

/** One row per endpoint: latencies, size, CPU per request of the server and PostgreSQL, the verdict. */
export function printTable(results: EndpointResult[]): void {
  const concurrency = results.find((r) => r.concurrent)?.concurrent?.concurrency;
  const header = [
    'view',
    'endpoint',
    'user',
    'n',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'KB',
    'server CPU ms',
    'PG CPU ms',
    'other cores',
    ...(concurrency ? [`c${concurrency} p50`, `c${concurrency} p95`, `c${concurrency} req/s`] : []),
    'goal',
    'verdict',
  ];
  const rows = results.map((r) => [
    r.endpoint.view,
    r.endpoint.name,
    r.endpoint.user,
    String(r.sequential.n),
    ms(r.sequential.p50),
    ms(r.sequential.p95),
    ms(r.sequential.p99),
    ms(r.sequential.max),
    (r.bytes / 1024).toFixed(1),
    ms(r.serverCpuMs),
    ms(r.postgresCpuMs),
    r.otherCores.toFixed(2),
    ...(concurrency
      ? [ms(r.concurrent!.p50), ms(r.concurrent!.p95), r.concurrent!.perSecond.toFixed(1)]
      : []),
    r.endpoint.download ? '(download)' : `p95 < ${goalMsOf(r)}, ≤ ${GOAL_MAX_KB} KB`,
    r.endpoint.download ? '' : withinGoal(r) ? 'met' : 'NOT MET',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i < 3 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
  const slow = results.filter((r) => !withinGoal(r));
  console.log(
    `\n${results.length - slow.length} of ${results.length} endpoints within their goal` +
      (slow.length ? `; not met: ${slow.map((r) => r.endpoint.name).join(', ')}` : ''),
  );
}
