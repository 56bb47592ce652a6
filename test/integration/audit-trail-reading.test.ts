import { sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { eventually, trailOf } from '../support/audit-trail';
import { getJson, postJson, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const DAY = 86_400_000;
const HOUR = 3_600_000;

for (const kind of STORES) {
  describe(`${kind.name}: administrators read and export the audit trail; nobody alters it`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let admin: { email: string; cookie: string };
    let otherAdmin: string;
    const start = new Date();
    let clock = start;

    beforeAll(async () => {
      store = await kind.start({}, { now: () => clock });
      org = await aMunicipality(store.db).withClasses([6]).create();
      other = await aMunicipality(store.db).withClasses([6]).create();
      const user = await aStaffUser(store.db, org.root, 'admin');
      admin = { email: user.email, cookie: await logIn(store.url, user) };
      otherAdmin = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
      // Sixty failed sign-ins an hour apart, the newest an hour ago (as the sign-in would record them).
      for (let i = 1; i <= 60; i++)
        await recordAuditEvent(
          store.db,
          {
            municipalityId: org.municipality.id,
            actorUserId: null,
            actor: `guess-${String(i).padStart(2, '0')}@paging.example`,
            action: 'sign_in_failed',
            address: '192.0.2.7',
          },
          new Date(start.getTime() - i * HOUR),
        );
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const read = (query: string, cookie = admin.cookie) =>
      getJson(url(`/api/admin/audit?${query}`), { cookie });
    /** The database's own words for a refused statement (drizzle wraps them in its error). */
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => 'done',
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    const auditRows = async () =>
      (
        (await store.db.execute(sql`select count(*)::int as n from audit_events`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;

    it('when anyone but an administrator of the whole municipality asks, then the trail is refused (403) in every form', async () => {
      const cookies = [
        await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant')),
        await logIn(store.url, await aStaffUser(store.db, org.school, 'leader')),
        await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer')),
      ];
      for (const cookie of cookies)
        for (const path of ['/api/admin/audit', '/api/admin/audit.csv', '/api/admin/audit?format=csv']) {
          const res = await fetch(url(path), { headers: { cookie }, redirect: 'manual' });
          expect([path, res.status]).toEqual([path, 403]);
        }
      expect((await fetch(url('/api/admin/audit'))).status).toBe(401);
      expect((await read('')).status).toBe(200);
      expect(await trailOf(store.url, admin.cookie, { action: 'audit_trail_exported' })).toEqual([]);
    });

    it('when another municipality changes its users, then its events are invisible here; installation-wide ones show in both, marked', async () => {
      const created = await postJson(
        url('/api/admin/users'),
        { name: 'Anden', email: `anden-${Date.now()}@other.example`, role: 'viewer' },
        { cookie: otherAdmin },
      );
      expect(created.status).toBe(201);
      const theirs = await trailOf(store.url, otherAdmin, { action: 'user_created' });
      expect(theirs.map((e) => e.subject)).toEqual([`user:${created.body.id}`]);
      const ours = await trailOf(store.url, admin.cookie);
      expect(ours.some((e) => e.subject === `user:${created.body.id}`)).toBe(false);
      expect(ours.filter((e) => e.action === 'sign_in_failed')).toHaveLength(60);
      expect(JSON.stringify(await trailOf(store.url, otherAdmin))).not.toContain('@paging.example');
      const published = (events: Json[]) => events.filter((e) => e.action === 'instrument_published');
      expect(published(ours).length).toBeGreaterThan(0);
      expect(published(ours).every((e) => e.installationWide)).toBe(true);
      expect(published(await trailOf(store.url, otherAdmin))).toEqual(published(ours));
    });

    it('when the administrator filters by action, actor and days and pages through, then every match comes once, newest first', async () => {
      const first = await read('action=sign_in_failed&actor=PAGING.example');
      expect(first.body).toMatchObject({ total: 60, page: 1, pageSize: 50 });
      const second = await read('action=sign_in_failed&actor=paging.example&page=2');
      const actors = [...first.body.events, ...second.body.events].map((e: Json) => e.actor);
      expect(actors).toEqual(
        Array.from({ length: 60 }, (_, i) => `guess-${String(i + 1).padStart(2, '0')}@paging.example`),
      );
      // One actor: '_' and '%' typed are letters, not patterns.
      expect((await read('actor=guess-07@')).body.total).toBe(1);
      expect((await read('actor=guess-_7@')).body.total).toBe(0);
      // The day 3 days ago, in UTC: the events whose hour falls on it.
      const dayAgo = new Date(start.getTime() - 3 * DAY).toISOString().slice(0, 10);
      const onDay = await read(`action=sign_in_failed&from=${dayAgo}&to=${dayAgo}`);
      const expected = Array.from(
        { length: 60 },
        (_, i) => new Date(start.getTime() - (i + 1) * HOUR),
      ).filter((at) => at.toISOString().slice(0, 10) === dayAgo);
      expect(onDay.body.events.map((e: Json) => e.at)).toEqual(expected.map((at) => at.toISOString()));
      const refused = await read('action=answers_read&from=yesterday');
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.map((d: Json) => d.field).sort()).toEqual(['action', 'from']);
    });

    it('when the administrator opens the old page address, then it redirects (303) to the app with the filter, and the classic menu links to the app', async () => {
      const res = await fetch(url('/dashboard/admin/audit?action=sign_in_failed&page=2'), {
        headers: { cookie: admin.cookie },
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/app/admin/audit?action=sign_in_failed&page=2');
      // What the app's screen shows for that address: the second page of the same filter.
      const second = await read('action=sign_in_failed&page=2');
      expect(second.body).toMatchObject({ total: 60, page: 2, pageSize: 50 });
      expect(second.body.events).toHaveLength(10);
    });

    it('when the trail is exported as CSV, then it holds every match, formulas stay text, and the export is itself recorded', async () => {
      await recordAuditEvent(
        store.db,
        {
          municipalityId: org.municipality.id,
          actorUserId: null,
          actor: '=HYPERLINK("http://evil.example")',
          action: 'sign_in_failed',
        },
        new Date(start.getTime() - 90 * 60_000),
      );
      const res = await fetch(url('/api/admin/audit.csv?action=sign_in_failed'), {
        headers: { cookie: admin.cookie },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?audit-trail-/);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('Time (UTC),Scope,Actor,Action,Subject,Address,Detail');
      expect(lines).toHaveLength(1 + 61);
      expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"")",sign_in_failed,`);
      const viaQuery = await fetch(url('/api/admin/audit?format=csv&actor=guess-01'), {
        headers: { cookie: admin.cookie },
      });
      expect((await viaQuery.text()).trim().split('\r\n')).toHaveLength(2);
      const exports = await trailOf(store.url, admin.cookie, { action: 'audit_trail_exported' });
      expect(exports.map((e) => [e.actor, e.detail])).toEqual([
        [admin.email, { filter: { actor: 'guess-01' }, rows: 1 }],
        [admin.email, { filter: { action: 'sign_in_failed' }, rows: 61 }],
      ]);
    });

    it('when anyone updates, deletes or truncates the trail through the database, then the database refuses and every row stays', async () => {
      const before = await auditRows();
      expect(await refusal(store.db.execute(sql`update audit_events set actor = 'someone else'`))).toMatch(
        /append-only: UPDATE is not allowed/,
      );
      expect(await refusal(store.db.execute(sql`delete from audit_events`))).toMatch(/append-only/);
      expect(await refusal(store.db.execute(sql`truncate audit_events`))).toMatch(
        /append-only: TRUNCATE is not allowed/,
      );
      // Posing as the purge does not help with rows newer than the cut-off it names.
      const posing = store.db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('malbar.audit_purge', ${new Date(start.getTime() - 2 * HOUR).toISOString()}, true)`,
        );
        await tx.execute(sql`delete from audit_events`);
      });
      expect(await refusal(posing)).toMatch(/append-only/);
      expect(await auditRows()).toBe(before);
      expect(await trailOf(store.url, admin.cookie, { actor: 'someone else' })).toEqual([]);
    });

    it('when the clock passes the retention period, then the worker purges exactly the events older than it', async () => {
      const created = async (name: string) => {
        const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
        const res = await postJson(
          url('/api/admin/users'),
          { name, email: `${name}-${clock.getTime()}@test.example`, role: 'viewer' },
          { cookie },
        );
        expect(res.status).toBe(201);
        return { cookie, subject: `user:${res.body.id}` };
      };
      // Either side of the cut-off the clock will give: an hour and two hours after the start.
      clock = new Date(start.getTime() + HOUR);
      const purged = await created('purged');
      clock = new Date(start.getTime() + 2 * HOUR);
      const kept = await created('kept');
      clock = new Date(start.getTime() + 200 * DAY);
      const later = await created('later');
      const oldest = (await trailOf(store.url, later.cookie)).at(-1)!;
      expect(Date.parse(oldest.at)).toBeLessThan(start.getTime());
      // 400 days (the default) after the start plus an hour and a half: the cut-off is 90 minutes past the start.
      clock = new Date(start.getTime() + 400 * DAY + 90 * 60_000);
      const cutOff = start.getTime() + 90 * 60_000;
      const reader = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      const left = await eventually(
        () => trailOf(store.url, reader),
        (events) => events.every((e) => Date.parse(e.at) >= cutOff),
      );
      const subjects = left.map((e) => e.subject);
      expect(subjects).not.toContain(purged.subject);
      expect(subjects).toEqual(expect.arrayContaining([kept.subject, later.subject]));
      expect(left.length).toBeGreaterThan(0);
      expect(await auditRows()).toBe(left.length + (await otherMunicipalityRows()));
    });

    const otherMunicipalityRows = async () =>
      (
        (await store.db.execute(
          sql`select count(*)::int as n from audit_events where municipality_id = ${other.municipality.id}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n;
  });
}
