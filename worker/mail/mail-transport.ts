import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type NodemailerError } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface MailTransportSettings {
  smtpUrl: string | undefined;
  outboxDir: string;
  from: string;
}

/** The server refused this recipient for good: sending the same mail again would not help. */
export class MailRejected extends Error {
  override name = 'MailRejected';
}

/**
 * Nodemailer over SMTP when an SMTP URL is configured; otherwise each mail is written as an RFC 5322
 * .eml file to the outbox folder (open it in a mail program), so nothing leaves the machine.
 */
export function createMailTransport(settings: MailTransportSettings): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl, settings.from) : outboxTransport(settings);
}

function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // A pool keeps a few connections open: a class's 30 invitations are one handshake, not thirty.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transporter = nodemailer.createTransport(url.toString(), { from });
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        await transporter.sendMail(mail);
      } catch (error) {
        const smtp = error as NodemailerError;
        if (smtp.permanent && smtp.command === 'RCPT TO')
          throw new MailRejected(`a recipient was refused: ${smtp.response ?? smtp.message}`);
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}

function outboxTransport(settings: MailTransportSettings): MailTransport {
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  return {
    kind: 'outbox',
    async send(mail) {
      const info = await transporter.sendMail({ from: settings.from, ...mail });
      await fs.mkdir(settings.outboxDir, { recursive: true });
      // Colons are left out of the time so the names work on every file system; they sort by time.
      const stamp = new Date().toISOString().replace(/:/g, '-');
      const file = path.join(settings.outboxDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      // Written whole, then renamed: a reader of the folder never sees half a mail.
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
    },
    close: () => transporter.close(),
  };
}
