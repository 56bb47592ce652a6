import { pupilAnswers } from '../builders/answers';
import { attack, type AttackReport } from '../support/adversary/attack';
import { RULES_OFF, seedDemoMunicipality, startStore } from '../support/adversary/adversary-store';
import { answerThroughLink, classesOf, gradeOf, latestRound } from '../support/adversary/differencing';
import { attackEveryRole, harvestEveryRole } from '../support/adversary/every-role';
import { expectFound, summaryLine } from '../support/adversary/expectations';
import { harvestAsStaff } from '../support/adversary/harvest';
import { readTruth } from '../support/adversary/truth';
import type { TestStore } from '../support/stores';

/**
 * Issue 15, on today's rules (no linked-indicator audit, no bounds, values live): an attacker
 * written apart from the product's anonymity code harvests every number each role and the public
 * page can read, and bounds every protected group by MILP. It must find the three attacks.
 */
describe('pglite + in-process: an attacker with everything Demo Kommune publishes, today’s rules', () => {
  let store: TestStore;
  let reports: Map<string, AttackReport>;
  let padded: { name: string; above: Set<string> };

  beforeAll(async () => {
    store = await startStore(RULES_OFF);
    const demo = await seedDemoMunicipality(store);
    const before = await harvestEveryRole(store, demo.readers, demo.slug);
    const viewerBefore = before.get('viewer')!;
    const roundIds = [...viewerBefore.rounds.keys()];
    const truthBefore = await readTruth(store.db, roundIds);
    reports = await attackEveryRole(before, truthBefore, { valuesFollowAnswers: true });

    // One answer comes through a hidden class's open link (the consultant has the links; the
    // read-only staff representative no longer does, and watches).
    const pupilRound = latestRound(viewerBefore, 'pupil-wellbeing');
    const [hiddenClass] = classesOf(viewerBefore, pupilRound, 'wellbeing', 'hidden');
    const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    const answers = pupilAnswers(pupil, { grade: gradeOf(hiddenClass!.name), wellbeing: 1, bullied: true });
    await answerThroughLink(store.url, before.get('consultant')!, pupilRound, hiddenClass!.id, answers);
    await store.settled();
    const parentOf = new Map(viewerBefore.units.map((u) => [u.id, u.parentId]));
    const above = new Set<string>();
    for (let u = parentOf.get(hiddenClass!.id); u; u = parentOf.get(u)) above.add(u);
    const school = viewerBefore.units.find((u) => u.id === hiddenClass!.parentId)!.name;
    padded = { name: `${school} ${hiddenClass!.name}`, above };
    const viewer = demo.readers.find((r) => r.name === 'viewer')!;
    const options = { detailBudget: 0, exports: false, publicSlug: demo.slug };
    const after = await harvestAsStaff(store.url, 'viewer', viewer.cookie, options);
    const truthAfter = await readTruth(store.db, roundIds);
    const live = { valuesFollowAnswers: true };
    reports.set(
      'viewer over two moments',
      await attack([viewerBefore, after], [truthBefore, truthAfter], live),
    );
    const exact = { ...live, equalitiesOnly: true };
    reports.set(
      'viewer, exact algebra, no links',
      await attack([viewerBefore], [truthBefore], { ...exact, linkedIndicators: false }),
    );
    reports.set('viewer, exact algebra, links', await attack([viewerBefore], [truthBefore], exact));
    for (const [name, report] of reports) console.log(summaryLine(name, report));
  }, 240_000);
  afterAll(() => store?.stop());

  it('when every role harvests, then the attacker’s premises hold for the true counts and every bound is proven', () => {
    for (const [name, report] of reports) {
      expect({ name, violations: report.premiseViolations.slice(0, 10) }).toEqual({ name, violations: [] });
      expect({ name, unproven: report.bounds.unproven }).toEqual({ name, unproven: 0 });
    }
    expect(reports.get('viewer')!.protectedCells).toBeGreaterThan(0);
  });

  it('when it bounds the hidden grade-0 groups of the 2026 pupil round, then Engdalskolen’s is pinned to "all not bullied" (all-alike)', () => {
    const found = expectFound(
      reports.get('viewer')!,
      'an all-alike hidden not-bullied group of Engdalskolen (2026, grade 0)',
      (f) =>
        f.kind === 'all-alike' &&
        !f.increment &&
        /Pupil wellbeing 2026 · Engdalskolen · not-bullied grade=0/.test(f.description),
    );
    // Exact linear algebra alone (what today's audit checks) does not solve it: the bounds do.
    const exact = reports.get('viewer, exact algebra, no links')!;
    expect(exact.findings.filter((f) => f.group.id === found[0]!.group.id).map((f) => f.description)).toEqual(
      [],
    );
  });

  it('when not-bullied is linked to the bullying-frequency distribution, then exact linear algebra solves a hidden not-bullied group', () => {
    const without = new Set(reports.get('viewer, exact algebra, no links')!.findings.map((f) => f.group.id));
    expectFound(
      reports.get('viewer, exact algebra, links')!,
      'a hidden not-bullied group solved only through the distribution',
      (f) => f.kind === 'determined' && f.group.cell.facts.key === 'not-bullied' && !without.has(f.group.id),
    );
  });

  it('when one answer arrives in a hidden class between two saved moments, then a shown value above it moved by exactly one respondent', () => {
    expectFound(
      reports.get('viewer over two moments')!,
      `one respondent's change in a shown value of the school, area or municipality above ${padded.name}`,
      (f) =>
        f.increment &&
        f.kind === 'determined' &&
        f.group.trueN === 1 &&
        f.group.cell.view.state === 'shown' &&
        padded.above.has(f.group.cell.unitId),
    );
  });
});
