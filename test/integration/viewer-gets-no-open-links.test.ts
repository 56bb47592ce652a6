import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Readers (the council, the MED committee, a staff representative) see answer counts live; with an
 * open link too, they could add answers to a small class and read its first answers by subtraction.
 * So no page or API gives them one: every response of the round-related endpoints is searched for
 * every open-link code in the database.
 */

/** The first `rates` event of the server-sent stream, as text. */
async function firstEvent(url: string, cookie: string): Promise<{ status: number; text: string }> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { cookie }, signal: controller.signal });
  if (res.status !== 200) return { status: res.status, text: await res.text() };
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('\n\n')) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  controller.abort();
  return { status: res.status, text };
}

for (const kind of STORES) {
  describe(`${kind.name}: read-only staff get no respondent links`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupil: CheckedInstrument;
    let rounds: BuiltRound[];
    let codes: string[];
    const cookies = { viewer: '', schoolViewer: '', consultant: '', leader: '' };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      const units = [...org.classes.values()];
      const build = () => aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits(units);
      rounds = [
        await build().create(),
        await build().notYetOpen().create(),
        await build().closed().create(),
        await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
          .forUnits([org.daycare])
          .create(),
      ];
      for (let i = 0; i < 3; i++)
        await submit(
          store.url,
          rounds[0]!.codes.get(org.classes.get(6)!.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
        );
      await store.settled();
      const result = (await store.db.execute(sql`select code from round_links`)) as unknown as {
        rows: { code: string }[];
      };
      codes = result.rows.map((r) => r.code);
      expect(codes).toHaveLength(7);
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      cookies.schoolViewer = await logIn(store.url, await aStaffUser(store.db, org.school, 'viewer'));
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    });
    afterAll(() => store?.stop());

    /** Every round-related address staff can read, with the unit pages and the goal overview. */
    const addresses = () => [
      '/app/rounds',
      '/api/rounds',
      '/app/rounds/new',
      '/api/rounds/new',
      '/api/rounds/new?instrument=pupil-wellbeing',
      '/api/goals',
      '/app',
      ...[org.root, org.school, org.classes.get(6)!, org.daycare].flatMap((u) => [
        `/api/units/${u.id}/indicators`,
        `/api/units/${u.id}/comments`,
      ]),
      ...rounds.flatMap((r) => [
        `/app/rounds/${r.roundId}`,
        `/api/rounds/${r.roundId}/response-rates`,
        `/api/rounds/${r.roundId}/invitations`,
        `/api/rounds/${r.roundId}/releases`,
        `/dashboard/rounds/${r.roundId}/sheet`,
        `/dashboard/rounds/${r.roundId}/sheet?unit=${org.school.id}`,
      ]),
    ];

    /** Each address's body as text (the event stream's first event), by address. */
    async function harvest(cookie: string): Promise<Map<string, { status: number; text: string }>> {
      const bodies = new Map<string, { status: number; text: string }>();
      for (const path of addresses()) {
        const res = await fetch(`${store.url}${path}`, { headers: { cookie } });
        bodies.set(path, { status: res.status, text: await res.text() });
      }
      for (const r of rounds) {
        const path = `/api/rounds/${r.roundId}/response-rates/events`;
        bodies.set(path, await firstEvent(`${store.url}${path}`, cookie));
      }
      return bodies;
    }

    const codesIn = (bodies: Map<string, { text: string }>) =>
      [...bodies].flatMap(([path, { text }]) =>
        codes.filter((c) => text.includes(c)).map((c) => `${path}: ${c}`),
      );

    it('when a viewer of the municipality or of a school reads every round page and API, then no open-link code appears, though the answer counts do', async () => {
      for (const cookie of [cookies.viewer, cookies.schoolViewer]) {
        const bodies = await harvest(cookie);
        expect(codesIn(bodies)).toEqual([]);
        // Counts and rates are theirs to read.
        const rates = JSON.parse(
          bodies.get(`/api/rounds/${rounds[0]!.roundId}/response-rates`)!.text,
        ) as Json;
        expect(rates.units.find((u: Json) => u.unitId === org.classes.get(6)!.id)).toMatchObject({
          answers: 3,
          url: null,
        });
        expect(rates.openLinksWithheld.reason).toBe('reads-only');
        expect(rates.openLinksWithheld.note.en).toMatch(
          /^Open links are shown only to staff who hand them out/,
        );
        // The app's screen for the round reads these APIs; its shell carries no data.
        expect(bodies.get(`/app/rounds/${rounds[0]!.roundId}`)!.status).toBe(200);
        expect(rates.mayIssueTokens).toBe(false);
        expect(bodies.get('/api/rounds/new')!.status).toBe(403);
        const stream = bodies.get(`/api/rounds/${rounds[0]!.roundId}/response-rates/events`)!;
        expect(stream.text).toMatch(/^event: rates\ndata: /);
        expect(stream.text).toContain('"answers":3');
        expect(bodies.get(`/dashboard/rounds/${rounds[0]!.roundId}/sheet`)!.status).toBe(403);
      }
    });

    it('when a consultant or a school leader reads the same, then the open links of their units are there', async () => {
      const consultant = await harvest(cookies.consultant);
      for (const r of rounds) {
        const mine = [...r.codes.values()];
        for (const path of [
          `/api/rounds/${r.roundId}/response-rates`,
          `/api/rounds/${r.roundId}/response-rates/events`,
          `/dashboard/rounds/${r.roundId}/sheet`,
        ])
          for (const code of mine) expect(consultant.get(path)!.text).toContain(code);
      }
      const leader = await harvest(cookies.leader);
      const classCodes = [...rounds[0]!.codes.values()];
      for (const code of classCodes)
        expect(leader.get(`/api/rounds/${rounds[0]!.roundId}/response-rates`)!.text).toContain(code);
      // The daycare's link is outside the school leader's scope.
      const daycareCode = rounds[3]!.codes.get(org.daycare.id)!;
      expect(codesIn(leader)).not.toContainEqual(expect.stringContaining(daycareCode));
    });
  });
}
