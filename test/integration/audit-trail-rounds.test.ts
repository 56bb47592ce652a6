import { updateUnit } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkRows, requestPersonalLinks } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aSickLeaveFile } from '../builders/sick-leave-file';
import { aStaffUser, logIn } from '../builders/staff';
import { eventually, trailOf } from '../support/audit-trail';
import { postJson, sameOrigin, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const DAY = 86_400_000;

for (const kind of STORES) {
  describe(`${kind.name}: the audit trail records rounds, releases and sick-leave imports`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let admin: string;
    let consultant: { email: string; cookie: string };
    const clock = new Date();
    const day = (offset: number) => new Date(clock.getTime() + offset * DAY).toISOString().slice(0, 10);

    beforeAll(async () => {
      store = await kind.start({}, { now: () => clock });
      org = await aMunicipality(store.db).withClasses([6]).create();
      admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      const user = await aStaffUser(store.db, org.root, 'consultant');
      consultant = { email: user.email, cookie: await logIn(store.url, user) };
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const trail = async (action: string, subject?: string) =>
      (await trailOf(store.url, admin, { action })).filter((e) => !subject || e.subject === subject);
    const post = (path: string, body: unknown = {}) =>
      postJson(url(path), body, { cookie: consultant.cookie });
    const sixA = () => org.classes.get(6)!;

    it('when a round is created, opened early and closed early, then each is recorded once by the consultant; refused ones are not', async () => {
      const round = {
        instrumentVersionId: store.malbar.versionIds['pupil-wellbeing'],
        title: { da: 'Trivsel forår' },
        opensOn: day(10),
        closesOn: day(40),
        unitIds: [sixA().id],
      };
      expect((await post('/api/rounds', { ...round, closesOn: day(5) })).status).toBe(422);
      expect(await trail('round_opened')).toEqual([]);
      const created = await post('/api/rounds', round);
      expect(created.status).toBe(201);
      const subject = `round:${created.body.id}`;
      expect((await post(`/api/rounds/${created.body.id}/close`)).status).toBe(409); // not open yet
      expect((await post(`/api/rounds/${created.body.id}/open`)).status).toBe(204);
      expect((await post(`/api/rounds/${created.body.id}/close`)).status).toBe(204);

      const opened = await trail('round_opened', subject);
      expect(opened.map((e) => [e.actor, e.detail.how])).toEqual([
        [consultant.email, 'opened early'],
        [consultant.email, 'created'],
      ]);
      expect(opened[1].detail).toMatchObject({ opensOn: day(10), closesOn: day(40), units: 1 });
      expect(opened[0].detail).toMatchObject({ before: { opensOn: day(10) }, after: { opensOn: day(0) } });
      expect(await trail('round_closed', subject)).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          detail: expect.objectContaining({ how: 'closed early' }),
        }),
      ]);
    });

    it('when the consultant asks for an interim release and then closes the round, then the interim release is theirs and the final one the system’s', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .create();
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      for (let i = 0; i < 6; i++)
        expect(
          (
            await submit(
              store.url,
              round.codes.get(sixA().id)!,
              pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
            )
          ).status,
        ).toBe(201);
      await store.settled();
      const subject = `round:${round.roundId}`;
      expect((await post(`/api/rounds/${round.roundId}/releases`)).status).toBe(202);
      const interim = await eventually(
        () => trail('round_released', subject),
        (found) => found.length > 0,
      );
      expect(interim).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          detail: expect.objectContaining({ kind: 'interim', seq: 1 }),
        }),
      ]);
      expect((await post(`/api/rounds/${round.roundId}/close`)).status).toBe(204);
      const both = await eventually(
        () => trail('round_released', subject),
        (found) => found.length > 1,
      );
      expect(both[0]).toMatchObject({
        actor: 'system',
        installationWide: false,
        detail: { kind: 'final', seq: 2 },
      });
      await store.settled();
      expect(await trail('round_released', subject)).toHaveLength(2);
    });

    it('when personal links are downloaded, then the download is recorded with how many, never the links', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .create();
      const links = await requestPersonalLinks(store.url, consultant.cookie, round.roundId, sixA().id, 3);
      expect(links.status).toBe(201);
      const downloads = await trail('export_downloaded', `round:${round.roundId}`);
      expect(downloads).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          detail: expect.objectContaining({ export: 'personal links', count: 3, unitId: sixA().id }),
        }),
      ]);
      const everything = JSON.stringify(await trailOf(store.url, admin));
      for (const { code } of personalLinkRows(links.text)) expect(everything).not.toContain(code);
    });

    it('when invitations are sent by e-mail and a round is switched to personal links only and back, then each is recorded with how many, never the addresses', async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .notYetOpen()
        .create();
      const subject = `round:${round.roundId}`;
      const invited = await post(`/api/rounds/${round.roundId}/invitations`, {
        unitId: sixA().id,
        lang: 'da',
        emails: 'anna@example.dk\nbo@example.dk',
      });
      expect(invited).toEqual({ status: 202, body: { invited: 2 } });
      const refused = await post(`/api/rounds/${round.roundId}/invitations`, {
        unitId: sixA().id,
        lang: 'da',
        emails: 'not an address',
      });
      expect(refused.status).toBe(422);
      expect(await trail('export_downloaded', subject)).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          detail: expect.objectContaining({ export: 'personal links', format: 'e-mail', count: 2 }),
        }),
      ]);
      expect(JSON.stringify(await trailOf(store.url, admin))).not.toContain('anna@example.dk');

      const policy = (personalLinksOnly: boolean) =>
        fetch(url(`/api/rounds/${round.roundId}`), {
          method: 'PATCH',
          headers: {
            ...sameOrigin(store.url),
            'content-type': 'application/json',
            cookie: consultant.cookie,
          },
          body: JSON.stringify({ personalLinksOnly }),
        });
      expect((await policy(true)).status).toBe(200);
      expect((await policy(true)).status).toBe(200); // no change: nothing to record
      expect((await policy(false)).status).toBe(200);
      expect((await trail('round_closed', subject)).map((e) => e.detail.how)).toEqual([
        'personal links only',
      ]);
      expect((await trail('round_opened', subject)).map((e) => e.detail.how)).toEqual([
        'open links allowed again',
      ]);
    });

    it('when a sick-leave file is imported, then the import is recorded once as the uploader’s, with counts; a file with errors records nothing', async () => {
      await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
      const upload = async (csv: string) => {
        const path = '/api/sick-leave/imports';
        const res = await fetch(url(path), {
          method: 'POST',
          headers: {
            ...sameOrigin(url(path)),
            'content-type': 'text/csv',
            cookie: consultant.cookie,
            'x-file-name': 'fravaer.csv',
          },
          body: csv,
        });
        const id = ((await res.json()) as Json).id as string;
        return eventually(
          async () =>
            (await (
              await fetch(url(`${path}/${id}`), { headers: { cookie: consultant.cookie } })
            ).json()) as Json,
          (body) => body.status === 'applied' || body.status === 'failed',
        );
      };
      const failed = await upload(aSickLeaveFile().row('NOWHERE', '2024-01', 420, 21, 14, 7, 20).csv());
      expect(failed.status).toBe('failed');
      expect(await trail('sick_leave_imported')).toEqual([]);
      const applied = await upload(
        aSickLeaveFile()
          .row('SKOLE', '2024-01', 420, 21, 14, 7, 20)
          .row('SKOLE', '2024-02', 400, 10, 5, 5, 20)
          .csv(),
      );
      expect(applied.status).toBe('applied');
      expect(await trail('sick_leave_imported')).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          subject: `sick-leave-import:${applied.id}`,
          detail: expect.objectContaining({ fileName: 'fravaer.csv', records: 2, units: 1 }),
        }),
      ]);

      const res = await fetch(url(`/api/exports/sick-leave.csv?unitId=${org.root.id}`), {
        headers: { cookie: consultant.cookie },
      });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      expect(await trail('export_downloaded', `unit:${org.root.id}`)).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          detail: expect.objectContaining({ format: 'csv' }),
        }),
      ]);
    });
  });
}
