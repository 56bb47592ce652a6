import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { setUnitPopulation } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * A unit with more answers than people: someone answered twice, the class size is out of date, or
 * someone is padding the unit. The response-rate views say so plainly, in words and with a sign.
 */

for (const kind of STORES) {
  describe(`${kind.name}: more answers than people are flagged`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    const cookies = { consultant: '', viewer: '' };

    const answer = (grade: number, times: number) =>
      Promise.all(
        Array.from({ length: times }, () =>
          submit(
            store.url,
            round.codes.get(org.classes.get(grade)!.id)!,
            pupilAnswers(pupil, { grade, wellbeing: 5, bullied: false }),
          ),
        ),
      );

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 4, 6, 9]).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      // 1.A: 10 pupils, 2 answer. 6.A: 3 pupils on record, 4 answer. 9.A: no size, 2 personal links, 3 answer.
      await setUnitPopulation(store.db, org.classes.get(1)!.id, 10);
      await setUnitPopulation(store.db, org.classes.get(6)!.id, 3);
      // 4.A: 5 pupils on record, 6 answer — enough to be shown, so its own page can say so.
      await setUnitPopulation(store.db, org.classes.get(4)!.id, 5);
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      await personalLinkCodes(store.url, cookies.consultant, round.roundId, org.classes.get(9)!.id, 2);
      await answer(1, 2);
      await answer(6, 4);
      await answer(9, 3);
      await answer(4, 6);
    });
    afterAll(() => store?.stop());

    const unitIn = (rates: Json, grade: number) =>
      rates.units.find((u: Json) => u.unitId === org.classes.get(grade)!.id);

    it('when a class of 3 has 4 answers, then the API flags it in Danish, Norwegian and English, and a class within its size is not flagged', async () => {
      for (const cookie of [cookies.consultant, cookies.viewer]) {
        const rates = (await getJson(`${store.url}/api/rounds/${round.roundId}/response-rates`, { cookie }))
          .body;
        expect(unitIn(rates, 1)).toMatchObject({ answers: 2, expected: 10, overPopulation: null });
        expect(unitIn(rates, 6).overPopulation).toEqual({
          answers: 4,
          people: 3,
          note: {
            da: '4 svar fra 3 personer: flere svar end personer — en kan have svaret to gange, eller klassens størrelse er forældet',
            nb: '4 svar fra 3 personer: flere svar enn personer — noen kan ha svart to ganger, eller klassestørrelsen er utdatert',
            en: '4 answers from 3 people: more answers than people — someone may have answered twice, or the class size is out of date',
          },
        });
        expect(unitIn(rates, 9).overPopulation).toMatchObject({ answers: 3, people: 2 });
        expect(unitIn(rates, 9).overPopulation.note.en).toMatch(
          /^3 answers, 2 personal links made: more answers than people/,
        );
      }
    });

    it('when a class of 5 shows the values of 6 answers, then its page flags it and its intervals are not a census', async () => {
      await store.release(round.roundId);
      const fourA = org.classes.get(4)!.id;
      const page = (
        await getJson(`${store.url}/api/units/${fourA}/indicators`, { cookie: cookies.consultant })
      ).body;
      const shown = page.rounds.find((r: Json) => r.id === round.roundId);
      expect(shown.overPopulation).toMatchObject({ answers: 6, people: 5 });
      expect(shown.overPopulation.note.da).toMatch(/^6 svar fra 5 personer/);
      const wellbeing = shown.indicators.find((i: Json) => i.key === 'wellbeing').total;
      expect(wellbeing).toMatchObject({ shown: true, n: 6 });
      expect(wellbeing.ciHigh - wellbeing.ciLow).toBeGreaterThan(0.1);
      // A class within its size is not flagged.
      const nineA = (
        await getJson(`${store.url}/api/units/${org.classes.get(9)!.id}/indicators`, {
          cookie: cookies.consultant,
        })
      ).body;
      for (const r of nineA.rounds) expect(r.overPopulation).toBeNull();
    });

    it('when one more answer comes while the stream is open, then the pushed rates carry the flag', async () => {
      const res = await fetch(`${store.url}/api/rounds/${round.roundId}/response-rates/events`, {
        headers: { cookie: cookies.consultant },
      });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const nextRates = async (): Promise<Json> => {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^event: rates\ndata: (.*)$/m.exec(event);
            if (data) return JSON.parse(data[1]!);
            continue;
          }
          const chunk = await reader.read();
          if (chunk.done) throw new Error('the stream ended');
          buffer += decoder.decode(chunk.value, { stream: true });
        }
      };
      expect(unitIn(await nextRates(), 1).overPopulation).toBeNull();
      await setUnitPopulation(store.db, org.classes.get(1)!.id, 2);
      await answer(1, 1);
      let rates = await nextRates();
      while (unitIn(rates, 1).answers < 3) rates = await nextRates();
      expect(unitIn(rates, 1).overPopulation.note.en).toMatch(
        /^3 answers from 2 people: more answers than people/,
      );
      await reader.cancel();
    });
  });
}
