/** Who the IdP says signed in, as Målbar reads the claims. */
export interface SsoPerson {
  /** The issuer's stable id for the account; '' when missing (then refused). */
  sub: string;
  email: string | undefined;
  /** Whether the e-mail may find an existing account: not when the IdP says it is unverified. */
  emailMatches: boolean;
  name: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The person in the claims. The address is `email`, else Entra ID's `preferred_username` (the
 * user principal name, which the tenant's administrators assign) when it has the form of one.
 */
export function personOf(claims: Record<string, unknown>): SsoPerson {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const email = text(claims.email).toLowerCase() || text(claims.preferred_username).toLowerCase();
  const validEmail = EMAIL.test(email) && email.length <= 254 ? email : undefined;
  const name = (text(claims.name) || validEmail || text(claims.sub)).slice(0, 200);
  return { sub: text(claims.sub), email: validEmail, emailMatches: claims.email_verified !== false, name };
}

/** Why a sign-in through the IdP was refused; the page and the audit trail both name it. */
export type SsoRefusal =
  | 'no_subject'
  | 'no_email'
  | 'email_in_use_elsewhere'
  | 'other_municipality'
  | 'deactivated'
  | 'no_mapped_group'
  | 'waiting_for_role';

export type SsoOutcome = { kind: 'signed-in'; userId: string } | { kind: 'refused'; reason: SsoRefusal };

/** An SSO-only user's password hash: verifyPassword refuses anything that is not `scrypt$…`. */
export const SSO_ONLY_PASSWORD = 'sso-only';

/** A sign-in the IdP vouched for: its claims, and the municipality whose button was used. */
export interface SsoSignIn {
  municipalityId: string;
  issuer: string;
  groupsClaim: string;
  claims: Record<string, unknown>;
  address?: string;
}
