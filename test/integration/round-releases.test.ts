import { FULL_PROTECTION } from '../../core/anonymity/anonymity-rules';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { findLatestRelease } from '../../db/repositories/releases';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const DAY = 86_400_000;

for (const kind of STORES) {
  describe(`${kind.name}: results are published in releases`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let consultant: string;
    let viewer: string;
    let clock = new Date();

    beforeAll(async () => {
      store = await kind.start({}, { now: () => clock });
      org = await aMunicipality(store.db).withClasses([1, 6, 9]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      await logInAll();
    });
    afterAll(() => store?.stop());

    /** Sessions follow the clock: after moving it by weeks, log in again. */
    async function logInAll() {
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    }
    const sixA = () => org.classes.get(6)!;
    const answer = (wellbeing: 1 | 5) =>
      submit(
        store.url,
        round.codes.get(sixA().id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing, bullied: false }),
      );
    const indicatorsOf = async (unitId: string): Promise<Json> =>
      (await getJson(`${store.url}/api/units/${unitId}/indicators`, { cookie: consultant })).body;
    const wellbeingAt = async (unitId: string): Promise<Json> => {
      const ours = (await indicatorsOf(unitId)).rounds.find((r: Json) => r.id === round.roundId);
      return ours.indicators.find((i: Json) => i.key === 'wellbeing').total;
    };
    const chain = () => [sixA(), org.school, org.area, org.root];
    const answersIn6A = async () => {
      const rates = await getJson(`${store.url}/api/rounds/${round.roundId}/response-rates`, {
        cookie: consultant,
      });
      return rates.body.units.find((u: Json) => u.unitId === sixA().id).answers;
    };
    const releases = async (cookie = consultant) =>
      (await getJson(`${store.url}/api/rounds/${round.roundId}/releases`, { cookie })).body.releases;

    it('when answers have come but nothing is released, then no value and no n of the round can be read', async () => {
      for (let i = 0; i < 6; i++) expect((await answer(i < 5 ? 5 : 1)).status).toBe(201);
      await store.settled();
      for (const unit of chain()) {
        const ours = (await indicatorsOf(unit.id)).rounds.find((r: Json) => r.id === round.roundId);
        expect(ours).toMatchObject({ awaitingRelease: true, indicators: [], computedAt: null });
        expect(JSON.stringify(ours)).not.toMatch(/"(value|n|ciLow|ciHigh)":/);
      }
      // Answer counts stay live.
      expect(await answersIn6A()).toBe(6);
      expect(await releases()).toEqual([]);
    });

    it('when quality staff publish interim results, then the values can be read', async () => {
      const asked = await postJson(
        `${store.url}/api/rounds/${round.roundId}/releases`,
        {},
        { cookie: consultant },
      );
      expect(asked).toEqual({ status: 202, body: { queued: true } });
      await store.release(round.roundId);
      // 5 of 6 express wellbeing at 6.A and at every unit above it (the other classes have none).
      for (const unit of chain())
        expect(await wellbeingAt(unit.id)).toEqual({
          shown: true,
          n: 6,
          value: expect.closeTo(5 / 6, 6),
          ciLow: expect.any(Number),
          ciHigh: expect.any(Number),
        });
      expect(await releases()).toEqual([
        { seq: 1, kind: 'interim', releasedAt: clock.toISOString(), hiddenCells: 0, hiddenRespondents: 0 },
      ]);
    });

    it('when one more pupil answers, then the next release keeps every number of her class and above as it was, with its date', async () => {
      const before = await Promise.all(chain().map((u) => wellbeingAt(u.id)));
      const firstRelease = clock.toISOString();
      clock = new Date(clock.getTime() + 60_000);
      expect((await answer(1)).status).toBe(201);
      await store.settled();
      await store.release(round.roundId);
      expect(await answersIn6A()).toBe(7);
      const after = await Promise.all(chain().map((u) => wellbeingAt(u.id)));
      expect(after).toEqual(before.map((value) => ({ ...value, asOf: firstRelease })));
      expect((await releases()).map((r: Json) => r.seq)).toEqual([2, 1]);
    });

    it('when five more pupils of a shown class answer, then the next release shows the class and its parents anew', async () => {
      for (let i = 0; i < 5; i++) expect((await answer(5)).status).toBe(201);
      clock = new Date(clock.getTime() + 60_000);
      await store.settled();
      await store.release(round.roundId);
      // 6 + 1 + 5 = 12 answers; 10 of them express wellbeing.
      for (const unit of chain())
        expect(await wellbeingAt(unit.id)).toEqual({
          shown: true,
          n: 12,
          value: expect.closeTo(10 / 12, 6),
          ciLow: expect.any(Number),
          ciHigh: expect.any(Number),
        });
    });

    it('when nothing changed since the latest release, then asking again makes no new release', async () => {
      await store.release(round.roundId);
      expect((await releases()).map((r: Json) => r.seq)).toEqual([3, 2, 1]);
    });

    it('when a reader or an unknown round is asked to publish, then it is refused', async () => {
      const url = `${store.url}/api/rounds/${round.roundId}/releases`;
      expect((await postJson(url, {}, { cookie: viewer })).status).toBe(403);
      expect((await releases(viewer)).length).toBe(3); // readers may list them
      const unknown = `${store.url}/api/rounds/00000000-0000-4000-8000-000000000000/releases`;
      expect((await postJson(unknown, {}, { cookie: consultant })).status).toBe(404);
      const later = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .notYetOpen()
        .create();
      const notOpen = await postJson(
        `${store.url}/api/rounds/${later.roundId}/releases`,
        {},
        { cookie: consultant },
      );
      expect(notOpen.status).toBe(409);
      expect(notOpen.body.error.message).toMatch(/opens on/);
      const empty = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .create();
      const none = await postJson(
        `${store.url}/api/rounds/${empty.roundId}/releases`,
        {},
        { cookie: consultant },
      );
      expect(none.status).toBe(409);
      expect(none.body.error.message).toMatch(/no responses/);
    });

    it('when the round closes by the calendar, then the worker makes its final release', async () => {
      clock = new Date(clock.getTime() + 31 * DAY); // past closesOn (a month ahead)
      await logInAll();
      for (const deadline = Date.now() + 20_000; ;) {
        const latest = await findLatestRelease(store.db, round.roundId);
        if (latest?.kind === 'final') break;
        if (Date.now() > deadline) throw new Error('no final release');
        await new Promise((r) => setTimeout(r, 100));
      }
      const list = await releases();
      expect(list[0]).toMatchObject({ seq: 4, kind: 'final', releasedAt: clock.toISOString() });
      expect(await wellbeingAt(sixA().id)).toMatchObject({ shown: true, n: 12 });
    });

    it('when a goal is added to the closed round, then it is released again with the goal judged', async () => {
      const contract = await postJson(
        `${store.url}/api/contracts`,
        {
          title: 'Kontrakt',
          periodStart: `${clock.getUTCFullYear() - 1}-01-01`,
          periodEnd: `${clock.getUTCFullYear() + 1}-12-31`,
        },
        { cookie: consultant },
      );
      await postJson(
        `${store.url}/api/contracts/${contract.body.id}/service-areas`,
        { name: 'Skole', aim: 'Alle børn skal trives.' },
        { cookie: consultant },
      );
      const goal = await postJson(
        `${store.url}/api/contracts/${contract.body.id}/goals`,
        {
          serviceArea: 'skole',
          title: { da: 'Trivsel' },
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          rule: { type: 'threshold', op: '>', target: 0.5 },
          scopeUnitId: org.root.id,
          deadline: `${clock.getUTCFullYear() + 1}-12-31`,
        },
        { cookie: consultant },
      );
      expect(goal).toMatchObject({ status: 201 });
      for (const deadline = Date.now() + 20_000; ;) {
        if ((await findLatestRelease(store.db, round.roundId))?.seq === 5) break;
        if (Date.now() > deadline) throw new Error('no release after the new goal');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await releases())[0]).toMatchObject({ seq: 5, kind: 'final' });
      const overview = (await getJson(`${store.url}/api/goals`, { cookie: consultant })).body;
      const cell = overview.rows.find((r: Json) => r.unitId === org.school.id).cells[goal.body.id];
      // The goal's values are new in this release: 10 of 12 express wellbeing, above 0.5.
      expect(cell).toMatchObject({ status: 'met', n: 12, value: expect.closeTo(10 / 12, 6) });
    });
  });
}

describe('live results (the protections of releases switched off, to show what they stop)', () => {
  it('when releases are not held, then every recompute publishes the values at once', async () => {
    const store = await STORES[1]!.start({}, { anonymity: { ...FULL_PROTECTION, heldReleases: false } });
    try {
      const org = await aMunicipality(store.db).withClasses([6]).create();
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      const code = round.codes.get(org.classes.get(6)!.id)!;
      for (let i = 0; i < 6; i++)
        await submit(store.url, code, pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }));
      await store.settled();
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const read = async () =>
        (
          await getJson(`${store.url}/api/units/${org.school.id}/indicators`, { cookie })
        ).body.rounds[0].indicators.find((i: Json) => i.key === 'wellbeing').total;
      expect(await read()).toMatchObject({ shown: true, n: 6 });
      // One more answer moves the school's value by exactly one respondent: what held releases stop.
      await submit(store.url, code, pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: false }));
      await store.settled();
      expect(await read()).toMatchObject({ shown: true, n: 7, value: expect.closeTo(6 / 7, 6) });
    } finally {
      await store.stop();
    }
  });
});
