import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { mulberry32 } from '../../scripts/demo/mulberry32';
import { setUnitPopulation } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { personalLinkRows, requestPersonalLinks } from '../builders/personal-links';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

const tokenSubmit = (store: TestStore, code: string, answers: unknown, submissionId = randomUUID()) =>
  postJson(`${store.url}/api/t/${code}/responses`, { submissionId, answers, locale: 'da' });

async function countRows(store: TestStore, table: string): Promise<number> {
  const result = (await store.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]!.n);
}

for (const kind of STORES) {
  describe(`${kind.name}: personal single-use links`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupils: CheckedInstrument;
    let consultant: string;
    let codes: { unit: string; code: string; link: string }[];
    const random = mulberry32(4);
    const answersFor = (grade: number) =>
      pupilAnswers(pupils, { grade, wellbeing: random() < 0.5 ? 1 : 5, bullied: random() < 0.2 });

    beforeAll(async () => {
      // The clock stands still for the app; the shared limiter counts by the real clock (Date.now), so
      // the class link's allowance refills too slowly to matter here, however fast this machine posts.
      const now = new Date();
      store = await kind.start(
        {},
        { now: () => now, answerAllowances: { linkSubmit: { burst: 120, perSecond: 0.001 } } },
      );
      org = await aMunicipality(store.db).withClasses([2, 6]).create();
      pupils = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const issued = await requestPersonalLinks(
        store.url,
        consultant,
        round.roundId,
        org.classes.get(6)!.id,
        6,
      );
      expect(issued.status).toBe(201);
      expect(issued.type).toMatch(/^text\/csv/);
      codes = personalLinkRows(issued.text);
    });
    afterAll(() => store?.stop());

    it('when a consultant asks for six personal links, then the CSV has six distinct readable codes, each with its link, and the database keeps none of them', async () => {
      expect(codes).toHaveLength(6);
      expect(new Set(codes.map((c) => c.code)).size).toBe(6);
      for (const row of codes) {
        expect(row.code).toMatch(CODE);
        expect(row.link).toBe(`${store.url}/t/${row.code}`);
        expect(row.unit).toBe('Testskolen, 6.A');
      }
      const stored = (await store.db.execute(sql`select code_hash from round_tokens`)) as unknown as {
        rows: { code_hash: string }[];
      };
      const everything = JSON.stringify(stored.rows);
      for (const row of codes) expect(everything).not.toContain(row.code.replace(/-/g, ''));
      for (const row of codes) expect(everything).not.toContain(row.code);
    });

    it('when a respondent opens a personal link, then the survey loads with the class grade filled in and no draft yet', async () => {
      const page = await fetch(`${store.url}/t/${codes[0]!.code}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`data-api="/api/t/${codes[0]!.code}"`);
      const api = await getJson(`${store.url}/api/t/${codes[0]!.code}`);
      expect(api.status).toBe(200);
      expect(api.body.prefill).toEqual({ grade: 6 });
      expect(api.body.personal).toEqual({ draft: null });
    });

    it('when a code is typed in lower case without hyphens and with an O for a zero, then it leads to the same link', async () => {
      const typed = codes[0]!.code.replace(/-/g, '').toLowerCase().replace(/0/g, 'o');
      const res = await fetch(`${store.url}/t?code=${typed}`, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/t/${codes[0]!.code}`);
    });

    it('when a respondent saves unfinished answers, then another device sees them, and the database holds them only sealed', async () => {
      const draft = { data: { grade: 6, wb_like_school: 4 }, pageNo: 1, savedAt: 5 };
      const put = await fetch(`${store.url}/api/t/${codes[1]!.code}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(draft),
      });
      expect(put.status).toBe(204);
      const other = await getJson(`${store.url}/api/t/${codes[1]!.code}`);
      expect(other.body.personal.draft).toEqual({
        data: { grade: 6, wb_like_school: 4 },
        pageNo: 1,
        savedAt: 5,
      });
      const sealed = (await store.db.execute(sql`select sealed from token_drafts`)) as unknown as {
        rows: { sealed: string }[];
      };
      expect(sealed.rows).toHaveLength(1);
      expect(sealed.rows[0]!.sealed).not.toContain('wb_like_school');
      // Another token cannot read it.
      const stranger = await getJson(`${store.url}/api/t/${codes[2]!.code}`);
      expect(stranger.body.personal.draft).toBeNull();
    });

    it('when a respondent submits through a personal link, then it is stored, its draft removed, and the link answers "already answered" after', async () => {
      const submissionId = randomUUID();
      const res = await tokenSubmit(store, codes[1]!.code, answersFor(6), submissionId);
      expect(res.status).toBe(201);
      expect(await countRows(store, 'token_drafts')).toBe(0);
      // The same submission again (a lost reply): the first result, nothing stored twice.
      const again = await tokenSubmit(store, codes[1]!.code, answersFor(6), submissionId);
      expect(again).toEqual({ status: 200, body: { id: res.body.id } });
      // A new submission with the spent token.
      const reuse = await tokenSubmit(store, codes[1]!.code, answersFor(6));
      expect(reuse.status).toBe(410);
      expect(reuse.body.error.code).toBe('token_used');
      const page = await fetch(`${store.url}/t/${codes[1]!.code}`, { headers: { 'accept-language': 'da' } });
      expect(page.status).toBe(410);
      expect(await page.text()).toContain('Der er allerede svaret');
      const draftAfter = await fetch(`${store.url}/api/t/${codes[1]!.code}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: {}, pageNo: 0 }),
      });
      expect(draftAfter.status).toBe(410);
    });

    it('when ten submissions race with one token, then exactly one is stored', async () => {
      const before = await countRows(store, 'responses');
      const results = await Promise.all(
        Array.from({ length: 10 }, () => tokenSubmit(store, codes[2]!.code, answersFor(6))),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 410)).toHaveLength(9);
      expect(await countRows(store, 'responses')).toBe(before + 1);
    });

    it('when answers are not valid, then the token is not spent', async () => {
      const bad = await tokenSubmit(store, codes[3]!.code, { grade: 6, nonsense: 1 });
      expect(bad.status).toBe(422);
      expect((await tokenSubmit(store, codes[3]!.code, answersFor(6))).status).toBe(201);
    });

    it('when staff read the response rate, then they see counts per unit, never which token was used', async () => {
      await store.settled();
      await setUnitPopulation(store.db, org.classes.get(2)!.id, 25);
      const rates = await getJson(`${store.url}/api/rounds/${round.roundId}/response-rates`, {
        cookie: consultant,
      });
      expect(rates.status).toBe(200);
      const six = rates.body.units.find((u: { unitId: string }) => u.unitId === org.classes.get(6)!.id);
      // No class size known for 6.A: the rate is that of its personal links (3 of 6 used).
      expect(six).toMatchObject({
        answers: 3,
        tokensIssued: 6,
        tokensSpent: 3,
        expected: 6,
        expectedFrom: 'links',
        rate: 0.5,
      });
      // 2.A has 25 pupils and no answers yet.
      const two = rates.body.units.find((u: { unitId: string }) => u.unitId === org.classes.get(2)!.id);
      expect(two).toMatchObject({ answers: 0, expected: 25, expectedFrom: 'population', rate: 0 });
      expect(rates.body.total).toEqual({ units: 2, answers: 3, expected: null, rate: null });
      for (const row of codes) expect(JSON.stringify(rates.body)).not.toContain(row.code);
    });

    it('when a viewer asks for personal links, or a school leader for another school, then it is refused', async () => {
      const viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      expect(
        (await requestPersonalLinks(store.url, viewer, round.roundId, org.classes.get(6)!.id, 2)).status,
      ).toBe(403);
      const leader = await logIn(store.url, await aStaffUser(store.db, org.daycare, 'leader'));
      expect(
        (await requestPersonalLinks(store.url, leader, round.roundId, org.classes.get(6)!.id, 2)).status,
      ).toBe(403);
      const tooMany = await requestPersonalLinks(
        store.url,
        consultant,
        round.roundId,
        org.classes.get(2)!.id,
        0,
      );
      expect(tooMany.status).toBe(422);
      expect(tooMany.text).toContain('count');
    });

    it('when 130 answers come through one class link at once, then 120 are taken, the rest are asked to wait, and another class is not affected', async () => {
      const code = round.codes.get(org.classes.get(2)!.id)!;
      const results = await Promise.all(
        Array.from({ length: 130 }, () =>
          postJson(`${store.url}/api/s/${code}/responses`, {
            submissionId: randomUUID(),
            answers: answersFor(2),
          }),
        ),
      );
      const taken = results.filter((r) => r.status === 201).length;
      const refused = results.filter((r) => r.status === 429);
      // A burst of 120; the allowance does not refill meanwhile.
      expect(taken).toBe(120);
      expect(refused.length).toBe(10);
      expect(refused[0]!.body.error.code).toBe('too_many_requests');
      // The limit is the link's, not the (shared) address's: a personal link from the same address passes.
      expect((await tokenSubmit(store, codes[4]!.code, answersFor(6))).status).toBe(201);
    });

    it('when a link is unknown, closed or not yet open, then a page in the respondent’s language says so with the right status', async () => {
      const closed = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(2)!])
        .closed()
        .create();
      const later = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(2)!])
        .notYetOpen()
        .create();
      const open = async (path: string, lang: string) => {
        const res = await fetch(`${store.url}${path}`, { headers: { 'accept-language': lang } });
        return { status: res.status, text: await res.text() };
      };
      const unknown = await open('/s/no-such-link', 'nb-NO,nb;q=0.9');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('Lenken virker ikke');
      const gone = await open(`/s/${closed.codes.get(org.classes.get(2)!.id)}`, 'da');
      expect(gone.status).toBe(410);
      expect(gone.text).toContain('Undersøgelsen er lukket');
      const early = await open(`/s/${later.codes.get(org.classes.get(2)!.id)}`, 'en');
      expect(early.status).toBe(403);
      expect(early.text).toContain('This survey is not open yet');
      expect(early.text).toMatch(/You can answer from \d{1,2} \w+ \d{4}/);
      const badToken = await open('/t/AAAA-BBBB-CCCC', 'da');
      expect(badToken.status).toBe(404);
      expect(badToken.text).toContain('Koden passer ikke');
    });
  });
}
