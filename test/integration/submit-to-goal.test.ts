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

    it('when a class has fewer than five answers, then its value is hidden, and counts higher up once five have come since the last release', async () => {
      // Three of 1.A's four express wellbeing and one is bullied. (Were all four alike, showing the
      // school below would say so: its one unhappy, bullied pupil is 6.A's, published in the first
      // release.)
      for (const wellbeing of [5, 5, 5, 1] as const) {
        const answers = pupilAnswers(pupil, { grade: 1, wellbeing, bullied: wellbeing === 1 });
        expect((await submit(store.url, codeOf(1), answers)).status).toBe(201);
      }
      await store.settled();
      await store.release(round.roundId);
      let overview = await goals();
      expect(cellAt(overview, org.classes.get(1)!.id, goalIds[0]!)).toEqual({
        status: 'hidden',
        minGroupSize: 5,
      });
      // Four more at the school since the last release: it keeps that release's 5 of 6, or the
      // difference would be 1.A's four pupils.
      expect(cellAt(overview, org.school.id, goalIds[0]!)).toMatchObject({
        n: 6,
        value: expect.closeTo(5 / 6, 6),
      });

      // Five more in 6.A: every indicator of the school has moved by none or at least five since
      // then (the grades 4-9 items by five), so it shows its own numbers again: 6.A's 10 of 11 plus
      // 1.A's 3 of 4 = 13 of 15. Indicators of the same answers move together (ADR 0011).
      for (let i = 0; i < 5; i++)
        await submit(store.url, codeOf(6), pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }));
      await store.settled();
      await store.release(round.roundId);
      overview = await goals();
      expect(cellAt(overview, org.school.id, goalIds[0]!)).toMatchObject({
        status: 'uncertain',
        n: 15,
        value: expect.closeTo(13 / 15, 6),
      });
      expect(cellAt(overview, org.classes.get(1)!.id, goalIds[0]!)).toEqual({
        status: 'hidden',
        minGroupSize: 5,
      });

      const unit = await getJson(`${store.url}/api/units/${org.classes.get(1)!.id}/indicators`, { cookie });
      expect(unit.status).toBe(200);
      const wellbeing = unit.body.rounds[0].indicators.find((i: { key: string }) => i.key === 'wellbeing');
      expect(wellbeing.total).toEqual({ shown: false, reason: 'too-few-answers', minGroupSize: 5 });
    });

    it('when pupils of a grade outside the goal answer, then the goal value does not change, and the school keeps its first figures while its only young class could be told apart', async () => {
      for (let i = 0; i < 5; i++) {
        await submit(store.url, codeOf(7), pupilAnswers(pupil, { grade: 7, wellbeing: 1, bullied: false }));
      }
      await store.settled();
      await store.release(round.roundId);
      const overview = await goals();
      expect(cellAt(overview, org.school.id, goalIds[0]!)).toMatchObject({
        n: 15,
        value: expect.closeTo(13 / 15, 6),
      });
      // The school's not-bullied minus its bullying distribution (asked from grade 4) is its grades
      // 0-3: 1.A alone, four pupils. So the school's whole figures stay as first published.
      const school = await getJson(`${store.url}/api/units/${org.school.id}/indicators`, { cookie });
      const wellbeing = school.body.rounds[0].indicators.find((i: { key: string }) => i.key === 'wellbeing');
      expect(wellbeing.total).toMatchObject({
        shown: true,
        n: 6,
        value: expect.closeTo(5 / 6, 6),
        asOf: expect.any(String),
      });
    });
  });
}
