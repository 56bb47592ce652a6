import { z } from 'zod';
import { StaffRole } from './staff-input';

/** http://localhost, 127.0.0.1 or [::1]: a provider on this machine (tests, a developer's laptop). */
export function isLoopbackUrl(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

// An HTML form sends '' for a field left empty; that means "not given".
const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);
// A ticked checkbox sends 'on' (the form's route sends false for an unticked one); JSON a boolean.
const checkbox = (value: unknown) =>
  value === 'on' || value === 'true' ? true : value === 'false' ? false : value;

/** Identity providers are reached over https; plain http only on this machine. */
const issuer = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .pipe(z.url('an https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0'))
  .refine((value) => {
    if (!URL.canParse(value)) return true; // z.url() has named the problem already
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackUrl(url));
  }, 'an https:// address (http:// only for localhost)');
// Kept exactly as typed: the discovery document's `issuer` must equal it, and some providers'
// issuers end in a slash (Auth0) while others do not (Entra ID, ADFS, Keycloak).

/**
 * A municipality's OpenID Connect settings. The secret may be left out of a change to keep the
 * stored one (it is never shown again); it is required the first time.
 */
export const SsoSettingsInput = z.object({
  issuer,
  clientId: z.string().trim().min(1, 'write the client (application) id').max(200),
  clientSecret: z.preprocess(emptyAsMissing, z.string().min(1).max(500, 'at most 500 characters').optional()),
  groupsClaim: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_:\-/.]{1,100}$/, 'a claim name such as groups or roles')
      .default('groups'),
  ),
  /** Scopes besides `openid email profile`, space-separated (ADFS: allatclaims). */
  extraScopes: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean).join(' ') : value),
    z
      .string()
      .regex(/^([\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*)?$/, 'scope names separated by spaces')
      .max(500, 'at most 500 characters')
      .default(''),
  ),
  /** Left out: passwords stay allowed. */
  passwordsAllowed: z.preprocess(checkbox, z.boolean('true or false').default(true)),
});
export type SsoSettingsInput = z.infer<typeof SsoSettingsInput>;

/** One group mapping: the group's key as the IdP sends it (Entra ID: the object id). */
export const GroupMappingInput = z.object({
  groupKey: z.string().trim().min(1, 'write the group id').max(200, 'at most 200 characters'),
  role: StaffRole,
  scopeUnitId: z.uuid('choose a unit from the tree'),
});
export type GroupMappingInput = z.infer<typeof GroupMappingInput>;

/** An administrator gives a waiting user their role and scope. */
export const WaitingUserAssignment = z.object({
  role: StaffRole,
  scopeUnitId: z.uuid('choose a unit from the tree'),
});
export type WaitingUserAssignment = z.infer<typeof WaitingUserAssignment>;
