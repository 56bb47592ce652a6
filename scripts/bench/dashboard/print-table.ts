import type { EndpointResult } from './measure-endpoint';

/** Issue 6: every view's data within 200 ms at p95. */
export const GOAL_P95_MS = 200;

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
    `p95 < ${GOAL_P95_MS}`,
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
    r.sequential.p95 < GOAL_P95_MS ? 'met' : 'NOT MET',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i < 3 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
  const slow = results.filter((r) => r.sequential.p95 >= GOAL_P95_MS);
  console.log(
    `\n${results.length - slow.length} of ${results.length} endpoints within p95 < ${GOAL_P95_MS} ms` +
      (slow.length ? `; not met: ${slow.map((r) => r.endpoint.name).join(', ')}` : ''),
  );
}
