import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: a hidden class cannot be recovered by subtraction`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let goalId: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      goalId = (
        await aContractWithGoals(store.db, org.root, [
          { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
        ])
      )[0]!;
      // 6.A: 6 answers (5 with wellbeing); 1.A: 3 answers (all with wellbeing), hidden by itself.
      const code = (grade: number) => round.codes.get(org.classes.get(grade)!.id)!;
      for (let i = 0; i < 6; i++) {
        await submit(
          store.url,
          code(6),
          pupilAnswers(pupil, { grade: 6, wellbeing: i < 5 ? 5 : 1, bullied: false }),
        );
      }
      for (let i = 0; i < 3; i++) {
        await submit(store.url, code(1), pupilAnswers(pupil, { grade: 1, wellbeing: 5, bullied: false }));
      }
      await store.settled();
      await store.release(round.roundId);
    });
    afterAll(() => store?.stop());

    it('when the school (9 answers) and 6.A (6) would be shown, then 6.A is hidden too, on the dashboard and on its own page', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root));
      const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
      const cell = (unitId: string) => overview.rows.find((r: Json) => r.unitId === unitId).cells[goalId];
      // School 8 of 9; 6.A 5 of 6 would give 1.A = 3 of 3 by subtraction.
      expect(cell(org.school.id)).toMatchObject({ status: expect.any(String), n: 9 });
      expect(cell(org.classes.get(1)!.id)).toEqual({ status: 'hidden', minGroupSize: 5 });
      expect(cell(org.classes.get(6)!.id)).toEqual({ status: 'hidden', minGroupSize: 5 });

      const page = (await getJson(`${store.url}/api/units/${org.classes.get(6)!.id}/indicators`, { cookie }))
        .body;
      const total = page.rounds[0].indicators.find((i: Json) => i.key === 'wellbeing').total;
      expect(total).toEqual({ shown: false, reason: 'too-few-answers', minGroupSize: 5 });
      const school = (await getJson(`${store.url}/api/units/${org.school.id}/indicators`, { cookie })).body;
      expect(school.rounds[0].indicators.find((i: Json) => i.key === 'wellbeing').total).toMatchObject({
        shown: true,
        n: 9,
      });
    });

    it('when a leader sees only the school, then the same classes are hidden for them', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
      const cell = (unitId: string) => overview.rows.find((r: Json) => r.unitId === unitId).cells[goalId];
      expect(overview.rows.map((r: Json) => r.unitId)).not.toContain(org.root.id);
      expect(cell(org.classes.get(6)!.id)).toEqual({ status: 'hidden', minGroupSize: 5 });
    });
  });
}
