import { recomputeRoundJob } from '../../../jobs/contracts';
import { adoptDemoReport } from '../../../scripts/demo/demo-reports';
import { releaseDemoRounds } from '../../../scripts/demo/demo-releases';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG, seedDemo } from '../../../scripts/seed-demo';
import { logIn } from '../../builders/staff';
import { getJson, postJson } from '../http';
import { STORES, type TestStore } from '../stores';

/** The protections against a determined reader (the runtime override `anonymity`). */
export interface AnonymityRulesSwitch {
  linkedIndicators: boolean;
  bounds: boolean;
  heldReleases: boolean;
}

export const FULL_PROTECTION: AnonymityRulesSwitch = {
  linkedIndicators: true,
  bounds: true,
  heldReleases: true,
};

/** The rules as they were before issue 15: each indicator alone, no bounds, values live. */
export const RULES_OFF: AnonymityRulesSwitch = {
  linkedIndicators: false,
  bounds: false,
  heldReleases: false,
};

const pglite = STORES.find((s) => s.name.startsWith('pglite'))!;
type StartWithRules = (
  env?: Record<string, string>,
  overrides?: { anonymity?: AnonymityRulesSwitch },
) => Promise<TestStore>;

/** PGlite + in-process jobs, with the given protections. */
export function startStore(rules: AnonymityRulesSwitch): Promise<TestStore> {
  return (pglite.start as StartWithRules)(undefined, { anonymity: rules });
}

export interface Reader {
  name: string;
  cookie: string;
}

/**
 * Demo Kommune exactly as `npm start` seeds it (main/start.ts): seed, recompute, release (last
 * year's rounds final, this year's interim), adopt last year's report.
 */
export async function seedDemoMunicipality(store: TestStore): Promise<{ readers: Reader[]; slug: string }> {
  const today = new Date().toISOString().slice(0, 10);
  const demo = await seedDemo(store.db, {
    today,
    instruments: store.malbar.instruments,
    versionIds: store.malbar.versionIds,
  });
  const roundIds = new Set(demo.recompute.map((r) => r.roundId));
  for (const roundId of roundIds) await store.malbar.queue.enqueue(recomputeRoundJob, { roundId });
  await store.settled(60_000);
  await releaseDemoRounds(store.db, store.malbar.queue, roundIds, () => store.malbar.idle());
  const deps = { instruments: store.malbar.instruments, now: () => new Date() };
  await adoptDemoReport(
    store.db,
    deps,
    demo.contract.contractId,
    new Date().getUTCFullYear() - 1,
    demo.consultantId,
  );
  const roles = ['consultant', 'leader', 'admin', 'viewer'];
  const readers = await Promise.all(
    DEMO_LOGINS.map(async (login, i) => ({
      name: roles[i]!,
      cookie: await logIn(store.url, { email: login.email, password: DEMO_PASSWORD }),
    })),
  );
  return { readers, slug: DEMO_SLUG };
}

/** In held-release mode values change only when quality staff make a release: one per round, then wait. */
export async function makeReleases(
  store: TestStore,
  qualityStaff: Reader,
  roundIds: string[],
): Promise<void> {
  for (const roundId of roundIds) {
    const res = await postJson(
      `${store.url}/api/rounds/${roundId}/releases`,
      {},
      { cookie: qualityStaff.cookie },
    );
    if (res.status !== 202)
      throw new Error(`release of round ${roundId}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await store.settled(60_000);
}

/** The rounds a staff reader can see. */
export async function roundIdsOf(store: TestStore, reader: Reader): Promise<string[]> {
  const list = await getJson(`${store.url}/api/rounds`, { cookie: reader.cookie });
  return (list.body.rounds as { id: string }[]).map((r) => r.id);
}
