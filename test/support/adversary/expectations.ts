import type { AttackReport } from './attack';
import type { Finding } from './findings';

/** Fails with every finding the attacker did make when none matches `wanted`; returns the matches. */
export function expectFound(report: AttackReport, what: string, wanted: (f: Finding) => boolean): Finding[] {
  const found = report.findings.filter(wanted);
  if (found.length === 0)
    throw new Error(
      `The attacker (${report.reader}) did not find ${what}. It found:\n` +
        (report.findings.map((f) => `  ${f.kind}: ${f.description}`).join('\n') || '  nothing'),
    );
  console.log(`Found ${what}:\n${found.map((f) => `  ${f.kind}: ${f.description}`).join('\n')}`);
  return found;
}

/** One line per report for the test log: what was attacked, what was found, how long it took. */
export function summaryLine(name: string, report: AttackReport): string {
  const { size, bounds } = report;
  return (
    `${name}: ${report.protectedCells} protected cells and ${report.protectedIncrements} increments attacked ` +
    `(${size.publishedCells} published cells, ${size.requests} requests; ${size.columns} unknowns, ${size.rows} rows; ` +
    `${bounds.components} components, largest ${bounds.largestComponent}, ${bounds.solves} MILP solves in ${bounds.millis} ms` +
    `${bounds.unproven ? `, ${bounds.unproven} UNPROVEN` : ''}); findings ${JSON.stringify(report.counts)}`
  );
}
