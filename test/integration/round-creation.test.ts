import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { listMunicipalityLinks, listRounds } from '../../db/repositories/rounds';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

for (const kind of STORES) {
  describe(`${kind.name}: consultants and administrators create rounds`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let pupil: CheckedInstrument;
    let consultant: string;
    const cookies: Record<'admin' | 'leader' | 'viewer', string> = { admin: '', leader: '', viewer: '' };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      other = await aMunicipality(store.db).withClasses([2]).create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      cookies.leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const classes = () => [...org.classes.values()];
    const aRoundInput = (change: Record<string, unknown> = {}) => ({
      instrumentVersionId: store.malbar.versionIds['pupil-wellbeing'],
      title: { da: 'Trivselsmåling', en: 'Pupil wellbeing' },
      opensOn: isoDay(-1),
      closesOn: isoDay(30),
      unitIds: classes().map((c) => c.id),
      ...change,
    });
    const create = (body: unknown, cookie = consultant) => postJson(url('/api/rounds'), body, { cookie });
    const fieldsOf = (body: Json) => (body.error.details as { field: string }[]).map((d) => d.field);
    const written = async () => ({
      rounds: (await listRounds(store.db, org.municipality.id)).length,
      links: (await listMunicipalityLinks(store.db, org.municipality.id)).length,
    });

    it('when the dates are wrong, then the answer names the field and nothing is written', async () => {
      const before = await written();
      const backwards = await create(aRoundInput({ opensOn: isoDay(10), closesOn: isoDay(5) }));
      expect(backwards.status).toBe(422);
      expect(fieldsOf(backwards.body)).toEqual(['closesOn']);
      const notADate = await create(aRoundInput({ opensOn: '1 March' }));
      expect(fieldsOf(notADate.body)).toEqual(['opensOn']);
      const past = await create(aRoundInput({ opensOn: isoDay(-30), closesOn: isoDay(-2) }));
      expect(past.status).toBe(422);
      expect(fieldsOf(past.body)).toEqual(['closesOn']);
      expect(await written()).toEqual(before);
    });

    it('when the title, survey or units are wrong, then each field is named and nothing is written', async () => {
      const before = await written();
      const res = await create(
        aRoundInput({
          title: { da: '' },
          unitIds: [org.classes.get(1)!.id, other.school.id, org.area.id],
          instrumentVersionId: store.malbar.versionIds['initiative-assessment'],
        }),
      );
      expect(res.status).toBe(422);
      expect(fieldsOf(res.body)).toEqual(['title.da']);
      const units = await create(
        aRoundInput({
          unitIds: [org.classes.get(1)!.id, other.school.id, org.area.id],
          instrumentVersionId: store.malbar.versionIds['initiative-assessment'],
        }),
      );
      expect(fieldsOf(units.body)).toEqual(['instrumentVersionId', 'unitIds.1', 'unitIds.2']);
      expect(await written()).toEqual(before);
    });

    it('when a leader or a viewer creates a round, then it is forbidden', async () => {
      expect((await create(aRoundInput(), cookies.leader)).status).toBe(403);
      expect((await create(aRoundInput(), cookies.viewer)).status).toBe(403);
      const form = await fetch(url('/api/rounds/new'), { headers: { cookie: cookies.leader } });
      expect(form.status).toBe(403);
    });

    it('when the consultant creates an open round, then each unit has a link respondents can open and answer', async () => {
      const created = await create(aRoundInput());
      expect(created.status).toBe(201);
      const roundId = created.body.id;
      const rates = await getJson(url(`/api/rounds/${roundId}/response-rates`), { cookie: consultant });
      expect(rates.body.round).toMatchObject({
        title: { da: 'Trivselsmåling', nb: 'Trivselsmåling', en: 'Pupil wellbeing' },
        state: 'open',
      });
      const links = rates.body.units as { unitId: string; url: string }[];
      expect(links.map((l) => l.unitId).sort()).toEqual(
        classes()
          .map((c) => c.id)
          .sort(),
      );
      for (const link of links) expect((await fetch(link.url)).status).toBe(200);
      const sixA = links.find((l) => l.unitId === org.classes.get(6)!.id)!;
      const code = sixA.url.split('/s/')[1]!;
      const answer = await submit(
        store.url,
        code,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
      expect(answer.status).toBe(201);
    });

    it('when the administrator schedules a round, then its links exist but say it has not opened yet', async () => {
      const created = await create(
        aRoundInput({ opensOn: isoDay(7), closesOn: isoDay(20), unitIds: [org.school.id] }),
        cookies.admin,
      );
      expect(created.status).toBe(201);
      const rates = await getJson(url(`/api/rounds/${created.body.id}/response-rates`), {
        cookie: cookies.admin,
      });
      expect(rates.body.round.state).toBe('not-yet-open');
      expect((await fetch(rates.body.units[0].url)).status).toBe(403);
    });

    it("when the consultant opens the form, then the survey's classes are ticked in advance, and the new round's address is its page in the app", async () => {
      const form = await getJson(url('/api/rounds/new?instrument=pupil-wellbeing'), { cookie: consultant });
      expect(form.status).toBe(200);
      expect(form.body.chosen).toMatchObject({
        instrumentKey: 'pupil-wellbeing',
        versionId: store.malbar.versionIds['pupil-wellbeing'],
      });
      expect([...form.body.defaultUnitIds].sort()).toEqual(
        classes()
          .map((c) => c.id)
          .sort(),
      );
      expect(form.body.defaultUnitIds).not.toContain(org.school.id);
      const rows = form.body.units as { id: string; askable: boolean; depth: number }[];
      // The municipality and its area are headings, the school and classes can be ticked.
      expect(rows.find((u) => u.id === org.area.id)).toMatchObject({ askable: false });
      expect(rows.find((u) => u.id === org.school.id)).toMatchObject({ askable: true });
      expect(rows.map((u) => u.id)).not.toContain(other.school.id);
      expect(form.body.instruments.map((i: { instrumentKey: string }) => i.instrumentKey)).not.toContain(
        'initiative-assessment',
      );
      const created = await create(
        aRoundInput({ title: { da: 'Trivsel forår' }, unitIds: [org.classes.get(1)!.id] }),
      );
      expect(created.status).toBe(201);
      expect(created.body.distribution).toBe(`/app/rounds/${created.body.id}`);
      const old = await fetch(url('/dashboard/rounds/new?instrument=pupil-wellbeing'), {
        headers: { cookie: consultant },
        redirect: 'manual',
      });
      expect(old.status).toBe(302);
      expect(old.headers.get('location')).toBe('/app/rounds/new?instrument=pupil-wellbeing');
      const distribution = await fetch(url(`/dashboard/rounds/${created.body.id}/distribution`), {
        headers: { cookie: consultant },
        redirect: 'manual',
      });
      expect([distribution.status, distribution.headers.get('location')]).toEqual([
        302,
        `/app/rounds/${created.body.id}`,
      ]);
      // The old form addresses take nothing: the app sends its changes to the JSON APIs.
      const oldForm = await fetch(url(`/dashboard/rounds/${created.body.id}/tokens`), {
        method: 'POST',
        headers: {
          origin: store.url,
          cookie: consultant,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ unitId: org.classes.get(1)!.id, count: '2' }),
      });
      expect(oldForm.status).toBe(404);
    });
  });
}
