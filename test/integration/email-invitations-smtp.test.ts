import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mailHandlers } from '../../main/mail-handlers';
import { composeInvitation } from '../../worker/mail/compose-invitation';
import { createMailTransport } from '../../worker/mail/mail-transport';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { parseMail, readOutbox } from '../support/eml';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '../support/smtp-capture';
import { STORES, type TestStore } from '../support/stores';
import { sameOrigin } from '../support/http';

const FROM = 'Målbar <noreply@localhost>';

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const mailsTo = (capture: SmtpCapture, address: string) =>
  capture.mails.filter((m) => m.to.includes(address));
const readCaptured = (mail: CapturedMail) => parseMail(mail.data);

describe('the SMTP path', () => {
  it('when the same mail goes through SMTP and to the outbox, then the server receives the message the .eml file holds', async () => {
    const capture = await startSmtpCapture();
    const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-outbox-'));
    const smtp = createMailTransport({ smtpUrl: capture.url, outboxDir, from: FROM });
    const outbox = createMailTransport({ smtpUrl: undefined, outboxDir, from: FROM });
    const mail = composeInvitation({
      kind: 'reminder',
      lang: 'nb',
      roundTitle: { da: 'Trivsel', nb: 'Trivsel på skolen', en: 'Wellbeing' },
      closesOn: '2027-05-31',
      link: 'https://malbar.example.no/t/K7M2-QX9P-4HTD?lang=nb',
      codeUrl: 'https://malbar.example.no/t',
      code: 'K7M2-QX9P-4HTD',
      institution: 'Nordskolen',
      sender: 'Demo Kommune',
    });
    try {
      await smtp.send({ to: 'ola@example.no', ...mail });
      await outbox.send({ to: 'ola@example.no', ...mail });
      expect(capture.mails).toHaveLength(1);
      expect(capture.mails[0]).toMatchObject({ from: 'noreply@localhost', to: ['ola@example.no'] });
      const [written] = readOutbox(outboxDir);
      const { file: _file, ...fromFile } = written!;
      const { file: _none, ...delivered } = readCaptured(capture.mails[0]!);
      expect(delivered).toEqual(fromFile);
      expect(delivered.subject).toBe('Påminnelse: Trivsel på skolen');
      expect(delivered.text).toContain('verken Nordskolen eller kommunen kan se hvem som har svart hva');
    } finally {
      smtp.close();
      outbox.close();
      await capture.close();
      fs.rmSync(outboxDir, { recursive: true, force: true });
    }
  });
});

for (const kind of STORES) {
  describe(`${kind.name}: invitations through an SMTP server`, () => {
    let capture: SmtpCapture;
    let store: TestStore;
    let dataDir: string;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let consultant: string;

    const invite = async (emails: string[]) => {
      const res = await fetch(`${store.url}/api/rounds/${round.roundId}/invitations`, {
        method: 'POST',
        headers: { ...sameOrigin(store.url), cookie: consultant, 'content-type': 'application/json' },
        body: JSON.stringify({ unitId: org.classes.get(6)!.id, lang: 'da', emails: emails.join('\n') }),
      });
      expect(res.status).toBe(202);
    };

    const invitationCounts = async () =>
      (
        await fetch(`${store.url}/api/rounds/${round.roundId}/invitations`, {
          headers: { cookie: consultant },
        })
      ).json();

    /** The periodic sweep as the worker runs it, now. */
    async function sweep(): Promise<void> {
      const mail = mailHandlers(store.config, store.db, {
        listeningUrl: () => store.url,
        now: () => new Date(),
      });
      try {
        await mail.handlers[1]!.handle({}, { reportProgress: async () => undefined });
      } finally {
        mail.close();
      }
    }

    beforeAll(async () => {
      capture = await startSmtpCapture();
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-smtp-'));
      store = await kind.start({ DATA_DIR: dataDir, SMTP_URL: capture.url, MAIL_FROM: FROM });
      org = await aMunicipality(store.db).withClasses([6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(async () => {
      await store?.stop();
      await capture?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('when a consultant invites two addresses, then the SMTP server receives one message each, with a working link, and nothing goes to the outbox', async () => {
      await invite(['gry@example.dk', 'hans@example.dk']);
      await waitFor('two mails', () => (capture.mails.length >= 2 ? true : undefined));
      for (const address of ['gry@example.dk', 'hans@example.dk']) {
        const [sent, ...more] = mailsTo(capture, address);
        expect(more).toEqual([]);
        expect(sent!.to).toEqual([address]);
        const mail = readCaptured(sent!);
        expect(mail.to).toBe(address);
        expect(mail.subject).toBe('Invitation: Runde pupil-wellbeing');
        const link = new RegExp(`${store.url}/t/[0-9A-Z-]{14}\\?lang=da`).exec(mail.text)![0];
        expect((await fetch(link)).status).toBe(200);
      }
      expect(readOutbox(path.join(dataDir, 'outbox'))).toEqual([]);
    });

    it('when the server refuses one recipient for good, then the others are still sent and the refused one is not retried', async () => {
      capture.refuse.add('nobody@example.dk');
      await invite(['nobody@example.dk', 'ida@example.dk']);
      await waitFor('the mail to ida', () => mailsTo(capture, 'ida@example.dk')[0]);
      await sweep();
      expect(mailsTo(capture, 'nobody@example.dk')).toEqual([]);
      expect(await invitationCounts()).toEqual({ invited: 4, waiting: 0, remindersSent: 0 });
    });

    it('when the SMTP server is down, then the invitation waits and is sent once it is back', async () => {
      const port = capture.port;
      await capture.close();
      await invite(['jens@example.dk']);
      await store.malbar.idle(); // in-process: the failed attempt is over
      // Through Redis the attempt is a BullMQ job that may not have run yet on a loaded machine.
      const waiting = async () =>
        ((await invitationCounts()) as { waiting: number }).waiting === 1 ? true : undefined;
      await waitFor('the failed attempt', waiting, 60_000);
      capture = await startSmtpCapture(port);
      await sweep();
      const [sent, ...more] = await waitFor('the mail to jens', () =>
        mailsTo(capture, 'jens@example.dk').length > 0 ? mailsTo(capture, 'jens@example.dk') : undefined,
      );
      expect(more).toEqual([]);
      expect(readCaptured(sent!).subject).toBe('Invitation: Runde pupil-wellbeing');
    });
  });
}
