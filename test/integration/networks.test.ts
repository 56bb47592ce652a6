import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const year = Number(new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 4));
const query = '?instrumentKey=pupil-wellbeing&indicatorKey=wellbeing';

for (const kind of STORES) {
  describe(`${kind.name}: a network of municipalities and its suppressed aggregate`, () => {
    let store: TestStore;
    let pupil: CheckedInstrument;
    const org: Record<string, BuiltOrganisation> = {};
    const admin: Record<string, string> = {};
    let leaderA: string;

    const api = (path: string) => `${store.url}/api${path}`;
    const invite = (by: string, slug: string) =>
      postJson(api('/admin/network/invitations'), { slug }, { cookie: admin[by]! });
    const accept = (who: string) => postJson(api('/admin/network/accept'), {}, { cookie: admin[who]! });
    const networkOf = (cookie: string) => getJson(api(`/network/indicators${query}`), { cookie });
    /**
     * Rounds count only when opened while a member, and the builder's rounds opened a week ago:
     * the memberships are moved back as if the network had been formed last year.
     */
    const joinedLastYear = (municipalityId: string) =>
      store.db.execute(
        sql`update network_members set since = since - interval '1 year' where municipality_id = ${municipalityId} and status = 'member'`,
      );

    /** A municipality whose 6th grade answered: `happy` of `n` pupils express wellbeing. */
    async function municipalityWith(name: string, happy: number, n: number) {
      const built = await aMunicipality(store.db).named(name).withClasses([6]).create();
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([built.classes.get(6)!])
        .create();
      for (let i = 0; i < n; i++)
        await submit(
          store.url,
          round.codes.get(built.classes.get(6)!.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing: i < happy ? 5 : 1, bullied: false }),
        );
      roundIds.push(round.roundId);
      return built;
    }
    const roundIds: string[] = [];

    beforeAll(async () => {
      store = await kind.start();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      org.A = await municipalityWith('Kommune A', 8, 10);
      org.B = await municipalityWith('Kommune B', 6, 12);
      org.C = await municipalityWith('Kommune C', 5, 10);
      org.D = await municipalityWith('Kommune D', 7, 7);
      await store.settled();
      for (const roundId of roundIds) await store.release(roundId);
      for (const name of ['A', 'B', 'C', 'D'])
        admin[name] = await logIn(store.url, await aStaffUser(store.db, org[name]!.root, 'admin'));
      leaderA = await logIn(store.url, await aStaffUser(store.db, org.A!.school, 'leader'));
    });
    afterAll(() => store?.stop());

    it('when A starts a network and B accepts its invitation, then both are members', async () => {
      expect((await postJson(api('/admin/networks'), { name: 'Vest' }, { cookie: admin.A! })).status).toBe(
        201,
      );
      expect((await invite('A', 'kommune-b')).status).toBe(204);
      expect((await getJson(api('/admin/network'), { cookie: admin.B! })).body.network).toMatchObject({
        name: 'Vest',
        status: 'invited',
      });
      expect((await accept('B')).status).toBe(204);
      await joinedLastYear(org.A!.municipality.id);
      await joinedLastYear(org.B!.municipality.id);
      const { body } = await getJson(api('/admin/network'), { cookie: admin.A! });
      expect(body.network.members.map((m: Json) => [m.slug, m.status])).toEqual([
        ['kommune-a', 'member'],
        ['kommune-b', 'member'],
      ]);
    });

    it('when only 2 members have data, then A sees its own value but the network is hidden', async () => {
      const { status, body } = await networkOf(admin.A!);
      expect(status).toBe(200);
      expect(body).toEqual({
        network: { name: 'Vest', members: 2 },
        instrumentKey: 'pupil-wellbeing',
        indicatorKey: 'wellbeing',
        unit: 'share',
        years: [
          {
            year,
            own: { shown: true, n: 10, value: 0.8, ciLow: expect.any(Number), ciHigh: expect.any(Number) },
            network: { shown: false, municipalities: 2, reason: 'fewer-than-3-municipalities' },
          },
        ],
      });
    });

    it('when C is invited but has not accepted, then its figures do not count', async () => {
      expect((await invite('B', 'kommune-c')).status).toBe(204);
      expect((await networkOf(admin.A!)).body.years[0].network).toMatchObject({
        shown: false,
        municipalities: 2,
      });
    });

    it('when C accepts after its round opened, then that round does not count and the network stays hidden', async () => {
      expect((await accept('C')).status).toBe(204);
      expect((await networkOf(admin.A!)).body.years[0].network).toEqual({
        shown: false,
        municipalities: 2,
        reason: 'fewer-than-3-municipalities',
      });
    });

    it('when C was a member before its round opened, then the network of 3 is shown: (8 + 6 + 5) / (10 + 12 + 10) = 19/32', async () => {
      await joinedLastYear(org.C!.municipality.id);
      const { body } = await networkOf(admin.A!);
      const [thisYear] = body.years;
      expect(thisYear.network).toMatchObject({ shown: true, municipalities: 3, n: 32 });
      expect(thisYear.network.value).toBeCloseTo(19 / 32, 12);
      expect(thisYear.network.ciLow).toBeLessThan(19 / 32);
      expect(thisYear.own).toMatchObject({ n: 10, value: 0.8 });
      // B sees the same network beside its own 6/12.
      const b = (await networkOf(admin.B!)).body.years[0];
      expect(b.own).toMatchObject({ n: 12, value: 0.5 });
      expect(b.network).toMatchObject({ n: 32 });
    });

    it("when A reads every endpoint of the network, then nothing of B's or C's units or own totals is in it", async () => {
      const answers = [
        await (await fetch(api(`/network/indicators${query}`), { headers: { cookie: admin.A! } })).text(),
        await (await fetch(api('/admin/network'), { headers: { cookie: admin.A! } })).text(),
        await (
          await fetch(api(`/exports/network/indicators.csv${query}&lang=en`), {
            headers: { cookie: admin.A! },
          })
        ).text(),
      ];
      const others = [org.B!, org.C!].flatMap((o) => [
        o.root,
        o.area,
        o.school,
        o.daycare,
        ...o.classes.values(),
      ]);
      for (const text of answers) {
        for (const unit of others) expect(text).not.toContain(unit.id);
        expect(text).not.toMatch(/"n":\s*12\b/); // B's respondents
        expect(text).not.toMatch(/"value":\s*0\.5\b/); // B's own total, 6/12 (and C's, 5/10)
      }
      const json = JSON.parse(answers[0]!);
      expect(Object.keys(json.years[0]).sort()).toEqual(['network', 'own', 'year']);
      // An existing endpoint for another municipality's unit stays closed too.
      expect((await getJson(api(`/units/${org.B!.school.id}/indicators`), { cookie: admin.A! })).status).toBe(
        403,
      );
    });

    it("when a school leader of A asks, then they get the network but not the municipality's total", async () => {
      const { status, body } = await networkOf(leaderA);
      expect(status).toBe(200);
      expect(body.years[0]).toMatchObject({ own: null, network: { shown: true, n: 32 } });
    });

    it('when a non-member, a leader or an unknown slug is involved, then the network refuses', async () => {
      expect((await networkOf(admin.D!)).status).toBe(403);
      expect(
        (await postJson(api('/admin/network/invitations'), { slug: 'kommune-d' }, { cookie: leaderA }))
          .status,
      ).toBe(403);
      const unknown = await invite('A', 'atlantis');
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details).toEqual([{ field: 'slug', issue: 'no municipality has this slug' }]);
      // D starts its own network; it cannot then be invited into A's (one network at a time).
      expect((await postJson(api('/admin/networks'), { name: 'Øst' }, { cookie: admin.D! })).status).toBe(
        201,
      );
      expect((await invite('A', 'kommune-d')).status).toBe(409);
    });

    it("when A removes C, then C's round from while it was a member still counts, so the figure cannot be subtracted", async () => {
      const before = (await networkOf(admin.A!)).body.years;
      const res = await fetch(api('/admin/network/members/kommune-c'), {
        method: 'DELETE',
        headers: { ...sameOrigin(api('/admin/network/members/kommune-c')), cookie: admin.A! },
      });
      expect(res.status).toBe(204);
      const after = await networkOf(admin.A!);
      expect(after.body.network.members).toBe(2);
      // Had C's figures dropped out, 19/32 before minus 14/22 after would be C's own 5/10.
      expect(after.body.years).toEqual(before);
      expect((await networkOf(admin.C!)).status).toBe(403);
    });

    it('when C is invited and accepts through the API the app uses, then the comparison and its download show the network of 3 again', async () => {
      expect((await invite('A', 'kommune-c')).status).toBe(204);
      const invited = (await getJson(api('/admin/network'), { cookie: admin.C! })).body;
      expect(invited).toMatchObject({
        municipalityId: org.C!.municipality.id,
        network: { status: 'invited' },
      });
      expect((await accept('C')).status).toBe(204);
      const file = await fetch(api(`/exports/network/indicators.csv${query}&lang=da`), {
        headers: { cookie: admin.A! },
      });
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename=netvaerk-/);
      const lines = Buffer.from(await file.arrayBuffer())
        .toString('utf8')
        .split('\r\n');
      expect(lines[0]).toContain('År;Jeres kommune;');
      // 19/32 = 59,4 % for the network (Danish decimal comma), A's own 8/10 = 80,0 %.
      expect(lines[1]).toMatch(/;80,0;/);
      expect(lines[1]).toMatch(/;59,4;/);
      expect(lines[1]!.endsWith(';3')).toBe(true);
    });
  });
}
