import { readFileSync, writeFileSync } from 'node:fs';
import type { EarlierRelease, ReleaseAuditInput } from '../../../core/anonymity/release-audit';

type Stored = Omit<ReleaseAuditInput, 'responseCounts' | 'earlier'> & {
  responseCounts: [string, number][];
  earlier: (Omit<EarlierRelease, 'responseCounts'> & { responseCounts: [string, number][] })[];
};

/**
 * A round's release audit input as a file, so that the audit can be run again on it alone
 * (`npm run bench:replay-audit`) without the database: to time changes to the audit and check
 * that they decide the same.
 */
export function writeAuditInput(path: string, input: ReleaseAuditInput): void {
  const stored: Stored = {
    ...input,
    responseCounts: [...input.responseCounts],
    earlier: input.earlier.map((e) => ({ ...e, responseCounts: [...e.responseCounts] })),
  };
  writeFileSync(path, JSON.stringify(stored));
}

export function readAuditInput(path: string): ReleaseAuditInput {
  const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  return {
    ...stored,
    responseCounts: new Map(stored.responseCounts),
    earlier: stored.earlier.map((e) => ({ ...e, responseCounts: new Map(e.responseCounts) })),
  };
}
