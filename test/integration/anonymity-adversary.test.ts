import { pupilAnswers } from '../builders/answers';
import { attack, type AttackReport } from '../support/adversary/attack';
import { seedDemoMunicipality, startStore, type Reader } from '../support/adversary/adversary-store';
import { answerThroughLink, classesOf, gradeOf, latestRound } from '../support/adversary/differencing';
import { expectFound, summaryLine } from '../support/adversary/expectations';
import { harvestAsStaff } from '../support/adversary/harvest';
import type { Snapshot } from '../support/adversary/snapshot';
import { readTruth } from '../support/adversary/truth';
import type { TestStore } from '../support/stores';

/**
 * Issue 15, on today's rules (no linked-indicator audit, no bounds, values live): an attacker
 * written apart from the product's anonymity code harvests every number each role and the public
 * page can read, and bounds every protected group by MILP. It must find the three attacks.
 */
describe('pglite + in-process: an attacker with everything Demo Kommune publishes, today’s rules', () => {
  let store: TestStore;
  let readers: Reader[];
  const reports = new Map<string, AttackReport>();
  let viewerBefore: Snapshot;
  let padded: { unitName: string; schoolName: string };

  beforeAll(async () => {
    store = await startStore();
    const demo = await seedDemoMunicipality(store);
    readers = demo.readers;
    const snapshots = new Map<string, Snapshot>();
    for (const reader of readers) {
      const full = reader.name === 'viewer';
      const options = { detailBudget: full ? 8 : 0, exports: full, publicSlug: demo.slug };
      snapshots.set(reader.name, await harvestAsStaff(store.url, reader.name, reader.cookie, options));
    }
    viewerBefore = snapshots.get('viewer')!;
    const roundIds = [...viewerBefore.rounds.keys()];
    const truthBefore = await readTruth(store.db, roundIds);
    for (const [name, snapshot] of snapshots)
      if (name !== 'viewer')
        reports.set(name, await attack([snapshot], [truthBefore], { valuesFollowAnswers: true }));

    // The read-only staff representative answers once through a hidden class's open link.
    const pupilRound = latestRound(viewerBefore, 'pupil-wellbeing');
    const [hiddenClass] = classesOf(viewerBefore, pupilRound, 'wellbeing', 'hidden');
    const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    const answers = pupilAnswers(pupil, { grade: gradeOf(hiddenClass!.name), wellbeing: 1, bullied: true });
    await answerThroughLink(store.url, viewerBefore, pupilRound, hiddenClass!.id, answers);
    await store.settled();
    const school = viewerBefore.units.find((u) => u.id === hiddenClass!.parentId)!;
    padded = { unitName: hiddenClass!.name, schoolName: school.name };
    const viewer = readers.find((r) => r.name === 'viewer')!;
    const after = await harvestAsStaff(store.url, 'viewer', viewer.cookie, {
      detailBudget: 0,
      exports: false,
      publicSlug: demo.slug,
    });
    const truthAfter = await readTruth(store.db, roundIds);
    reports.set(
      'viewer',
      await attack([viewerBefore, after], [truthBefore, truthAfter], { valuesFollowAnswers: true }),
    );
    reports.set(
      'viewer, exact linear algebra without links',
      await attack([viewerBefore], [truthBefore], {
        valuesFollowAnswers: true,
        equalitiesOnly: true,
        linkedIndicators: false,
      }),
    );
    reports.set(
      'viewer, exact linear algebra with links',
      await attack([viewerBefore], [truthBefore], { valuesFollowAnswers: true, equalitiesOnly: true }),
    );
    for (const [name, report] of reports) console.log(summaryLine(name, report));
  }, 240_000);
  afterAll(() => store?.stop());

  it('when every role harvests, then the attacker’s premises hold for the true counts and it has protected groups to attack', () => {
    for (const [name, report] of reports) {
      expect({ name, violations: report.premiseViolations.slice(0, 10) }).toEqual({ name, violations: [] });
      expect({ name, unproven: report.bounds.unproven }).toEqual({ name, unproven: 0 });
    }
    expect(reports.get('viewer')!.protectedCells).toBeGreaterThan(0);
  });

  it('when it bounds the hidden grade-0 groups of the 2026 pupil round, then one is pinned to "all not bullied" (all-alike)', () => {
    const viewer = reports.get('viewer')!;
    const found = expectFound(
      viewer,
      'an all-alike hidden not-bullied group in Engdalskolen (2026, grade 0)',
      (f) =>
        f.kind === 'all-alike' &&
        !f.increment &&
        f.group.cell.facts.key === 'not-bullied' &&
        /Pupil wellbeing 2026 · Engdalskolen · not-bullied grade=0/.test(f.description),
    );
    // Exact linear algebra alone (what the audit checks) does not solve it: the bounds do.
    const exact = reports.get('viewer, exact linear algebra without links')!;
    expect(exact.findings.filter((f) => f.group.id === found[0]!.group.id).map((f) => f.description)).toEqual(
      [],
    );
  });

  it('when not-bullied is linked to the bullying-frequency distribution, then exact linear algebra solves a hidden not-bullied group', () => {
    const withLinks = reports.get('viewer, exact linear algebra with links')!;
    const without = reports.get('viewer, exact linear algebra without links')!;
    const solvedWithout = new Set(without.findings.map((f) => f.group.id));
    expectFound(
      withLinks,
      'a hidden not-bullied group solved only through the distribution',
      (f) =>
        f.kind === 'determined' && f.group.cell.facts.key === 'not-bullied' && !solvedWithout.has(f.group.id),
    );
  });

  it('when one answer arrives in a hidden class between two saved moments, then a shown value of the school, the area or the municipality moved by exactly one respondent', () => {
    const viewer = reports.get('viewer')!;
    expectFound(
      viewer,
      `one respondent's change in a shown value above ${padded.schoolName} ${padded.unitName}`,
      (f) =>
        f.increment && f.kind === 'determined' && f.group.trueN === 1 && f.group.cell.view.state === 'shown',
    );
  });
});
