import type { TestStore } from '../stores';
import type { Reader } from './adversary-store';
import { attack, type AttackReport } from './attack';
import type { AttackerOptions } from './attacker-system';
import { harvestAsStaff } from './harvest';
import { pool, type Snapshot } from './snapshot';
import type { TrueCell } from './truth';

/**
 * Every role's harvest at one moment. The read-only staff representative (the reader)
 * also reads CSV exports and indicator details; every harvest includes the public page.
 */
export async function harvestEveryRole(
  store: TestStore,
  readers: Reader[],
  slug: string,
  thorough = 'viewer',
): Promise<Map<string, Snapshot>> {
  const snapshots = new Map<string, Snapshot>();
  for (const reader of readers) {
    const full = reader.name === thorough;
    const options = { detailBudget: full ? 8 : 0, exports: full, publicSlug: slug };
    snapshots.set(reader.name, await harvestAsStaff(store.url, reader.name, reader.cookie, options));
  }
  return snapshots;
}

/**
 * Each role's own attack on what it read, and one on everything the roles read pooled (readers who
 * compare notes); harvests of the very same numbers share one attack.
 */
export async function attackEveryRole(
  snapshots: Map<string, Snapshot>,
  truth: Map<string, TrueCell>,
  options: AttackerOptions,
): Promise<Map<string, AttackReport>> {
  const reports = new Map<string, AttackReport>();
  const byHarvest = new Map<string, AttackReport>();
  const everyone = pool('every reader pooled', [...snapshots.values()]);
  for (const [name, snapshot] of [...snapshots, [everyone.reader, everyone] as const]) {
    const views = [...snapshot.views].map(([k, v]) => `${k}=${JSON.stringify({ ...v, source: '' })}`);
    const answers = [...snapshot.answers].map(([round, counts]) => `${round}:${JSON.stringify([...counts])}`);
    const fingerprint = [...views, ...answers].sort().join();
    const report = byHarvest.get(fingerprint) ?? (await attack([snapshot], [truth], options));
    byHarvest.set(fingerprint, report);
    reports.set(name, { ...report, reader: name });
  }
  return reports;
}
