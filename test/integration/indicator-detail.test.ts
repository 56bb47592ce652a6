import type { OrgUnit } from '../../core/org/org-unit';
import { createUnit } from '../../db/repositories/org-units';
import type { IndicatorDetail } from '../../server/use-cases/indicator-detail';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * The indicator detail API (the app's chart over rounds): one indicator of one unit with the
 * municipality (and the parent, when the reader may see it) beside it, the scope checked by the
 * API and hidden values without numbers.
 */
for (const kind of STORES) {
  describe(`${kind.name}: one indicator of one unit over the rounds`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let otherSchool: OrgUnit;
    let consultant: string;
    let leader: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6, 7, 9]).create();
      otherSchool = await createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent: org.area,
        kind: 'institution',
        name: 'Vestskolen',
        sector: 'school',
      });
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      // 6.A: 7 of 10 express wellbeing; 1.A: 5 of 6; 7.A: 6 of 8; 9.A: 3 answers, too few to show.
      // 9.A's grades 4-9 items can be kept apart only by another class asked them, 7.A, hidden
      // beside it; 1.A goes with it for the items every grade is asked.
      for (const [grade, count, happy] of [
        [6, 10, 7],
        [1, 6, 5],
        [7, 8, 6],
        [9, 3, 3],
      ] as const) {
        const unit = org.classes.get(grade)!;
        for (let i = 0; i < count; i++) {
          const answers = pupilAnswers(pupil, { grade, wellbeing: i < happy ? 5 : 1, bullied: false });
          expect((await submit(store.url, round.codes.get(unit.id)!, answers)).status).toBe(201);
        }
      }
      await store.settled();
      await store.release(round.roundId);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    });
    afterAll(() => store?.stop());

    const detail = (unitId: string, cookie: string, indicator = 'wellbeing') =>
      getJson(`${store.url}/api/units/${unitId}/indicators/pupil-wellbeing/${indicator}`, { cookie });

    it("when the consultant opens 6.A's wellbeing, then it has the round's value with n and interval, and the school and the municipality beside it", async () => {
      const res = await detail(org.classes.get(6)!.id, consultant);
      expect(res.status).toBe(200);
      const body = res.body as IndicatorDetail;
      expect(body.unit.name).toBe('6.A');
      expect(body.indicator).toMatchObject({ key: 'wellbeing', unit: 'share' });
      expect(body.points).toHaveLength(1);
      const value = body.points[0]!.value;
      expect(value).toMatchObject({ shown: true, n: 10 });
      if (!value.shown) throw new Error('shown');
      expect(value.value).toBeCloseTo(0.7, 10);
      expect(value.ciLow).toBeLessThan(0.7);
      expect(value.ciHigh).toBeGreaterThan(0.7);
      expect(body.points[0]!.change).toMatchObject({ available: false, reason: 'no-previous-round' });
      expect(body.comparisons.map((c) => [c.kind, c.name])).toEqual([
        ['parent', org.school.name],
        ['municipality', org.root.name],
      ]);
      // The school (and the municipality): 6.A, 1.A, 7.A and 9.A together, 21 of 27.
      const school = body.comparisons[0]!.points[0]!.value;
      expect(school).toMatchObject({ shown: true, n: 27 });
      if (school.shown) expect(school.value).toBeCloseTo(21 / 27, 10);
    });

    it('when a class has three answers, then its value says hidden and carries no number', async () => {
      const res = await detail(org.classes.get(9)!.id, consultant);
      expect(res.status).toBe(200);
      const body = res.body as IndicatorDetail;
      expect(body.points[0]!.value).toEqual({ shown: false, reason: 'too-few-answers', minGroupSize: 5 });
      for (const breakdown of body.points[0]!.breakdowns)
        for (const cell of breakdown.cells) expect(cell.view.shown).toBe(false);
      expect(JSON.stringify(body.points)).not.toMatch(/"n":3\b/);
    });

    it("when the school's leader opens her school, then the municipality is beside it but not the area above, which is outside her scope; another school is refused", async () => {
      const mine = await detail(org.school.id, leader);
      expect(mine.status).toBe(200);
      expect((mine.body as IndicatorDetail).comparisons.map((c) => c.kind)).toEqual(['municipality']);
      const theirs = await detail(otherSchool.id, leader);
      expect(theirs.status).toBe(403);
      const unknown = await detail(org.school.id, leader, 'no-such-indicator');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toContain('no-such-indicator');
    });

    it('when the table is exported as CSV, then it has the same rows as the screen, the hidden class as text', async () => {
      const get = (unitId: string) =>
        fetch(`${store.url}/api/exports/units/${unitId}/indicators/pupil-wellbeing/wellbeing.csv?lang=en`, {
          headers: { cookie: consultant },
        });
      const shown = await get(org.classes.get(6)!.id);
      expect(shown.status).toBe(200);
      const text = await shown.text();
      const total = text.split('\n').find((line) => line.includes(',6.A,Total,Total,'));
      expect(total).toMatch(/,10,70\.0,/);
      expect(text).toContain(`,${org.school.name},Total,Total,`);
      const hidden = await (await get(org.classes.get(9)!.id)).text();
      const row = hidden.split('\n').find((line) => line.includes(',9.A,Total,Total,'))!;
      expect(row).toContain('Hidden');
      expect(row).not.toMatch(/,3,/);
    });
  });
}
