import type { Db } from '../db/database';
import type { JobHandler } from '../jobs/define-job';
import { passwordResetPath } from '../server/auth/password-reset-token';
import { openCodeForMail } from '../server/respondents/token-secrets';
import { createMailTransport, type MailTransport } from '../worker/mail/mail-transport';
import {
  sendDueInvitationsHandler,
  sendRoundInvitationsHandler,
  type SendInvitationsDeps,
} from '../worker/processors/send-invitations';
import { sendPasswordResetHandler } from '../worker/processors/send-password-reset';
import type { Config } from './config';
import { log } from './logger';

/**
 * The e-mail jobs (invitations, password resets) with what they need from the composition root: the mail transport,
 * the session secret (to open sealed codes; the worker never imports server code, so it gets a
 * function), and where respondents reach the installation.
 */
export function mailHandlers(
  config: Readonly<Config>,
  db: Db,
  options: {
    listeningUrl: () => string | null;
    now: () => Date;
    /** Mails sent and failed, counted. */
    counters?: { sent: { inc(): void }; failed: { inc(): void } };
  },
): { handlers: JobHandler[]; close(): void } {
  const transport = counted(createMailTransport(config.mail), options.counters);
  const secret = config.sessionSecret!;
  // PUBLIC_URL should be set for real mail: localhost only works on the machine itself.
  const baseUrl = () =>
    (config.publicUrl ?? options.listeningUrl() ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  const deps: SendInvitationsDeps = {
    db,
    transport,
    openCode: (sealed) => openCodeForMail(secret, sealed),
    baseUrl,
    reminderIntervalDays: config.mail.reminderIntervalDays,
    maxReminders: config.mail.maxReminders,
    now: options.now,
    log,
  };
  return {
    handlers: [
      sendRoundInvitationsHandler(deps),
      sendDueInvitationsHandler(deps),
      sendPasswordResetHandler({
        db,
        transport,
        resetLink: (resetId) => `${baseUrl()}${passwordResetPath(secret, resetId)}`,
        now: options.now,
      }),
    ],
    close: () => transport.close(),
  };
}

function counted(transport: MailTransport, counters?: { sent: { inc(): void }; failed: { inc(): void } }) {
  if (!counters) return transport;
  return {
    ...transport,
    send: (mail: Parameters<MailTransport['send']>[0]) =>
      transport.send(mail).then(
        () => counters.sent.inc(),
        (error: unknown) => {
          counters.failed.inc();
          throw error;
        },
      ),
  };
}
