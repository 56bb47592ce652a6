import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: opening and closing a round now`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupil: CheckedInstrument;
    let consultant: string;
    let leader: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    });
    afterAll(() => store?.stop());

    const sixA = () => org.classes.get(6)!;
    const answer = (code: string) =>
      submit(store.url, code, pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }));
    const act = (roundId: string, action: 'open' | 'close', cookie: string) =>
      postJson(`${store.url}/api/rounds/${roundId}/${action}`, {}, { cookie });

    it('when the consultant closes an open round, then its link says it has closed and it cannot be closed twice', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .create();
      expect((await act(round.roundId, 'close', leader)).status).toBe(403);
      expect((await act(round.roundId, 'close', consultant)).status).toBe(204);
      expect((await answer(round.codes.get(sixA().id)!)).status).toBe(410);
      expect((await act(round.roundId, 'close', consultant)).status).toBe(409);
      const rounds = (await getJson(`${store.url}/api/rounds`, { cookie: consultant })).body.rounds;
      const closed = rounds.find((r: { id: string }) => r.id === round.roundId);
      expect(closed.closesOn < new Date().toISOString().slice(0, 10)).toBe(true);
    });

    it('when the consultant opens a scheduled round now, then respondents can answer at once', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .notYetOpen()
        .create();
      expect((await act(round.roundId, 'open', consultant)).status).toBe(204);
      expect((await answer(round.codes.get(sixA().id)!)).status).toBe(201);
    });
  });
}
