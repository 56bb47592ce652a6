import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { findRound } from '../../db/repositories/rounds';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Padding: whoever can add answers to a small unit lifts it past the minimum and reads its first
 * answers by subtraction. A round answered only through personal links offers no open link and
 * takes no answer through one, storing nothing.
 */

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function count(store: TestStore, table: 'responses' | 'recompute_requests'): Promise<number> {
  const result = (await store.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]!.n);
}

async function openLinkCodes(store: TestStore, roundId: string): Promise<string[]> {
  const result = (await store.db.execute(
    sql`select code from round_links where round_id = ${roundId}`,
  )) as unknown as { rows: { code: string }[] };
  return result.rows.map((r) => r.code);
}

const patch = (store: TestStore, roundId: string, body: unknown, cookie: string) =>
  fetch(`${store.url}/api/rounds/${roundId}`, {
    method: 'PATCH',
    headers: {
      ...sameOrigin(`${store.url}/api/rounds/${roundId}`),
      cookie,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as Json }));

for (const kind of STORES) {
  describe(`${kind.name}: rounds answered only through personal links`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupil: CheckedInstrument;
    const cookies = { consultant: '', leader: '', viewer: '', outsider: '' };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      const other = await aMunicipality(store.db).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      cookies.outsider = await logIn(store.url, await aStaffUser(store.db, other.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const sixA = () => org.classes.get(6)!;
    const answers = () => pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false });
    const stored = async () => ({
      responses: await count(store, 'responses'),
      markers: await count(store, 'recompute_requests'),
    });
    const roundInput = (change: Record<string, unknown> = {}) => ({
      instrumentVersionId: store.malbar.versionIds['pupil-wellbeing'],
      title: { da: 'Kun personlige links', en: 'Personal links only' },
      opensOn: isoDay(-1),
      closesOn: isoDay(30),
      unitIds: [...org.classes.values()].map((c) => c.id),
      personalLinksOnly: true,
      ...change,
    });
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${store.url}${path}`, { headers });
      return { status: res.status, text: await res.text() };
    };

    it('when a consultant creates a personal-links-only round, then no page or API offers an open link and the response rates say why', async () => {
      const created = await postJson(`${store.url}/api/rounds`, roundInput(), { cookie: cookies.consultant });
      expect(created.status).toBe(201);
      const roundId = created.body.id as string;
      expect((await findRound(store.db, roundId))!.personalLinksOnly).toBe(true);
      const codes = await openLinkCodes(store, roundId);
      expect(codes).toHaveLength(2); // the units it asks are recorded; their codes are never offered
      for (const cookie of [cookies.consultant, cookies.leader]) {
        const rates = await getJson(`${store.url}/api/rounds/${roundId}/response-rates`, { cookie });
        expect(rates.body.round.personalLinksOnly).toBe(true);
        expect(rates.body.units.map((u: Json) => u.url)).toEqual([null, null]);
        expect(rates.body.openLinksWithheld.reason).toBe('personal-links-only');
        expect(rates.body.openLinksWithheld.note.en).toMatch(
          /^This round is answered only through personal links/,
        );
        expect(rates.body.openLinksWithheld.note.da).toMatch(
          /^Denne runde besvares kun via personlige links/,
        );
        expect(rates.body.openLinksWithheld.note.nb).toMatch(
          /^Denne runden besvares bare via personlige lenker/,
        );
        const sheet = await page(`/dashboard/rounds/${roundId}/sheet`, { cookie });
        const rounds = await getJson(`${store.url}/api/rounds`, { cookie });
        for (const text of [JSON.stringify(rates.body), sheet.text, JSON.stringify(rounds.body)])
          for (const code of codes) expect(text).not.toContain(code);
        // The app offers no QR sheet for it: the list says the round takes only personal links.
        expect(rounds.body.rounds.find((r: Json) => r.id === roundId).personalLinksOnly).toBe(true);
        expect(sheet.status).toBe(200);
        expect(sheet.text).toContain('Denne runde besvares kun via personlige links');
        expect(sheet.text).not.toContain('<article class="card"');
      }
    });

    it("when a respondent opens or answers through such a round's open link, then it is 403 in their language and nothing is stored", async () => {
      const created = await postJson(`${store.url}/api/rounds`, roundInput(), { cookie: cookies.consultant });
      const [code] = await openLinkCodes(store, created.body.id);
      const before = await stored();
      const danish = await page(`/s/${code}?lang=da`);
      expect(danish.status).toBe(403);
      expect(danish.text).toContain('Denne undersøgelse besvares kun via personlige links');
      expect(danish.text).not.toContain('respondent.js');
      const norwegian = await page(`/s/${code}`, { 'accept-language': 'nb-NO,nb;q=0.9' });
      expect(norwegian.status).toBe(403);
      expect(norwegian.text).toContain('Denne undersøkelsen besvares bare via personlige lenker');
      const api = await getJson(`${store.url}/api/s/${code}`, { 'accept-language': 'en' });
      expect(api.status).toBe(403);
      expect(api.body).toEqual({
        error: {
          code: 'personal_links_only',
          message: expect.stringMatching(/^This survey is answered only through personal links/),
        },
      });
      for (const [locale, words] of [
        ['da', /^Denne undersøgelse besvares kun via personlige links/],
        ['nb', /^Denne undersøkelsen besvares bare via personlige lenker/],
        ['en', /^This survey is answered only through personal links/],
      ] as const) {
        const post = await postJson(`${store.url}/api/s/${code}/responses`, {
          submissionId: randomUUID(),
          answers: answers(),
          locale,
        });
        expect(post.status).toBe(403);
        expect(post.body.error.code).toBe('personal_links_only');
        expect(post.body.error.message).toMatch(words);
      }
      expect(await stored()).toEqual(before);
    });

    it('when the round hands out personal links, then they are answered and counted', async () => {
      const created = await postJson(`${store.url}/api/rounds`, roundInput(), { cookie: cookies.consultant });
      const roundId = created.body.id as string;
      const [token] = await personalLinkCodes(store.url, cookies.consultant, roundId, sixA().id, 2);
      expect((await page(`/t/${token}`)).status).toBe(200);
      const before = await stored();
      const answered = await postJson(`${store.url}/api/t/${token}/responses`, {
        submissionId: randomUUID(),
        answers: answers(),
        locale: 'da',
      });
      expect(answered.status).toBe(201);
      expect((await stored()).responses).toBe(before.responses + 1);
      const rates = await getJson(`${store.url}/api/rounds/${roundId}/response-rates`, {
        cookie: cookies.consultant,
      });
      expect(rates.body.units.find((u: Json) => u.unitId === sixA().id)).toMatchObject({
        answers: 1,
        tokensIssued: 2,
        tokensSpent: 1,
        url: null,
      });
    });

    it('when a new round is sent with the box ticked, then the round is personal links only; a value that is not true or false is named', async () => {
      const ticked = await postJson(
        `${store.url}/api/rounds`,
        roundInput({ title: { da: 'Kun personlige links (formular)' }, personalLinksOnly: true }),
        { cookie: cookies.consultant },
      );
      expect(ticked.status).toBe(201);
      expect((await findRound(store.db, ticked.body.id))!.personalLinksOnly).toBe(true);
      // An unticked box: the field is left out (JSON drops undefined).
      const withoutBox = roundInput({ personalLinksOnly: undefined });
      const unticked = await postJson(`${store.url}/api/rounds`, withoutBox, { cookie: cookies.consultant });
      expect(unticked.status).toBe(201);
      expect((await findRound(store.db, unticked.body.id))!.personalLinksOnly).toBe(false);
      const rounds = (await getJson(`${store.url}/api/rounds`, { cookie: cookies.consultant })).body.rounds
        .length;
      const wrong = await postJson(`${store.url}/api/rounds`, roundInput({ personalLinksOnly: 'yes' }), {
        cookie: cookies.consultant,
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.error.details.map((d: Json) => d.field)).toEqual(['personalLinksOnly']);
      expect(
        (await getJson(`${store.url}/api/rounds`, { cookie: cookies.consultant })).body.rounds,
      ).toHaveLength(rounds);
    });

    it('when quality staff switch an open round to personal links only, then its open link stops taking answers at once (also a link just used) and switching back is a 409', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .create();
      const code = round.codes.get(sixA().id)!;
      expect((await submit(store.url, code, answers())).status).toBe(201); // the link is in the server's cache now
      for (const cookie of [cookies.leader, cookies.viewer])
        expect((await patch(store, round.roundId, { personalLinksOnly: true }, cookie)).status).toBe(403);
      expect((await patch(store, round.roundId, { personalLinksOnly: true }, cookies.outsider)).status).toBe(
        404,
      );
      expect((await findRound(store.db, round.roundId))!.personalLinksOnly).toBe(false);

      const on = await patch(store, round.roundId, { personalLinksOnly: true }, cookies.consultant);
      expect(on).toEqual({ status: 200, body: { personalLinksOnly: true } });
      const before = await stored();
      // One alone, then a class at once (the group commit's path).
      const alone = await submit(store.url, code, answers());
      expect(alone.status).toBe(403);
      expect(alone.body.error.message).toMatch(/^Denne undersøgelse besvares kun via personlige links/);
      const together = await Promise.all(Array.from({ length: 6 }, () => submit(store.url, code, answers())));
      expect(together.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
      expect(await stored()).toEqual(before);
      expect((await page(`/s/${code}?lang=en`)).status).toBe(403);

      const off = await patch(store, round.roundId, { personalLinksOnly: false }, cookies.consultant);
      expect(off.status).toBe(409);
      expect(off.body.error.message).toMatch(/open links can be allowed again only while it is scheduled/);
      expect(off.body.error.details).toEqual([{ field: 'personalLinksOnly', issue: 'round has opened' }]);
      const notBoolean = await patch(store, round.roundId, { personalLinksOnly: 'no' }, cookies.consultant);
      expect(notBoolean.status).toBe(422);
      expect(notBoolean.body.error.details[0].field).toBe('personalLinksOnly');
      expect((await findRound(store.db, round.roundId))!.personalLinksOnly).toBe(true);
    });

    it('when a scheduled round is switched on and off again, then its open links are offered again; a closed round cannot be switched', async () => {
      const scheduled = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .notYetOpen()
        .create();
      const code = scheduled.codes.get(sixA().id)!;
      const switchTo = (personalLinksOnly: boolean) =>
        patch(store, scheduled.roundId, { personalLinksOnly }, cookies.consultant);
      expect((await switchTo(true)).status).toBe(200);
      const withheld = await getJson(`${store.url}/api/rounds/${scheduled.roundId}/response-rates`, {
        cookie: cookies.consultant,
      });
      expect(withheld.body.linkPolicy).toEqual({ mayTurnOn: false, mayTurnOff: true });
      expect(JSON.stringify(withheld.body)).not.toContain(code);
      expect((await switchTo(false)).status).toBe(200);
      expect((await findRound(store.db, scheduled.roundId))!.personalLinksOnly).toBe(false);
      const rates = await getJson(`${store.url}/api/rounds/${scheduled.roundId}/response-rates`, {
        cookie: cookies.consultant,
      });
      expect(rates.body.units[0].url).toBe(`${store.url}/s/${code}`);
      expect(rates.body.openLinksWithheld).toBeNull();
      expect((await page(`/s/${code}?lang=en`)).text).toContain('This survey is not open yet');

      const closed = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .closed()
        .create();
      const refused = await patch(store, closed.roundId, { personalLinksOnly: true }, cookies.consultant);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/The round has closed/);
    });
  });
}
