import { randomUUID } from 'node:crypto';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { countResponses, listAnswersInSubtree } from '../../db/repositories/responses';
import { intakeBatcher } from '../../server/intake/intake-batcher';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Intake writes responses that arrive together in one statement (server/intake/response-batcher.ts).
 * Whatever the batching, each respondent's answer is stored once, with their own answers, and a
 * repeated submission (even inside the same batch) returns the first one's id.
 */
for (const kind of STORES) {
  describe(`${kind.name}: responses arriving together are written together, each exactly once`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupils: CheckedInstrument;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([4, 6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupils = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    });
    afterAll(() => store?.stop());

    it('when 60 pupils of two classes submit at once, ten of them twice with the same submission id, then 60 responses are stored with the right answers', async () => {
      const jobs = Array.from({ length: 60 }, (_, i) => {
        const grade = i % 2 === 0 ? 4 : 6;
        return {
          grade,
          submissionId: randomUUID(),
          answers: pupilAnswers(pupils, { grade, wellbeing: i % 3 === 0 ? 1 : 5, bullied: i % 7 === 0 }),
        };
      });
      const attempts = [...jobs, ...jobs.slice(0, 10)];
      const results = await Promise.all(
        attempts.map((j) =>
          submit(store.url, round.codes.get(org.classes.get(j.grade)!.id)!, j.answers, j.submissionId),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(60);
      expect(results.filter((r) => r.status === 200)).toHaveLength(10);
      // The repeat of a submission answers with the first one's id.
      for (let i = 0; i < 10; i++) expect(results[60 + i]!.body.id).toBe(results[i]!.body.id);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(60);
      expect(await countResponses(store.db)).toBe(60);
      for (const grade of [4, 6]) {
        const stored = await listAnswersInSubtree(store.db, round.roundId, org.classes.get(grade)!.path);
        const sent = jobs.filter((j) => j.grade === grade).map((j) => JSON.stringify(j.answers));
        expect(stored.map((s) => JSON.stringify(s.answers, Object.keys(s.answers)))).toHaveLength(30);
        const canonical = (a: Record<string, unknown>) => JSON.stringify(a, Object.keys(a).sort());
        expect(stored.map((s) => canonical(s.answers)).sort()).toEqual(
          jobs
            .filter((j) => j.grade === grade)
            .map((j) => canonical(j.answers))
            .sort(),
        );
        expect(sent).toHaveLength(30);
      }
      await store.settled();
    });

    it('when the batcher is drained while 300 responses are being handed in, then it resolves only after every one is stored', async () => {
      const batcher = intakeBatcher(store.db);
      const before = await countResponses(store.db);
      const unit = org.classes.get(6)!;
      const handedIn = Array.from({ length: 300 }, () =>
        batcher.store({
          municipalityId: org.municipality.id,
          roundId: round.roundId,
          unitId: unit.id,
          submissionId: randomUUID(),
          answers: pupilAnswers(pupils, { grade: 6, wellbeing: 5, bullied: false }),
          submittedOn: new Date().toISOString().slice(0, 10),
        }),
      );
      let settled = 0;
      for (const stored of handedIn) void stored.then(() => settled++);

      await batcher.drain();
      expect(await countResponses(store.db)).toBe(before + 300);
      expect(settled).toBe(300);
      await batcher.drain(); // idle: at once
    });
  });
}
