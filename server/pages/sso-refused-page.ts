import { html } from './html';
import { staffLayout } from './staff-layout';

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

const TEXT: Record<SsoPageReason, { title: string; body: string }> = {
  waiting_for_role: {
    title: 'Waiting for a role',
    body: 'Your account is known to Målbar, but an administrator must give you a role and a scope before you can sign in. Ask your Målbar administrator, then sign in again.',
  },
  no_mapped_group: {
    title: 'No access',
    body: 'You are no longer in any group that gives access to Målbar. Ask your IT department or your Målbar administrator if you should have access.',
  },
  deactivated: { title: 'No access', body: 'Your Målbar account has been deactivated by an administrator.' },
  no_subject: { title: 'Sign-in failed', body: 'The identity provider did not say who you are.' },
  no_email: {
    title: 'Sign-in failed',
    body: 'The identity provider did not send your e-mail address, which Målbar needs to create your account. Ask your IT department to include the email claim.',
  },
  email_in_use_elsewhere: {
    title: 'Sign-in failed',
    body: 'Your e-mail address belongs to a Målbar account of another municipality, or one Målbar cannot link to yours. Ask your Målbar administrator.',
  },
  other_municipality: {
    title: 'Sign-in failed',
    body: "Your account belongs to another municipality's Målbar. Use that municipality's sign-in button.",
  },
  expired: {
    title: 'Sign-in not completed',
    body: 'The sign-in took too long, or was started in another browser or tab. Please start again.',
  },
  idp_refused: {
    title: 'Sign-in failed',
    body: "The identity provider's answer could not be accepted. Please start again; if it happens again, tell your Målbar administrator.",
  },
  not_configured: {
    title: 'No such sign-in',
    body: 'This municipality has not set up sign-in with its own accounts.',
  },
  settings_unreadable: {
    title: 'Sign-in unavailable',
    body: 'The sign-in settings must be saved again by an administrator (the server secret has changed).',
  },
  idp_unreachable: {
    title: 'Sign-in unavailable',
    body: 'The identity provider cannot be reached right now. Please try again in a moment.',
  },
};

export function renderSsoRefusedPage(reason: SsoPageReason): string {
  const text = TEXT[reason];
  return staffLayout({
    title: text.title,
    body: html`<section class="login" data-sso-refusal="${reason}">
      <h1>${text.title}</h1>
      <p role="alert">${text.body}</p>
      <p><a href="/login">← Back to sign-in</a></p>
    </section>`,
  });
}
