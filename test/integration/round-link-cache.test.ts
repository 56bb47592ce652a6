import { eq } from 'drizzle-orm';
import { rounds } from '../../db/schema';
import { cachedRoundLinks } from '../../db/round-link-cache';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { STORES, type TestStore } from '../support/stores';

const TTL_MS = 200;
const pastTheTtl = () => new Promise((r) => setTimeout(r, TTL_MS + 50));

/*
 * Submissions find their link through a cache (db/round-link-cache.ts): a link is read once, its
 * round again per round after the TTL. Whatever the order of reads, a change to a round's dates is
 * seen by every link of the round once the TTL has passed.
 */
for (const kind of STORES) {
  describe(`${kind.name}: the links submissions read`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    const codes = () => [...org.classes.values()].map((unit) => round.codes.get(unit.id)!);

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([4, 6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
    });
    afterAll(() => store?.stop());

    const setClosesOn = (closesOn: string) =>
      store.db.update(rounds).set({ closesOn }).where(eq(rounds.id, round.roundId));

    it('when a link is asked for, then it names its round, unit and the round as stored', async () => {
      const find = cachedRoundLinks(store.db, TTL_MS);
      const [first] = codes();
      const link = await find(first!);
      expect(link).toMatchObject({ code: first, round: { id: round.roundId } });
      expect(link!.unit.id).toBe([...org.classes.values()][0]!.id);
      expect(await find('no-such-code')).toBeUndefined();
    });

    it('when a round closes earlier, then every link of it, read before or not, says so after the TTL', async () => {
      const find = cachedRoundLinks(store.db, TTL_MS);
      const [first, second] = codes();
      const before = (await find(first!))!.round.closesOn;
      await setClosesOn('2020-01-31');
      await pastTheTtl();
      expect((await find(first!))!.round.closesOn).toBe('2020-01-31');
      expect((await find(second!))!.round.closesOn).toBe('2020-01-31');
      await setClosesOn(before);
      await pastTheTtl();
      // The second link was read within this period by way of the round, the first long ago.
      expect((await find(second!))!.round.closesOn).toBe(before);
      expect((await find(first!))!.round.closesOn).toBe(before);
    });
  });
}
