import { attack, type AttackReport } from '../support/adversary/attack';
import {
  FULL_PROTECTION,
  makeReleases,
  roundIdsOf,
  seedDemoMunicipality,
  startStore,
  type Reader,
} from '../support/adversary/adversary-store';
import { differencingRun } from '../support/adversary/differencing';
import { attackEveryRole, harvestEveryRole } from '../support/adversary/every-role';
import { summaryLine } from '../support/adversary/expectations';
import { GENERATED_SEED, generateMunicipality } from '../support/adversary/generated-municipality';
import { readTruth } from '../support/adversary/truth';
import type { TestStore } from '../support/stores';

/**
 * Issue 15, done: with every protection on (linked indicators audited together, bounds, held
 * releases) the attacker of anonymity-adversary.test.ts finds nothing — for every role, on the
 * demo and on a generated municipality, and across a release made after one answer in a hidden
 * and one in a shown class. Values change only when quality staff make a release.
 */
// Each harvest follows a release with no answer in between, so the live answer counts the reader
// saw are the release's own: between two harvests n grows by at most the answers gained.
const attackerOf = { valuesFollowAnswers: true };

async function releaseEveryRound(store: TestStore, readers: Reader[], roundIds: string[]) {
  await makeReleases(
    store,
    readers.find((r) => r.name === 'consultant')!,
    roundIds,
  );
}

function expectNothingFound(reports: Map<string, AttackReport>) {
  for (const [name, report] of reports) {
    console.log(summaryLine(name, report));
    expect({
      name,
      violations: report.premiseViolations.slice(0, 10),
      unproven: report.bounds.unproven,
    }).toEqual({
      name,
      violations: [],
      unproven: 0,
    });
    expect({ name, findings: report.findings.map((f) => `${f.kind}: ${f.description}`) }).toEqual({
      name,
      findings: [],
    });
  }
}

describe('pglite + in-process, full protection: Demo Kommune', () => {
  let store: TestStore;
  afterAll(() => store?.stop());

  it('when every role harvests every release, before and after one answer in a hidden and one in a shown class, then the attacker finds nothing', async () => {
    store = await startStore(FULL_PROTECTION);
    const demo = await seedDemoMunicipality(store);
    const roundIds = await roundIdsOf(store, demo.readers[0]!);
    await releaseEveryRound(store, demo.readers, roundIds);
    const before = await harvestEveryRole(store, demo.readers, demo.slug);
    const truthBefore = await readTruth(store.db, roundIds);
    const reports = await attackEveryRole(before, truthBefore, attackerOf);
    const viewer = demo.readers.find((r) => r.name === 'viewer')!;
    const release = (roundId: string) => releaseEveryRound(store, demo.readers, [roundId]);
    const staff = { qualityStaff: demo.readers[0]!, links: before.get('consultant')!, release };
    const { after, answered } = await differencingRun(store, viewer, demo.slug, before.get('viewer')!, staff);
    expect(answered).toHaveLength(2);
    const truthAfter = await readTruth(store.db, roundIds);
    const moments = [before.get('viewer')!, after];
    reports.set('viewer across a release', await attack(moments, [truthBefore, truthAfter], attackerOf));
    expect(reports.get('viewer')!.protectedCells).toBeGreaterThan(0);
    expectNothingFound(reports);
  }, 180_000);
});

describe('pglite + in-process, full protection: a generated municipality', () => {
  let store: TestStore;
  afterAll(() => store?.stop());

  it('when every role harvests its release, then the attacker finds nothing', async () => {
    store = await startStore(FULL_PROTECTION);
    const { readers, slug } = await generateMunicipality(store, GENERATED_SEED);
    const roundIds = await roundIdsOf(store, readers[0]!);
    await releaseEveryRound(store, readers, roundIds);
    const snapshots = await harvestEveryRole(store, readers, slug);
    const reports = await attackEveryRole(snapshots, await readTruth(store.db, roundIds), attackerOf);
    expect(reports.get('viewer')!.protectedCells).toBeGreaterThan(20);
    expectNothingFound(reports);
  }, 180_000);
});
