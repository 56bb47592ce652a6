import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { ConfigError, parseConfig } from '../../main/config';
import { mailHandlers } from '../../main/mail-handlers';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { readOutbox, waitForOutbox, type ReadMail } from '../support/eml';
import { postJson, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const DAY = 86_400_000;
const CODE = '[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}';

/** Sends "Invite by e-mail" as the staff app does. */
async function invite(store: TestStore, cookie: string, roundId: string, form: Record<string, string>) {
  const res = await fetch(`${store.url}/api/rounds/${roundId}/invitations`, {
    method: 'POST',
    headers: { ...sameOrigin(store.url), cookie, 'content-type': 'application/json' },
    body: JSON.stringify(form),
  });
  return { status: res.status, text: await res.text() };
}

/** The personal link in a mail, and its code. */
function linkIn(store: TestStore, mail: ReadMail): { link: string; code: string } {
  const found = new RegExp(`${store.url}/t/(${CODE})\\?lang=(da|nb|en)`).exec(mail.text);
  if (!found) throw new Error(`no personal link in ${mail.file}:\n${mail.text}`);
  return { link: found[0], code: found[1]! };
}

async function count(store: TestStore, query: string): Promise<number> {
  const result = (await store.db.execute(sql.raw(query))) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
}

for (const kind of STORES) {
  describe(`${kind.name}: invitations and reminders by e-mail`, () => {
    let store: TestStore;
    let dataDir: string;
    let outbox: string;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupils: CheckedInstrument;
    let consultant: string;
    let invitations: ReadMail[];
    const addresses = ['anna@example.dk', 'bo@example.dk', 'carl@example.dk'];

    /** The periodic sweep as the worker runs it, with the clock `days` ahead. */
    async function sweep(days: number): Promise<ReadMail[]> {
      const before = readOutbox(outbox).length;
      const later = new Date(Date.now() + days * DAY);
      const mail = mailHandlers(store.config, store.db, { listeningUrl: () => store.url, now: () => later });
      const sendDue = mail.handlers.find((h) => h.definition.name === 'invitations.send-due')!;
      await sendDue.handle({}, { reportProgress: async () => undefined });
      mail.close();
      return readOutbox(outbox).slice(before);
    }

    const invitationCounts = async () =>
      (
        await fetch(`${store.url}/api/rounds/${round.roundId}/invitations`, {
          headers: { cookie: consultant },
        })
      ).json();

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-mail-'));
      outbox = path.join(dataDir, 'outbox');
      store = await kind.start({ DATA_DIR: dataDir });
      org = await aMunicipality(store.db).withClasses([6]).create();
      pupils = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(async () => {
      await store?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('when a consultant invites three addresses for a class, then three Danish mails appear in the outbox, one per person, each with a working personal link', async () => {
      const res = await invite(store, consultant, round.roundId, {
        unitId: org.classes.get(6)!.id,
        lang: 'da',
        emails: `${addresses.join('\n')}\n\n ${addresses[0]!.toUpperCase()} \n`,
      });
      expect(res.status).toBe(202);
      expect(JSON.parse(res.text)).toEqual({ invited: 3 });

      invitations = await waitForOutbox(outbox, 3);
      expect(invitations).toHaveLength(3);
      expect(invitations.map((m) => m.to).sort()).toEqual(addresses);
      const codes = new Set<string>();
      for (const mail of invitations) {
        expect(mail.from).toBe('Målbar <noreply@localhost>');
        expect(mail.subject).toBe('Invitation: Runde pupil-wellbeing');
        expect(mail.text).toContain('Du er inviteret til at svare på spørgeskemaet »Runde pupil-wellbeing«.');
        expect(mail.text).toContain('hverken Testskolen eller kommunen kan se, hvem der har svaret hvad');
        expect(mail.html).toContain('Du er inviteret');
        const { link, code } = linkIn(store, mail);
        codes.add(code);
        expect((await fetch(link)).status).toBe(200);
      }
      expect(codes.size).toBe(3);
      // The database keeps the codes only sealed.
      const stored = JSON.stringify(
        (await store.db.execute(sql`select * from token_invitations`)) as unknown,
      );
      for (const code of codes) expect(stored).not.toContain(code);
      expect(await invitationCounts()).toEqual({ invited: 3, waiting: 0, remindersSent: 0 });
    });

    it('when one of them answers and the reminder interval passes, then only the two others are reminded, twice at most', async () => {
      const anna = invitations.find((m) => m.to === 'anna@example.dk')!;
      const answered = await postJson(`${store.url}/api/t/${linkIn(store, anna).code}/responses`, {
        submissionId: randomUUID(),
        answers: pupilAnswers(pupils, { grade: 6, wellbeing: 5, bullied: false }),
        locale: 'da',
      });
      expect(answered.status).toBe(201);

      expect(await sweep(6)).toEqual([]); // 7 days have not passed
      const first = await sweep(8);
      expect(first.map((m) => m.to).sort()).toEqual(['bo@example.dk', 'carl@example.dk']);
      for (const mail of first) {
        expect(mail.subject).toBe('Påmindelse: Runde pupil-wellbeing');
        expect(mail.text).toContain('Vi mangler stadig dit svar');
        // The same personal link as in the invitation.
        const invitation = invitations.find((m) => m.to === mail.to)!;
        expect(linkIn(store, mail).code).toBe(linkIn(store, invitation).code);
      }
      expect(await sweep(8)).toEqual([]); // reminded just now
      const second = await sweep(16);
      expect(second.map((m) => m.to).sort()).toEqual(['bo@example.dk', 'carl@example.dk']);
      expect(await sweep(24)).toEqual([]); // MAX_REMINDERS = 2
      expect(await invitationCounts()).toEqual({ invited: 3, waiting: 0, remindersSent: 4 });
    });

    it('when an address is not valid, then the form is refused naming the line, and nothing is stored', async () => {
      const batches = await count(store, 'select count(*)::int as n from token_batches');
      const res = await invite(store, consultant, round.roundId, {
        unitId: org.classes.get(6)!.id,
        lang: 'da',
        emails: 'dora@example.dk\nerik(at)example.dk',
      });
      expect(res.status).toBe(422);
      expect(JSON.parse(res.text).error.details).toEqual([
        { field: 'emails', issue: 'line 2: "erik(at)example.dk" is not an e-mail address' },
      ]);
      expect(await count(store, 'select count(*)::int as n from token_batches')).toBe(batches);
      expect(await count(store, 'select count(*)::int as n from token_invitations')).toBe(3);
    });

    it('when a viewer, or a leader of another institution, invites, then it is refused', async () => {
      const form = { unitId: org.classes.get(6)!.id, lang: 'nb', emails: 'frida@example.no' };
      const viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      expect((await invite(store, viewer, round.roundId, form)).status).toBe(403);
      const leader = await logIn(store.url, await aStaffUser(store.db, org.daycare, 'leader'));
      expect((await invite(store, leader, round.roundId, form)).status).toBe(403);
      expect(await count(store, 'select count(*)::int as n from token_invitations')).toBe(3);
    });

    it('when the round has closed, then the sweep deletes its addresses and sends nothing', async () => {
      expect(await sweep(31)).toEqual([]);
      expect(await count(store, 'select count(*)::int as n from token_invitations')).toBe(0);
      // The tokens and the answer stay: only the addresses go.
      expect(await count(store, 'select count(*)::int as n from round_tokens')).toBe(3);
      expect(await count(store, 'select count(*)::int as n from responses')).toBe(1);
    });
  });
}

describe('mail configuration', () => {
  it('when nothing is set, then mails go to DATA_DIR/outbox, weekly reminders, two at most, an hourly sweep', () => {
    expect(parseConfig({ DATA_DIR: '/srv/malbar' }).mail).toEqual({
      smtpUrl: undefined,
      outboxDir: '/srv/malbar/outbox',
      from: 'Målbar <noreply@localhost>',
      reminderIntervalDays: 7,
      maxReminders: 2,
      sweepMs: 3_600_000,
    });
  });

  it.each([
    ['SMTP_URL', 'http://mail.example.dk'],
    ['MAIL_FROM', 'nobody'],
    ['REMINDER_INTERVAL_DAYS', '-1'],
    ['MAX_REMINDERS', '1.5'],
    ['MAIL_SWEEP_MS', '999'],
  ])('when %s is %s, then start-up stops naming it', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
