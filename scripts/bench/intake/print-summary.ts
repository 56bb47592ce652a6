import type { PhaseResult } from './measure-phase';

/** Issue 3's floor, and issue 22's: ≥ 90 % of the ceiling's rate, p99 within 1.5× the ceiling's. */
export const GOAL = { perSecond: 1500, p99Ms: 50, shareOfCeiling: 0.9, p99OfCeiling: 1.5 };

/** The server's CPU per accepted answer (µs): its cores over its rate. */
const cpuMicrosPerAnswer = (p: PhaseResult) => ((p.cores['http server(s)'] ?? 0) / p.perSecond) * 1e6;

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: digits });

/** Product vs ceiling side by side, the goal's verdict, and each phase's CPU and PostgreSQL picture. */
export function printSummary(phases: PhaseResult[], command: string, rate: number | undefined): void {
  const product = phases.find((p) => p.label === 'product');
  const ceiling = phases.find((p) => p.label === 'ceiling');
  const rows: [string, (p: PhaseResult) => string][] = [
    ['responses/s (2xx)', (p) => fmt(p.perSecond)],
    ['latency p50 ms', (p) => fmt(p.latencyMs.p50)],
    ['latency p90 ms', (p) => fmt(p.latencyMs.p90)],
    ['latency p99 ms', (p) => fmt(p.latencyMs.p99)],
    ['latency max ms', (p) => fmt(p.latencyMs.max)],
    ['measured seconds', (p) => fmt(p.seconds)],
    ['statuses (incl. warm-up)', (p) => JSON.stringify(p.statuses)],
    ['cores of other work before', (p) => fmt(p.otherWorkBefore, 2)],
    ['server CPU µs per answer', (p) => fmt(cpuMicrosPerAnswer(p), 0)],
  ];
  const cores = [...new Set(phases.flatMap((p) => Object.keys(p.cores)))];
  for (const group of cores) rows.push([`cores: ${group}`, (p) => fmt(p.cores[group], 2)]);
  rows.push(
    ['pg commits/s', (p) => fmt(p.postgres.commitsPerSecond, 0)],
    ['pg WAL flushes/s', (p) => fmt(p.postgres.walSyncsPerSecond, 0)],
    ['pg commits per WAL flush', (p) => fmt(p.postgres.commitsPerWalSync, 2)],
    ['pg WAL kB/s', (p) => fmt(p.postgres.walKbPerSecond, 0)],
    ['pg backends active (avg)', (p) => fmt(p.activity.averageActive, 2)],
    ['pg backends idle (avg)', (p) => fmt(p.activity.averageIdle, 2)],
  );
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  console.log(`\n${''.padEnd(width)}${phases.map((p) => p.label.padStart(14)).join('')}`);
  for (const [name, cell] of rows)
    console.log(`${name.padEnd(width)}${phases.map((p) => cell(p).padStart(14)).join('')}`);
  for (const p of phases) {
    const others = p.otherWork.map((w) => `${w.process} ${fmt(w.cores, 2)}`).join('; ');
    console.log(
      `\n${p.label}: other work on the machine during the measurement (cores): ${others || 'none'}`,
    );
    console.log(
      `${p.label}: PostgreSQL backends, share of active samples by wait: ${JSON.stringify(p.activity.waits)}`,
    );
    for (const s of p.activity.statements) console.log(`  ${fmt(s.share * 100)} %  ${s.query}`);
  }
  if (product) printVerdict(product, ceiling, rate);
  console.log(`\ncommand: ${command}`);
}

function printVerdict(product: PhaseResult, ceiling: PhaseResult | undefined, rate: number | undefined) {
  const share = ceiling ? product.perSecond / ceiling.perSecond : undefined;
  const checks = [
    [
      `≥ ${fmt(GOAL.perSecond, 0)} responses/s`,
      product.perSecond >= GOAL.perSecond,
      `${fmt(product.perSecond)}/s`,
    ],
    [`p99 < ${GOAL.p99Ms} ms`, product.latencyMs.p99 < GOAL.p99Ms, `${fmt(product.latencyMs.p99)} ms`],
    [
      `≥ ${GOAL.shareOfCeiling * 100} % of the ceiling`,
      share === undefined ? undefined : share >= GOAL.shareOfCeiling,
      share === undefined ? 'no ceiling measured' : `${fmt(share * 100)} %`,
    ],
    [
      `p99 ≤ ${GOAL.p99OfCeiling}× the ceiling's`,
      ceiling === undefined ? undefined : product.latencyMs.p99 <= GOAL.p99OfCeiling * ceiling.latencyMs.p99,
      ceiling === undefined
        ? 'no ceiling measured'
        : `${fmt(product.latencyMs.p99 / ceiling.latencyMs.p99, 2)}×`,
    ],
  ] as const;
  console.log(`\ngoal${rate ? ` (offered ${fmt(rate, 0)}/s, so responses/s cannot exceed it)` : ''}:`);
  for (const [what, met, figure] of checks)
    console.log(`  ${what.padEnd(26)} ${figure.padStart(14)}  ${verdict(met)}`);
  const all = checks.every(([, met]) => met === true);
  console.log(`  ${'all'.padEnd(26)} ${''.padStart(14)}  ${all ? 'MET' : 'NOT MET'}`);
}

const verdict = (met: boolean | undefined) => (met === undefined ? '–' : met ? 'met' : 'NOT MET');
