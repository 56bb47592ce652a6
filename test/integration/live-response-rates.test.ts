import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/** Reads a server-sent event stream: each call waits for the next `rates` event. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const close = () => reader.cancel();
  const next = async (timeoutMs: number): Promise<Json> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^event: rates\ndata: (.*)$/m.exec(event);
        if (data) return JSON.parse(data[1]!);
        continue;
      }
      if (Date.now() > deadline) throw new Error('no event in time');
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no event in time')), deadline - Date.now()),
        ),
      ]);
      if (chunk.done) throw new Error('the stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return { next, close };
}

for (const kind of STORES) {
  describe(`${kind.name}: response rates pushed to the dashboard`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let consultant: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const stream = (cookie: string) =>
      fetch(`${store.url}/api/rounds/${round.roundId}/response-rates/events`, { headers: { cookie } });
    const answersIn = (rates: Json) =>
      rates.units.find((u: Json) => u.unitId === org.classes.get(6)!.id).answers;

    it('when pupils answer while a consultant watches, then the stream sends the new count without being asked', async () => {
      const res = await stream(consultant);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const { next, close } = eventReader(res.body!);
      expect(answersIn(await next(5_000))).toBe(0);
      for (let i = 0; i < 3; i++)
        await submit(
          store.url,
          round.codes.get(org.classes.get(6)!.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
        );
      let seen = 0;
      while (seen < 3) seen = answersIn(await next(10_000));
      expect(seen).toBe(3);
      await close();
    });

    it('when a leader of another school or nobody logged in asks for the stream, then it does not open', async () => {
      const otherSchool = await aMunicipality(store.db).create();
      const outsider = await logIn(store.url, await aStaffUser(store.db, otherSchool.school, 'leader'));
      expect((await stream(outsider)).status).toBe(404);
      expect((await stream('')).status).toBe(401);
    });
  });
}
