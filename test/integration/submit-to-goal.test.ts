import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: a response travels from the form to the goal status`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let cookie: string;
    let goalIds: string[];

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6, 7]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      goalIds = await aContractWithGoals(store.db, org.root, [
        {
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          op: '>',
          target: 0.9,
          breakdownFilter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
        },
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'not-bullied', op: '>', target: 0.4 },
      ]);
      cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
    });
    afterAll(() => store?.stop());

    const codeOf = (grade: number) => round.codes.get(org.classes.get(grade)!.id)!;
    const goals = async () => (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const cellAt = (
      overview: { rows: { unitId: string; cells: Record<string, unknown> }[] },
      unitId: string,
      goalId: string,
    ) => overview.rows.find((r) => r.unitId === unitId)!.cells[goalId];

    it('when six pupils of 6.A answer, then the class, school, area and municipality show the value with its interval', async () => {
      const answers = [
        ...Array.from({ length: 5 }, () => pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false })),
        pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: true }),
      ];
      for (const a of answers) expect((await submit(store.url, codeOf(6), a)).status).toBe(201);
      await store.settled();
      await store.release(round.roundId);

      const overview = await goals();
      // 5 of 6 express wellbeing: p = 0.8333; Wilson 95 %: centre (p + z²/2n)/(1 + z²/n) = 1.15347/1.64027
      // = 0.70322, half-width 1.96·sqrt(p(1-p)/n + z²/4n²)/(1 + z²/n) = 0.26673 → [0.4365, 0.9700].
      // The interval contains the target 0.9, so the goal is uncertain.
      for (const unit of [org.classes.get(6)!, org.school, org.area, org.root]) {
        const cell = cellAt(overview, unit.id, goalIds[0]!);
        expect(cell).toEqual({
          status: 'uncertain',
          n: 6,
          value: expect.closeTo(5 / 6, 6),
          ciLow: expect.closeTo(0.4365, 3),
          ciHigh: expect.closeTo(0.97, 3),
          // The first measurement: no change to show yet.
          change: null,
          reasons: [],
        });
      }
      // Not bullied: 5 of 6 = 0.8333 with interval [0.4365, 0.9700] entirely above 0.4: met.
      expect(cellAt(overview, org.root.id, goalIds[1]!)).toMatchObject({ status: 'met', n: 6 });
      expect(cellAt(overview, org.classes.get(1)!.id, goalIds[0]!)).toEqual({ status: 'no-data' });
    });

    it('when a class has fewer than five answers, then its value is hidden but still counts higher up', async () => {
      for (let i = 0; i < 4; i++) {
        expect(
          (
            await submit(
              store.url,
              codeOf(1),
              pupilAnswers(pupil, { grade: 1, wellbeing: 5, bullied: false }),
            )
          ).status,
        ).toBe(201);
      }
      await store.settled();
      await store.release(round.roundId);
      const overview = await goals();
      expect(cellAt(overview, org.classes.get(1)!.id, goalIds[0]!)).toEqual({
        status: 'hidden',
        minGroupSize: 5,
      });
      // School: 6.A's 5 of 6 plus 1.A's 4 of 4 = 9 of 10.
      expect(cellAt(overview, org.school.id, goalIds[0]!)).toMatchObject({
        status: 'uncertain',
        n: 10,
        value: expect.closeTo(0.9, 6),
      });

      const unit = await getJson(`${store.url}/api/units/${org.classes.get(1)!.id}/indicators`, { cookie });
      expect(unit.status).toBe(200);
      const wellbeing = unit.body.rounds[0].indicators.find((i: { key: string }) => i.key === 'wellbeing');
      expect(wellbeing.total).toEqual({ shown: false, reason: 'too-few-answers', minGroupSize: 5 });
    });

    it('when pupils of a grade outside the goal answer, then the goal value does not change but the indicator does', async () => {
      for (let i = 0; i < 5; i++) {
        await submit(store.url, codeOf(7), pupilAnswers(pupil, { grade: 7, wellbeing: 1, bullied: false }));
      }
      await store.settled();
      await store.release(round.roundId);
      const overview = await goals();
      expect(cellAt(overview, org.school.id, goalIds[0]!)).toMatchObject({
        n: 10,
        value: expect.closeTo(0.9, 6),
      });
      const school = await getJson(`${store.url}/api/units/${org.school.id}/indicators`, { cookie });
      const wellbeing = school.body.rounds[0].indicators.find((i: { key: string }) => i.key === 'wellbeing');
      // All grades: 9 of 15 express wellbeing.
      expect(wellbeing.total).toMatchObject({ shown: true, n: 15, value: expect.closeTo(0.6, 6) });
    });
  });
}
