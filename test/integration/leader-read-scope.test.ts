import type { OrgUnit } from '../../core/org/org-unit';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { createContract, createGoal } from '../../db/repositories/goals';
import { createUnit } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { parseCsv } from '../support/adversary/harvest-exports';
import { getJson, submit, type Json } from '../support/http';
import { readPdfPages } from '../support/pdf-pages';
import { STORES, type TestStore } from '../support/stores';

/*
 * ADR 0013: a leader reads her own part of the organisation and the municipality's totals; another
 * institution is never shown with its values or named as missing a goal. Testskolen (the leader's)
 * has ten pupils who thrive, Vestskolen ten who do not.
 */

const year = new Date().getUTCFullYear();
const OUTSIDE = 'The goal applies to units outside your part of the organisation';

for (const kind of STORES) {
  describe(`${kind.name}: a unit leader reads her own units and the municipality's totals, no other institution`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let west: OrgUnit;
    let contractId: string;
    let consultant: string;
    let leader: string;
    let viewer: string;
    const goal: Record<'everySchool' | 'west' | 'own', string> = { everySchool: '', west: '', own: '' };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const municipalityId = org.municipality.id;
      west = await createUnit(store.db, {
        municipalityId,
        parent: org.area,
        kind: 'institution',
        name: 'Vestskolen',
        sector: 'school',
      });
      const westSix = await createUnit(store.db, {
        municipalityId,
        parent: west,
        kind: 'group',
        name: '6.B',
        sector: 'school',
        grade: 6,
      });
      contractId = await createContract(store.db, {
        municipalityId,
        title: 'Kvalitetskontrakt',
        periodStart: `${year - 1}-01-01`,
        periodEnd: `${year + 1}-12-31`,
      });
      const aGoal = (name: string, scope: OrgUnit, position: number, eachUnitKind?: 'institution') =>
        createGoal(store.db, {
          municipalityId,
          contractId,
          serviceArea: 'skole',
          title: { da: name, nb: name, en: name },
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          scopeUnitId: scope.id,
          breakdownFilter: null,
          rule: { type: 'threshold', op: '>', target: 0.5 },
          deadline: `${year + 1}-12-31`,
          position,
          ...(eachUnitKind ? { eachUnitKind } : {}),
        });
      goal.everySchool = await aGoal('Every school', org.root, 0, 'institution');
      goal.west = await aGoal('Vestskolen thrives', west, 1);
      goal.own = await aGoal('Testskolen thrives', org.school, 2);

      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!, westSix])
        .create();
      const pupil: CheckedInstrument = await store.malbar.instruments.get(
        store.malbar.versionIds['pupil-wellbeing']!,
      );
      for (const [unit, wellbeing] of [
        [org.classes.get(6)!, 5],
        [westSix, 1],
      ] as const)
        for (let i = 0; i < 10; i++)
          expect(
            (
              await submit(
                store.url,
                round.codes.get(unit.id)!,
                pupilAnswers(pupil, { grade: 6, wellbeing, bullied: false }),
              )
            ).status,
          ).toBe(201);
      await store.settled();
      await store.release(round.roundId);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    });
    afterAll(() => store?.stop());

    const goalsOf = (report: Json): Record<string, Json> =>
      Object.fromEntries(report.areas.flatMap((a: Json) => a.goals).map((g: Json) => [g.id, g]));
    const overview = async (cookie: string) =>
      goalsOf((await getJson(`${store.url}/api/contracts/${contractId}/overview`, { cookie })).body);

    it('when quality staff and a root viewer read the overview, then they see every school, Vestskolen named as missing', async () => {
      for (const cookie of [consultant, viewer]) {
        const goals = await overview(cookie);
        expect(goals[goal.everySchool].result).toMatchObject({ n: 20, value: 0.5 });
        expect(goals[goal.everySchool].units).toMatchObject({ met: 1, notMet: ['Vestskolen'] });
        expect(goals[goal.everySchool].units.readersUnitsOnly).toBeUndefined();
        expect(goals[goal.west].result).toMatchObject({ status: 'not-met', n: 10, value: 0 });
        expect(goals[goal.west].outsideReadScope).toBeUndefined();
      }
    });

    it('when the leader reads the overview, then she gets the municipality total and her own school, and nothing of Vestskolen', async () => {
      const goals = await overview(leader);
      expect(goals[goal.everySchool].result).toMatchObject({ n: 20, value: 0.5 });
      expect(goals[goal.everySchool].units).toEqual({
        kind: 'institution',
        met: 1,
        notMet: [],
        uncertain: 0,
        hidden: 0,
        noData: 0,
        readersUnitsOnly: true,
      });
      expect(goals[goal.west]).toMatchObject({
        title: { en: 'Vestskolen thrives' },
        outsideReadScope: true,
        result: null,
        trend: [],
        units: null,
      });
      expect(goals[goal.own].result).toMatchObject({ n: 10, value: 1 });
      expect(JSON.stringify(goals)).not.toMatch(/"notMet":\[[^\]]*Vestskolen/);
    });

    it('when the leader reads the draft report, as JSON, print version and PDF, then it holds what her overview holds', async () => {
      const base = `${store.url}/dashboard/contracts/${contractId}/reports/${year}`;
      const json = (
        await getJson(`${store.url}/api/contracts/${contractId}/reports/${year}`, { cookie: leader })
      ).body;
      expect(json.status).toBe('draft');
      expect(goalsOf(json.report)).toEqual(await overview(leader));

      const page = async (cookie: string) =>
        (await fetch(`${base}/print?lang=en`, { headers: { cookie } })).text();
      expect(await page(consultant)).toMatch(/Not met: Vestskolen/);
      const leaders = await page(leader);
      expect(leaders).not.toMatch(/Not met: Vestskolen/);
      expect(leaders).toContain(OUTSIDE);
      expect(leaders).toContain('Only the units in your part of the organisation are counted.');

      const pdf = await fetch(`${base}/pdf?lang=en`, { headers: { cookie: leader } });
      expect(pdf.status).toBe(200);
      const text = (await readPdfPages(Buffer.from(await pdf.arrayBuffer()))).texts
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(text).toContain('applies to units outside your part of the');
      expect(text).not.toMatch(/Not met: Vestskolen/);
    });

    it('when the leader downloads the overview as CSV, then Vestskolen’s goal has no values and the tally counts her school alone', async () => {
      const csv = async (cookie: string) => {
        const res = await fetch(`${store.url}/api/exports/contracts/${contractId}/overview.csv`, {
          headers: { cookie },
        });
        expect(res.status).toBe(200);
        const [, ...rows] = parseCsv(await res.text());
        return new Map(rows.map((r) => [r[1], r]));
      };
      const all = await csv(consultant);
      const own = await csv(leader);
      expect(all.get('Vestskolen thrives')!.slice(6, 10)).toEqual(['Not met', 'percent', '10', '0.0']);
      expect(own.get('Vestskolen thrives')!.slice(6, 19)).toEqual([
        'Outside your part of the organisation',
        'percent',
        ...Array(11).fill(''),
      ]);
      // Units meeting, units counted: two schools for quality staff, her own for the leader.
      expect(all.get('Every school')!.slice(17, 19)).toEqual(['1', '2']);
      expect(own.get('Every school')!.slice(17, 19)).toEqual(['1', '1']);
      expect(own.get('Every school')!.slice(8, 10)).toEqual(all.get('Every school')!.slice(8, 10));
    });
  });
}
