import { attack, type AttackReport } from '../support/adversary/attack';
import { RULES_OFF, startStore } from '../support/adversary/adversary-store';
import { differencingRun } from '../support/adversary/differencing';
import { attackEveryRole, harvestEveryRole } from '../support/adversary/every-role';
import { expectFound, summaryLine } from '../support/adversary/expectations';
import { GENERATED_SEED, generateMunicipality } from '../support/adversary/generated-municipality';
import { readTruth } from '../support/adversary/truth';
import type { TestStore } from '../support/stores';

/**
 * Issue 15, on today's rules: the same attacker on a municipality generated from a fixed seed —
 * small classes, all four instruments with their linked indicators, two pupil rounds, goals with
 * breakdown filters, a published contract — as every role, and over two moments.
 */
describe('pglite + in-process: an attacker with everything a generated municipality publishes, today’s rules', () => {
  let store: TestStore;
  let reports: Map<string, AttackReport>;

  beforeAll(async () => {
    store = await startStore(RULES_OFF);
    const { readers, slug } = await generateMunicipality(store, GENERATED_SEED);
    const before = await harvestEveryRole(store, readers, slug);
    const roundIds = [...before.get('viewer')!.rounds.keys()];
    const truthBefore = await readTruth(store.db, roundIds);
    reports = await attackEveryRole(before, truthBefore, { valuesFollowAnswers: true });
    const viewer = readers.find((r) => r.name === 'viewer')!;
    const staff = { qualityStaff: readers[0]!, links: before.get('consultant')!, release: null };
    const { after } = await differencingRun(store, viewer, slug, before.get('viewer')!, staff);
    const truthAfter = await readTruth(store.db, roundIds);
    const moments = [before.get('viewer')!, after];
    reports.set(
      'viewer over two moments',
      await attack(moments, [truthBefore, truthAfter], { valuesFollowAnswers: true }),
    );
    for (const [name, report] of reports) console.log(summaryLine(name, report));
  }, 240_000);
  afterAll(() => store?.stop());

  it('when every role harvests, then the attacker’s premises hold for the true counts and every bound is proven', () => {
    for (const [name, report] of reports) {
      expect({ name, violations: report.premiseViolations.slice(0, 10) }).toEqual({ name, violations: [] });
      expect({ name, unproven: report.bounds.unproven }).toEqual({ name, unproven: 0 });
    }
    expect(reports.get('viewer')!.protectedCells).toBeGreaterThan(20);
  });

  it('when it bounds every protected group, then today’s rules leave small groups it can pin to one answer', () => {
    expectFound(
      reports.get('viewer')!,
      'an all-alike small group',
      (f) => f.kind === 'all-alike' && !f.increment,
    );
  });

  it('when one answer arrives in a hidden and one in a shown class, then published values move by fewer than the minimum', () => {
    expectFound(
      reports.get('viewer over two moments')!,
      'a published value that moved by 1 … 4 respondents',
      (f) => f.increment && f.kind === 'determined',
    );
  });
});
