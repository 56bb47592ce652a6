import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { mulberry32 } from '../../scripts/demo/mulberry32';
import { simulateRespondent } from '../../scripts/demo/simulate-answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: free-text comments are shown only for groups large enough for words`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let cookie: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      const parents: CheckedInstrument = await store.malbar.instruments.get(
        store.malbar.versionIds['parent-satisfaction']!,
      );
      round = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
        .forUnits([...org.classes.values()])
        .create();
      const random = mulberry32(11);
      // 1.A: 12 parents, 6.A: 4 parents; every one writes a comment naming the class.
      for (const [grade, count] of [
        [1, 12],
        [6, 4],
      ] as const) {
        for (let i = 0; i < count; i++) {
          const answers = {
            ...simulateRespondent(parents, 4, random),
            comment: `Class ${grade} parent ${i}`,
          };
          const res = await submit(store.url, round.codes.get(org.classes.get(grade)!.id)!, answers);
          expect(res.status).toBe(201);
        }
      }
      await store.settled();
      cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const commentsOf = async (unitId: string) => {
      const res = await getJson(`${store.url}/api/units/${unitId}/comments`, { cookie });
      expect(res.status).toBe(200);
      return res.body.rounds.find((r: Json) => r.roundId === round.roundId);
    };

    it('when a class has fewer than ten respondents, then its comments are hidden, and so are its sibling’s, which the school’s would otherwise give away', async () => {
      expect(await commentsOf(org.classes.get(6)!.id)).toMatchObject({ shown: false, minGroupSize: 10 });
      // 1.A has 12, but school (16) − 1.A would be 6.A's four comments.
      expect(await commentsOf(org.classes.get(1)!.id)).toMatchObject({ shown: false, minGroupSize: 10 });
    });

    it('when the school has sixteen respondents, then all their comments are shown, in alphabetical order', async () => {
      const school = await commentsOf(org.school.id);
      expect(school.shown).toBe(true);
      expect(school.comments).toHaveLength(16);
      expect(school.comments).toEqual(
        [...school.comments].sort((a: string, b: string) => a.localeCompare(b, 'da')),
      );
    });

    it('when staff open the school page, then the comments are there; on the class page they are not', async () => {
      const page = async (unitId: string) =>
        (await fetch(`${store.url}/dashboard/units/${unitId}`, { headers: { cookie } })).text();
      expect(await page(org.school.id)).toContain('Class 6 parent 3');
      const classPage = await page(org.classes.get(1)!.id);
      expect(classPage).not.toContain('Class 1 parent');
      expect(classPage).toContain('Comments are shown for groups of at least 10 respondents.');
    });
  });
}
