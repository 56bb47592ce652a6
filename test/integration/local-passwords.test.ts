import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn, logInFirstTime, STRONG_PASSWORD } from '../builders/staff';
import { readOutbox, waitForOutbox } from '../support/eml';
import { getJson, postJson, sameOrigin, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const anEmail = () => `person-${randomBytes(4).toString('hex')}@test.example`;
const OTHER_STRONG = 'violet-anchor-meadow-93';

interface AuditRow {
  action: string;
  actor: string;
  municipality_id: string | null;
  subject: string | null;
  detail: Json;
}

for (const kind of STORES) {
  describe(`${kind.name}: local passwords`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let admin: string;
    let adminId: string;
    let outbox: string;
    let clock = new Date('2027-03-01T09:00:00Z');

    beforeAll(async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-passwords-'));
      outbox = path.join(dataDir, 'outbox');
      store = await kind.start({ DATA_DIR: dataDir }, { now: () => clock });
      org = await aMunicipality(store.db).withClasses([1]).create();
      const adminLogin = await aStaffUser(store.db, org.root, 'admin');
      admin = await logIn(store.url, adminLogin);
      adminId = (await postJson(`${store.url}/login`, adminLogin)).body.user.id;
    });
    afterAll(() => store?.stop());

    const url = (p: string) => `${store.url}${p}`;
    const apiStatus = async (cookie: string) => (await getJson(url('/api/goals'), { cookie })).status;
    const changePassword = (cookie: string, body: Record<string, string>) =>
      postJson(url('/api/me/password'), body, { cookie });
    const newUser = async (body: Record<string, unknown> = {}) => {
      const email = anEmail();
      const res = await postJson(
        url('/api/admin/users'),
        { name: 'Per Person', email, role: 'consultant', ...body },
        { cookie: admin },
      );
      expect(res.status).toBe(201);
      return { id: res.body.id as string, email, oneTimePassword: res.body.oneTimePassword as string | null };
    };
    const audit = async (action: string, actorOrSubject: string): Promise<AuditRow[]> => {
      const { rows } = (await store.db.execute(
        sql`select action, actor, municipality_id, subject, detail from audit_events
            where action = ${action} and (actor = ${actorOrSubject} or subject = ${actorOrSubject}) order by id`,
      )) as unknown as { rows: AuditRow[] };
      return rows;
    };
    const form = (p: string, fields: Record<string, string>, cookie?: string) =>
      fetch(url(p), {
        method: 'POST',
        headers: { ...sameOrigin(url(p)), accept: 'text/html', ...(cookie ? { cookie } : {}) },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });

    it('when a user changes their password, then a wrong current or weak new one is refused by field, and their other sessions end', async () => {
      const user = await newUser({ password: STRONG_PASSWORD });
      const login = { email: user.email, password: STRONG_PASSWORD };
      const here = await logIn(store.url, login);
      const elsewhere = await logIn(store.url, login);

      const wrong = await changePassword(here, {
        currentPassword: 'not-it-at-all-1',
        newPassword: OTHER_STRONG,
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.error.details).toEqual([
        { field: 'currentPassword', issue: 'is not your current password', code: 'not_current' },
      ]);
      const weak = await changePassword(here, {
        currentPassword: STRONG_PASSWORD,
        newPassword: 'password1234',
      });
      expect(weak.status).toBe(422);
      expect(weak.body.error.details).toHaveLength(1);
      expect(weak.body.error.details[0].field).toBe('newPassword');
      expect(weak.body.error.details[0].issue).toMatch(/^too easy to guess: /);
      const ownName = await changePassword(here, {
        currentPassword: STRONG_PASSWORD,
        newPassword: `${user.email.split('@')[0]}-kommune`,
      });
      expect(ownName.status).toBe(422);
      expect(await apiStatus(elsewhere)).toBe(200); // refusals change nothing

      expect(
        (await changePassword(here, { currentPassword: STRONG_PASSWORD, newPassword: OTHER_STRONG })).status,
      ).toBe(204);
      expect(await apiStatus(here)).toBe(200);
      expect(await apiStatus(elsewhere)).toBe(401);
      expect((await postJson(url('/login'), login)).status).toBe(401);
      await logIn(store.url, { email: user.email, password: OTHER_STRONG });
      expect(await audit('password_changed', user.email)).toEqual([
        expect.objectContaining({ subject: `user:${user.id}`, municipality_id: org.municipality.id }),
      ]);
    });

    it('when a user signs in with a one-time password, then they can do nothing but choose their own, after which it is dead', async () => {
      const user = await newUser();
      expect(user.oneTimePassword).not.toBeNull();
      const signedIn = await postJson(url('/login'), { email: user.email, password: user.oneTimePassword });
      expect(signedIn.body.user.mustChangePassword).toBe(true);
      const cookie = await logIn(store.url, { email: user.email, password: user.oneTimePassword! });

      const api = await getJson(url('/api/goals'), { cookie });
      expect(api.status).toBe(403);
      expect(api.body.error.code).toBe('password_change_required');
      expect((await postJson(url('/api/initiatives'), {}, { cookie })).body.error.code).toBe(
        'password_change_required',
      );
      for (const page of ['/app', `/app/units/${org.root.id}`, '/app/rounds']) {
        const res = await fetch(url(page), { headers: { cookie }, redirect: 'manual' });
        expect([res.status, res.headers.get('location')]).toEqual([303, '/login/password']);
      }
      // The old address leads there too; the page speaks the browser's language.
      const old = await fetch(url('/dashboard/account/password'), {
        headers: { cookie },
        redirect: 'manual',
      });
      expect([old.status, old.headers.get('location')]).toEqual([303, '/login/password']);
      const changePage = await fetch(url('/login/password'), {
        headers: { cookie, 'accept-language': 'da' },
      });
      expect(await changePage.text()).toContain('Vælg din egen adgangskode');
      const norwegian = await fetch(url('/login/password'), {
        headers: { cookie, 'accept-language': 'nb-NO' },
      });
      expect(await norwegian.text()).toContain('Velg ditt eget passord');

      const weak = await form(
        '/login/password?lang=en',
        { currentPassword: user.oneTimePassword!, newPassword: 'short' },
        cookie,
      );
      expect(weak.status).toBe(422);
      expect(await weak.text()).toMatch(/<strong>New password<\/strong>: must be at least 12 characters/);
      const done = await form(
        '/login/password',
        { currentPassword: user.oneTimePassword!, newPassword: OTHER_STRONG },
        cookie,
      );
      expect([done.status, done.headers.get('location')]).toEqual([303, '/app']);
      expect(await apiStatus(cookie)).toBe(200);
      expect(
        (await postJson(url('/login'), { email: user.email, password: user.oneTimePassword })).status,
      ).toBe(401);
      const again = await postJson(url('/login'), { email: user.email, password: OTHER_STRONG });
      expect(again.body.user.mustChangePassword).toBe(false);
    });

    it('when an administrator resets a password, then the user is signed out, the old password is dead and the new one-time password must be changed', async () => {
      const user = await newUser({ password: STRONG_PASSWORD });
      const session = await logIn(store.url, { email: user.email, password: STRONG_PASSWORD });
      const reset = await postJson(url(`/api/admin/users/${user.id}/reset-password`), {}, { cookie: admin });
      expect(reset.status).toBe(200);
      expect(reset.body.oneTimePassword).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(await apiStatus(session)).toBe(401);
      expect((await postJson(url('/login'), { email: user.email, password: STRONG_PASSWORD })).status).toBe(
        401,
      );
      const otp = await logIn(store.url, { email: user.email, password: reset.body.oneTimePassword });
      expect(await apiStatus(otp)).toBe(403);
      await logInFirstTime(store.url, { email: user.email, oneTimePassword: reset.body.oneTimePassword });

      // Again, as the app's "reset password" button does: never cached, each reset a new password.
      const again = await fetch(url(`/api/admin/users/${user.id}/reset-password`), {
        method: 'POST',
        headers: { ...sameOrigin(url(`/api/admin/users/${user.id}/reset-password`)), cookie: admin },
      });
      expect(again.status).toBe(200);
      expect(again.headers.get('cache-control')).toBe('no-store');
      const second = ((await again.json()) as Json).oneTimePassword as string;
      expect(second).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(second).not.toBe(reset.body.oneTimePassword);
      expect((await audit('password_reset', `user:${user.id}`)).map((r) => r.detail.method)).toEqual([
        'one_time_password',
        'one_time_password',
      ]);
      const self = await postJson(url(`/api/admin/users/${adminId}/reset-password`), {}, { cookie: admin });
      expect(self.status).toBe(403);
    });

    it('when a reset link is mailed and used, then it sets a strong password once, ends every session and clears a one-time password', async () => {
      const user = await newUser(); // on a one-time password: the link clears it too
      const session = await logIn(store.url, { email: user.email, password: user.oneTimePassword! });
      const before = readOutbox(outbox).length;
      const asked = await form('/login/forgot', { email: user.email.toUpperCase() });
      expect(asked.status).toBe(200);
      expect(await asked.text()).toContain('Hvis der findes en konto med den adresse');
      const mail = (await waitForOutbox(outbox, before + 1)).find((m) => m.to.includes(user.email))!;
      const link = new RegExp(`${store.url}/login/reset/[0-9a-f-]{36}/[A-Za-z0-9_-]{43}`).exec(mail.text)![0];
      const linkPath = link.slice(store.url.length);

      const tampered = await fetch(url(`${linkPath.slice(0, -1)}${linkPath.endsWith('A') ? 'B' : 'A'}`));
      expect(tampered.status).toBe(400);
      expect(await tampered.text()).toContain('Linket er ikke gyldigt');
      const formPage = await fetch(url(linkPath));
      expect(formPage.status).toBe(200);
      expect(await formPage.text()).toContain(user.email);
      const weak = await form(`${linkPath}?lang=nb`, { newPassword: 'kommune-kommune' });
      expect(weak.status).toBe(422);
      expect(await weak.text()).toMatch(
        /<strong>Nytt passord<\/strong>: (må være minst|er for lett å gjette)/,
      );
      const done = await form(linkPath, { newPassword: OTHER_STRONG });
      expect([done.status, done.headers.get('location')]).toEqual([
        303,
        '/login?notice=password-reset&lang=da',
      ]);

      expect(await apiStatus(session)).toBe(401);
      const signedIn = await postJson(url('/login'), { email: user.email, password: OTHER_STRONG });
      expect(signedIn.body.user.mustChangePassword).toBe(false);
      expect(
        (await postJson(url('/login'), { email: user.email, password: user.oneTimePassword })).status,
      ).toBe(401);
      const reused = await form(linkPath, { newPassword: 'another-brand-new-phrase-7' });
      expect(reused.status).toBe(410);
      expect(await reused.text()).toContain('Linket er allerede brugt');
      expect((await audit('password_reset_requested', user.email))[0]!.detail).toEqual({ mailed: true });
      expect((await audit('password_reset', user.email))[0]!.detail).toEqual({ method: 'link' });
    });

    it('when a reset link is older than an hour, then it is refused as expired and changes nothing', async () => {
      const user = await newUser({ password: STRONG_PASSWORD });
      const before = readOutbox(outbox).length;
      await form('/login/forgot', { email: user.email });
      const mail = (await waitForOutbox(outbox, before + 1)).find((m) => m.to.includes(user.email))!;
      const linkPath = /\/login\/reset\/[^\s]+/.exec(mail.text)![0];
      clock = new Date(clock.getTime() + 61 * 60_000);
      const expired = await form(linkPath, { newPassword: OTHER_STRONG });
      expect(expired.status).toBe(410);
      expect(await expired.text()).toContain('Linket er udløbet');
      await logIn(store.url, { email: user.email, password: STRONG_PASSWORD });
    });

    it('when someone asks for a reset of an unknown e-mail, then the answer is the same and no mail is sent', async () => {
      const unknown = anEmail();
      const known = await newUser({ password: STRONG_PASSWORD });
      const before = readOutbox(outbox).length;
      const answers = [];
      for (const email of [unknown, known.email]) {
        const res = await form('/login/forgot', { email });
        answers.push([res.status, await res.text()]);
      }
      expect(answers[0]).toEqual(answers[1]);
      await waitForOutbox(outbox, before + 1);
      for (let i = 0; i < 100 && (await audit('password_reset_requested', unknown)).length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(await audit('password_reset_requested', unknown)).toEqual([
        expect.objectContaining({ municipality_id: null, detail: { mailed: false } }),
      ]);
      expect(readOutbox(outbox).filter((m) => m.to.includes(unknown))).toEqual([]);
    });

    it('when someone asks again and again for one account, then three mails an hour go out and the answer never changes', async () => {
      const target = await newUser({ password: STRONG_PASSWORD });
      const control = await newUser({ password: STRONG_PASSWORD });
      const before = readOutbox(outbox).length;
      const answers = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const res = await form('/login/forgot', { email: target.email });
        answers.add(`${res.status} ${await res.text()}`);
      }
      expect(answers.size).toBe(1);
      // Asked after the five: once its mail is out, the three allowed ones are too (one job queue).
      await form('/login/forgot', { email: control.email });
      const mails = await waitForOutbox(outbox, before + 4);
      for (let i = 0; i < 100 && (await audit('password_reset_requested', target.email)).length < 3; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(mails.filter((m) => m.to.includes(control.email))).toHaveLength(1);
      expect(mails.filter((m) => m.to.includes(target.email))).toHaveLength(3);
      expect(await audit('password_reset_requested', target.email)).toHaveLength(3);
    });

    it('when staff sign in, fail and sign out, then the audit trail says who, why, and for which municipality', async () => {
      const user = await newUser({ password: STRONG_PASSWORD });
      const unknown = anEmail();
      expect((await postJson(url('/login'), { email: unknown, password: STRONG_PASSWORD })).status).toBe(401);
      expect((await postJson(url('/login'), { email: user.email, password: OTHER_STRONG })).status).toBe(401);
      const cookie = await logIn(store.url, { email: user.email, password: STRONG_PASSWORD });
      const out = await fetch(url('/logout'), {
        method: 'POST',
        headers: { ...sameOrigin(url('/logout')), cookie },
        redirect: 'manual',
      });
      expect(out.status).toBe(303);

      expect(await audit('sign_in_failed', unknown)).toEqual([
        expect.objectContaining({
          municipality_id: null,
          detail: { method: 'password', reason: 'unknown_email' },
        }),
      ]);
      expect(await audit('sign_in_failed', user.email)).toEqual([
        expect.objectContaining({
          municipality_id: org.municipality.id,
          detail: { method: 'password', reason: 'wrong_password' },
        }),
      ]);
      expect((await audit('sign_in', user.email)).map((r) => r.detail)).toEqual([{ method: 'password' }]);
      expect(await audit('sign_out', user.email)).toHaveLength(1);

      const off = await fetch(url(`/api/admin/users/${user.id}`), {
        method: 'PATCH',
        headers: { ...sameOrigin(store.url), 'content-type': 'application/json', cookie: admin },
        body: JSON.stringify({ active: false }),
      });
      expect(off.status).toBe(200);
      expect((await postJson(url('/login'), { email: user.email, password: STRONG_PASSWORD })).status).toBe(
        401,
      );
      expect((await audit('sign_in_failed', user.email)).map((r) => r.detail.reason)).toEqual([
        'wrong_password',
        'deactivated',
      ]);
    });
  });
}
