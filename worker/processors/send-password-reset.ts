import type { Db } from '../../db/database';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findPasswordResetMail } from '../../db/repositories/password-resets';
import { sendPasswordResetJob } from '../../jobs/contracts';
import type { JobHandler } from '../../jobs/define-job';
import { composePasswordReset } from '../mail/compose-password-reset';
import type { MailTransport } from '../mail/mail-transport';

export interface SendPasswordResetDeps {
  db: Db;
  transport: MailTransport;
  /** The full link for a reset id (its token needs the installation's secret, which the caller holds). */
  resetLink: (resetId: string) => string;
  now: () => Date;
}

/**
 * Sends the reset mail of one reset request, if the link can still be used: a retry after the
 * link expired or was used, or for a user deactivated meanwhile, sends nothing.
 */
export function sendPasswordResetHandler(
  deps: SendPasswordResetDeps,
): JobHandler<typeof sendPasswordResetJob.schema> {
  return {
    definition: sendPasswordResetJob,
    handle: async ({ resetId }) => {
      const reset = await findPasswordResetMail(deps.db, resetId);
      const now = deps.now();
      if (!reset || reset.usedAt || reset.expiresAt <= now || reset.deactivatedAt) return;
      const municipality = await findMunicipality(deps.db, reset.municipalityId);
      const mail = composePasswordReset({
        name: reset.name,
        link: deps.resetLink(resetId),
        validMinutes: Math.round((reset.expiresAt.getTime() - now.getTime()) / 60_000),
        sender: municipality?.name ?? 'Målbar',
      });
      await deps.transport.send({ to: reset.email, ...mail });
    },
  };
}
