import { randomUUID } from 'node:crypto';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { countRecomputeRequests } from '../../db/repositories/recompute-requests';
import { countResponses } from '../../db/repositories/responses';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { postJson, submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: bad submissions get a clear 4xx and change nothing`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupil: CheckedInstrument;
    let openCode: string;
    let closedCode: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([2, 6]).create();
      const sixA = org.classes.get(6)!;
      openCode = (
        await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits([sixA]).create()
      ).codes.get(sixA.id)!;
      closedCode = (
        await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits([sixA]).closed().create()
      ).codes.get(sixA.id)!;
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    });
    afterAll(() => store?.stop());

    const valid = () => pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false });
    const stored = async () => ({
      responses: await countResponses(store.db),
      markers: await countRecomputeRequests(store.db),
    });
    const post = (code: string, body: unknown) => postJson(`${store.url}/api/s/${code}/responses`, body);

    it.each([
      ['malformed JSON', () => post(openCode, '{"answers": {'), 400, 'malformed_json', '(body)', /JSON/],
      [
        'a body that is not an object',
        () => post(openCode, '[1,2]'),
        422,
        'validation_failed',
        '(body)',
        /object/,
      ],
      [
        'no answers',
        () => post(openCode, { submissionId: randomUUID() }),
        422,
        'validation_failed',
        'answers',
        /./,
      ],
      [
        'a submission id that is not a uuid',
        () => post(openCode, { submissionId: 'x1', answers: valid() }),
        422,
        'validation_failed',
        'submissionId',
        /UUID/i,
      ],
      [
        'an unknown question',
        () => submit(store.url, openCode, { ...valid(), shoe_size: 38 }),
        422,
        'validation_failed',
        'shoe_size',
        /unknown question/,
      ],
      [
        'a grade given as text',
        () => submit(store.url, openCode, { ...valid(), grade: '6' }),
        422,
        'validation_failed',
        'grade',
        /./,
      ],
      [
        'a grade that is not one of the choices',
        () => submit(store.url, openCode, { ...valid(), grade: 12 }),
        422,
        'validation_failed',
        'grade',
        /./,
      ],
      [
        'a 5-point item answered 7',
        () => submit(store.url, openCode, { ...valid(), like_school: 7 }),
        422,
        'validation_failed',
        'like_school',
        /./,
      ],
      [
        'no grade (required)',
        () => submit(store.url, openCode, { like_school: 5 }),
        422,
        'validation_failed',
        'grade',
        /required/,
      ],
      [
        'a closed round',
        () => submit(store.url, closedCode, valid()),
        410,
        'round_closed',
        undefined,
        undefined,
      ],
      [
        'an unknown link',
        () => submit(store.url, 'no-such-link', valid()),
        404,
        'not_found',
        undefined,
        undefined,
      ],
    ])(
      'when the submission has %s, then it is refused and nothing is stored',
      async (_case, send, status, code, field, issue) => {
        const before = await stored();
        const res = await send();
        expect(res.status).toBe(status);
        expect(res.body.error.code).toBe(code);
        expect(res.body.error.message).toEqual(expect.any(String));
        if (field)
          expect(res.body.error.details).toContainEqual({ field, issue: expect.stringMatching(issue!) });
        expect(await stored()).toEqual(before);
      },
    );

    it('when the same submission arrives twice, then the second gets the first id and one response is stored', async () => {
      const before = await stored();
      const submissionId = randomUUID();
      const first = await submit(store.url, openCode, valid(), submissionId);
      const second = await submit(store.url, openCode, valid(), submissionId);
      expect([first.status, second.status]).toEqual([201, 200]);
      expect(second.body.id).toBe(first.body.id);
      expect((await stored()).responses).toBe(before.responses + 1);
    });
  });
}
