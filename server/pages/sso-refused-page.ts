import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { signInMessages } from '../../core/messages/sign-in-messages';
import { ssoRefusalMessages } from '../../core/messages/sso-refusal-messages';
import { html } from './html';
import { langQuery, signInLayout } from './sign-in-layout';

/** Why a sign-in through the municipality's account did not let someone in. */
export type SsoPageReason =
  | 'no_subject'
  | 'no_email'
  | 'email_in_use_elsewhere'
  | 'other_municipality'
  | 'deactivated'
  | 'no_mapped_group'
  | 'waiting_for_role'
  | 'expired'
  | 'idp_refused'
  | 'not_configured'
  | 'settings_unreadable'
  | 'idp_unreachable';

type TitleKey = keyof typeof ssoRefusalMessages & `ssoRefusal.title.${string}`;

const TITLE: Record<SsoPageReason, TitleKey> = {
  waiting_for_role: 'ssoRefusal.title.waiting',
  no_mapped_group: 'ssoRefusal.title.noAccess',
  deactivated: 'ssoRefusal.title.noAccess',
  no_subject: 'ssoRefusal.title.failed',
  no_email: 'ssoRefusal.title.failed',
  email_in_use_elsewhere: 'ssoRefusal.title.failed',
  other_municipality: 'ssoRefusal.title.failed',
  expired: 'ssoRefusal.title.notCompleted',
  idp_refused: 'ssoRefusal.title.failed',
  not_configured: 'ssoRefusal.title.noSuch',
  settings_unreadable: 'ssoRefusal.title.unavailable',
  idp_unreachable: 'ssoRefusal.title.unavailable',
};

export function renderSsoRefusedPage(reason: SsoPageReason, locale: Locale): string {
  const t = translator(ssoRefusalMessages, locale);
  const title = t(TITLE[reason]);
  return signInLayout({
    locale,
    title,
    path: '/login',
    body: html`<section class="login" data-sso-refusal="${reason}">
      <h1>${title}</h1>
      <p role="alert">${t(`ssoRefusal.${reason}`)}</p>
      <p>
        <a href="/login${langQuery(locale)}">${translator(signInMessages, locale)('signIn.backToSignIn')}</a>
      </p>
    </section>`,
  });
}
