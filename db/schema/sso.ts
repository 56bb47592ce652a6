import { boolean, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { municipalities, orgUnits } from './organisation';
import { staffUsers } from './staff';

/**
 * A municipality's OpenID Connect provider (Entra ID, ADFS): at most one per municipality. The
 * client secret is sealed with AES-256-GCM under a key derived from SESSION_SECRET
 * (server/auth/sealed-text.ts): a copy of the database alone does not give it away.
 */
export const ssoSettings = pgTable('sso_settings', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretSealed: text('client_secret_sealed').notNull(),
  /** The ID token or userinfo claim that lists the user's groups (Entra ID: `groups`). */
  groupsClaim: text('groups_claim').notNull().default('groups'),
  /** Scopes asked for besides `openid email profile` (ADFS: `allatclaims` puts its claims in the ID token). */
  extraScopes: text('extra_scopes').notNull().default(''),
  /** Whether the municipality's users may still sign in with a Målbar password. */
  passwordsAllowed: boolean('passwords_allowed').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** An IdP group (Entra ID: its object id) and the role and scope its members get in Målbar. */
export const ssoGroupMappings = pgTable(
  'sso_group_mappings',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    groupKey: text('group_key').notNull(),
    role: text('role', { enum: ['admin', 'consultant', 'leader', 'viewer'] }).notNull(),
    scopeUnitId: uuid('scope_unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.groupKey] })],
);

/**
 * Which IdP account is which staff user: the issuer's stable `sub`, never the e-mail alone.
 * `roleFrom` says who decides the user's role: 'groups' (refreshed at every sign-in, refused
 * once no mapped group is left) or 'malbar' (an administrator assigned it; kept when no group maps).
 */
export const staffSsoIdentities = pgTable(
  'staff_sso_identities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    roleFrom: text('role_from', { enum: ['groups', 'malbar'] }).notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('staff_sso_identities_issuer_subject').on(t.issuer, t.subject)],
);

/**
 * Someone who signed in through the IdP with no mapped group and no Målbar account: no staff
 * user exists for them (so no session can), until an administrator gives them a role and scope.
 */
export const ssoWaitingUsers = pgTable(
  'sso_waiting_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('sso_waiting_users_issuer_subject').on(t.issuer, t.subject)],
);
