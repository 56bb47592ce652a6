import type { AuditAction } from '../../../core/audit/audit-action';
import type { StaffRole } from '../../../core/staff/staff-input';

/** The administration views' words (web/app/admin/), one set per language. */
export interface AdminWords {
  sections: { label: string; users: string; sso: string; audit: string; organisation: string };
  roles: Record<StaffRole, string>;
  name: string;
  email: string;
  role: string;
  scope: string;
  lastSignIn: string;
  never: string;
  status: string;
  active: string;
  deactivated: string;
  usersTitle: string;
  usersLead: string;
  usersCaption: string;
  newUser: string;
  password: string;
  passwordHint: string;
  create: string;
  created: (name: string) => string;
  oneTimeHeading: string;
  /** Said plainly: the password is shown here once and never again. */
  oneTimeNote: string;
  oneTimeFor: (email: string) => string;
  edit: (name: string) => string;
  save: string;
  saved: string;
  deactivate: string;
  reactivate: string;
  deactivatedNow: string;
  reactivatedNow: string;
  deactivateNote: string;
  resetPassword: string;
  resetNote: string;
  resetDone: (name: string) => string;
  backToUsers: string;
  waitingTitle: string;
  waitingLead: string;
  noWaiting: string;
  lastSeen: string;
  giveRole: string;
  assigned: (name: string) => string;
  /** Above the fields a refusal names. */
  refused: string;
  problems: Record<string, string>;
  weakPassword: string;
  atLeast: (characters: number) => string;
  fieldProblem: (field: string) => string;
  fieldNames: Record<string, string>;
  ssoTitle: string;
  ssoLead: string;
  redirectUri: string;
  redirectUriNote: string;
  issuer: string;
  issuerHint: string;
  clientId: string;
  clientSecret: string;
  clientSecretStored: string;
  clientSecretFirst: string;
  groupsClaim: string;
  extraScopes: string;
  extraScopesHint: string;
  passwordsAllowed: string;
  passwordsAllowedHint: string;
  settingsSaved: string;
  notSetUp: string;
  mappingsTitle: string;
  mappingsLead: string;
  groupKey: string;
  noMappings: string;
  addMapping: string;
  remove: (group: string) => string;
  mappingAdded: (group: string) => string;
  mappingRemoved: (group: string) => string;
  auditTitle: string;
  auditLead: string;
  action: string;
  anyAction: string;
  actions: Record<AuditAction, string>;
  actor: string;
  from: string;
  to: string;
  filter: string;
  downloadCsv: string;
  when: string;
  who: string;
  what: string;
  subject: string;
  address: string;
  detail: string;
  installationWide: string;
  noEvents: string;
  pageOf: (page: number, last: number, total: number) => string;
  newer: string;
  older: string;
}

export const adminDa: AdminWords = {
  sections: {
    label: 'Administration',
    users: 'Brugere',
    sso: 'Fælles login (SSO)',
    audit: 'Hændelseslog',
    organisation: 'Organisationen',
  },
  roles: { admin: 'Administrator', consultant: 'Kvalitetskonsulent', leader: 'Leder', viewer: 'Læser' },
  name: 'Navn',
  email: 'E-mail',
  role: 'Rolle',
  scope: 'Omfang',
  lastSignIn: 'Sidst logget ind',
  never: 'aldrig',
  status: 'Status',
  active: 'Aktiv',
  deactivated: 'Deaktiveret',
  usersTitle: 'Brugere',
  usersLead:
    'Kommunens medarbejdere, deres rolle og den del af organisationen, de ser. En ændring gælder fra brugerens næste klik.',
  usersCaption: 'Alle brugere i kommunen',
  newUser: 'Ny bruger',
  password: 'Adgangskode',
  passwordHint:
    'Lang og svær at gætte, gerne flere ord. Lad feltet stå tomt, så laver Målbar en engangskode.',
  create: 'Opret bruger',
  created: (name) => `${name} er oprettet.`,
  oneTimeHeading: 'Engangskode',
  oneTimeNote:
    'Giv koden videre til brugeren nu: den vises kun denne ene gang. Brugeren vælger sin egen adgangskode ved første login.',
  oneTimeFor: (email) => `Til ${email}:`,
  edit: (name) => `Ret ${name}`,
  save: 'Gem',
  saved: 'Ændringerne er gemt.',
  deactivate: 'Deaktivér',
  reactivate: 'Genaktivér',
  deactivatedNow: 'Brugeren er deaktiveret og logget ud.',
  reactivatedNow: 'Brugeren er aktiv igen.',
  deactivateNote: 'En deaktiveret bruger bliver logget ud og kan ikke logge ind, før du genaktiverer.',
  resetPassword: 'Nulstil adgangskode',
  resetNote: 'Den gamle adgangskode holder op med at virke, og brugeren logges ud.',
  resetDone: (name) => `Adgangskoden for ${name} er nulstillet.`,
  backToUsers: 'Alle brugere',
  waitingTitle: 'Venter på en rolle',
  waitingLead:
    'Har logget ind med kommunens konto, men er ikke i en gruppe, der giver en rolle. Giv dem en rolle og et omfang.',
  noWaiting: 'Ingen venter.',
  lastSeen: 'Sidst set',
  giveRole: 'Giv rolle',
  assigned: (name) => `${name} har fået sin rolle og kan logge ind.`,
  refused: 'Det blev ikke gemt. Ret felterne herunder.',
  problems: {
    'already in use by another user': 'bruges allerede af en anden bruger',
    'not an e-mail address': 'er ikke en e-mailadresse',
    'write the name': 'skriv navnet',
    'a leader is scoped to a unit below the municipality': 'en leder hører til en enhed under kommunen',
    "an administrator's scope is the whole municipality": 'en administrator har hele kommunen',
    'you cannot take away your own administrator role': 'du kan ikke fjerne din egen administratorrolle',
    'you cannot deactivate yourself': 'du kan ikke deaktivere dig selv',
    'write the client (application) id': 'skriv klient-id’et (application id)',
    'write the client secret (it is required the first time)':
      'skriv klienthemmeligheden (den skal med første gang)',
    'write the group id': 'skriv gruppens id',
    'choose a unit from the tree': 'vælg en enhed i træet',
    'a date such as 2026-05-01': 'en dato som 2026-05-01',
    'on or after the from date': 'samme dag som fra-datoen eller senere',
  },
  weakPassword: 'for let at gætte: brug flere og mindre almindelige ord, ikke navn eller e-mail',
  atLeast: (n) => `mindst ${n} tegn, eller lad feltet stå tomt`,
  fieldProblem: (field) => `${field}: tjek feltet`,
  fieldNames: {
    name: 'Navn',
    email: 'E-mail',
    role: 'Rolle',
    scopeUnitId: 'Omfang',
    password: 'Adgangskode',
    active: 'Status',
    issuer: 'Udsteder',
    clientId: 'Klient-id',
    clientSecret: 'Klienthemmelighed',
    groupsClaim: 'Gruppe-claim',
    extraScopes: 'Ekstra scopes',
    groupKey: 'Gruppe',
    action: 'Hændelse',
    actor: 'Udført af',
    from: 'Fra',
    to: 'Til',
  },
  ssoTitle: 'Fælles login (SSO)',
  ssoLead:
    'Medarbejderne logger ind med kommunens egen konto (Entra ID, AD FS, Keycloak, KOMBIT m.fl. via OpenID Connect). Grupper fra kontoen giver rolle og omfang.',
  redirectUri: 'Redirect-URI',
  redirectUriNote: 'Registrér denne adresse hos identitetsudbyderen, præcis som den står her:',
  issuer: 'Udsteder (issuer)',
  issuerHint: 'En https://-adresse, fx https://login.microsoftonline.com/<tenant-id>/v2.0',
  clientId: 'Klient-id (application id)',
  clientSecret: 'Klienthemmelighed',
  clientSecretStored: 'Der er gemt en hemmelighed; den vises aldrig. Lad feltet stå tomt for at beholde den.',
  clientSecretFirst: 'Skal udfyldes første gang.',
  groupsClaim: 'Claim med grupper',
  extraScopes: 'Ekstra scopes',
  extraScopesHint: 'Ud over openid email profile, adskilt med mellemrum (AD FS: allatclaims).',
  passwordsAllowed: 'Medarbejdere må også logge ind med adgangskode',
  passwordsAllowedHint: 'Slået fra: kun administratorer kan bruge adgangskode, hvis udbyderen er nede.',
  settingsSaved: 'Indstillingerne er gemt.',
  notSetUp: 'Fælles login er ikke sat op endnu.',
  mappingsTitle: 'Grupper og roller',
  mappingsLead: 'En gruppe fra kontoen giver en rolle i en del af organisationen.',
  groupKey: 'Gruppens id (som udbyderen sender det)',
  noMappings: 'Ingen grupper er knyttet til en rolle endnu.',
  addMapping: 'Tilknyt gruppe',
  remove: (group) => `Fjern ${group}`,
  mappingAdded: (group) => `Gruppen ${group} er tilknyttet.`,
  mappingRemoved: (group) => `Gruppen ${group} er fjernet.`,
  auditTitle: 'Hændelseslog',
  auditLead:
    'Logins, udtræk, vedtagne redegørelser, ændringer af brugere, indlæsninger og målinger, der åbnes, lukkes og offentliggøres. Aldrig svar eller oplysninger om respondenter. Tider er dansk tid; CSV-filen har UTC.',
  action: 'Hændelse',
  anyAction: 'Alle',
  actions: {
    sign_in: 'Logget ind',
    sign_in_failed: 'Mislykket login',
    sign_in_throttled: 'Login bremset',
    sign_out: 'Logget ud',
    password_changed: 'Adgangskode ændret',
    password_reset_requested: 'Nulstilling bestilt',
    password_reset: 'Adgangskode nulstillet',
    user_created: 'Bruger oprettet',
    user_changed: 'Bruger ændret',
    sso_settings_changed: 'Fælles login ændret',
    sso_user_linked: 'Konto knyttet via fælles login',
    export_downloaded: 'Udtræk hentet',
    report_adopted: 'Redegørelse vedtaget',
    organisation_imported: 'Organisation indlæst',
    sick_leave_imported: 'Sygefravær indlæst',
    round_opened: 'Måling åbnet',
    round_closed: 'Måling lukket',
    round_released: 'Måling offentliggjort',
    instrument_published: 'Spørgeskema udgivet',
    audit_trail_exported: 'Hændelseslog hentet',
  },
  actor: 'Udført af (e-mail eller en del af den)',
  from: 'Fra',
  to: 'Til',
  filter: 'Vis',
  downloadCsv: 'Hent som CSV (alle hændelser, filteret finder)',
  when: 'Hvornår',
  who: 'Hvem',
  what: 'Hvad',
  subject: 'Genstand',
  address: 'IP-adresse',
  detail: 'Detaljer',
  installationWide: 'hele installationen',
  noEvents: 'Ingen hændelser passer til filteret.',
  pageOf: (page, last, total) => `Side ${page} af ${last} (${total} hændelser)`,
  newer: 'Nyere',
  older: 'Ældre',
};

export const adminNb: AdminWords = {
  ...adminDa,
  sections: {
    label: 'Administrasjon',
    users: 'Brukere',
    sso: 'Felles innlogging (SSO)',
    audit: 'Hendelseslogg',
    organisation: 'Organisasjonen',
  },
  roles: { admin: 'Administrator', consultant: 'Kvalitetsrådgiver', leader: 'Leder', viewer: 'Leser' },
  name: 'Navn',
  email: 'E-post',
  role: 'Rolle',
  scope: 'Omfang',
  lastSignIn: 'Sist logget inn',
  never: 'aldri',
  active: 'Aktiv',
  deactivated: 'Deaktivert',
  usersTitle: 'Brukere',
  usersLead:
    'Kommunens ansatte, rollen deres og den delen av organisasjonen de ser. En endring gjelder fra brukerens neste klikk.',
  usersCaption: 'Alle brukere i kommunen',
  newUser: 'Ny bruker',
  password: 'Passord',
  passwordHint:
    'Langt og vanskelig å gjette, gjerne flere ord. La feltet stå tomt, så lager Målbar et engangspassord.',
  create: 'Opprett bruker',
  created: (name) => `${name} er opprettet.`,
  oneTimeHeading: 'Engangspassord',
  oneTimeNote:
    'Gi passordet videre til brukeren nå: det vises bare denne ene gangen. Brukeren velger sitt eget passord ved første innlogging.',
  oneTimeFor: (email) => `Til ${email}:`,
  edit: (name) => `Endre ${name}`,
  save: 'Lagre',
  saved: 'Endringene er lagret.',
  deactivate: 'Deaktiver',
  reactivate: 'Aktiver igjen',
  deactivatedNow: 'Brukeren er deaktivert og logget ut.',
  reactivatedNow: 'Brukeren er aktiv igjen.',
  deactivateNote: 'En deaktivert bruker blir logget ut og kan ikke logge inn før du aktiverer igjen.',
  resetPassword: 'Tilbakestill passord',
  resetNote: 'Det gamle passordet slutter å virke, og brukeren logges ut.',
  resetDone: (name) => `Passordet til ${name} er tilbakestilt.`,
  backToUsers: 'Alle brukere',
  waitingTitle: 'Venter på en rolle',
  waitingLead:
    'Har logget inn med kommunens konto, men er ikke i en gruppe som gir en rolle. Gi dem en rolle og et omfang.',
  noWaiting: 'Ingen venter.',
  lastSeen: 'Sist sett',
  giveRole: 'Gi rolle',
  assigned: (name) => `${name} har fått rollen sin og kan logge inn.`,
  refused: 'Det ble ikke lagret. Rett feltene nedenfor.',
  problems: {
    'already in use by another user': 'brukes allerede av en annen bruker',
    'not an e-mail address': 'er ikke en e-postadresse',
    'write the name': 'skriv navnet',
    'a leader is scoped to a unit below the municipality': 'en leder hører til en enhet under kommunen',
    "an administrator's scope is the whole municipality": 'en administrator har hele kommunen',
    'you cannot take away your own administrator role': 'du kan ikke fjerne din egen administratorrolle',
    'you cannot deactivate yourself': 'du kan ikke deaktivere deg selv',
    'write the client (application) id': 'skriv klient-ID-en (application id)',
    'write the client secret (it is required the first time)':
      'skriv klienthemmeligheten (den må med første gang)',
    'write the group id': 'skriv gruppens ID',
    'choose a unit from the tree': 'velg en enhet i treet',
    'a date such as 2026-05-01': 'en dato som 2026-05-01',
    'on or after the from date': 'samme dag som fra-datoen eller senere',
  },
  weakPassword: 'for lett å gjette: bruk flere og mindre vanlige ord, ikke navn eller e-post',
  atLeast: (n) => `minst ${n} tegn, eller la feltet stå tomt`,
  fieldProblem: (field) => `${field}: sjekk feltet`,
  fieldNames: {
    ...adminDa.fieldNames,
    email: 'E-post',
    password: 'Passord',
    issuer: 'Utsteder',
    clientId: 'Klient-ID',
    clientSecret: 'Klienthemmelighet',
    action: 'Hendelse',
    actor: 'Utført av',
  },
  ssoTitle: 'Felles innlogging (SSO)',
  ssoLead:
    'De ansatte logger inn med kommunens egen konto (Entra ID, AD FS, Keycloak, ID-porten m.fl. via OpenID Connect). Grupper fra kontoen gir rolle og omfang.',
  redirectUri: 'Redirect-URI',
  redirectUriNote: 'Registrer denne adressen hos identitetsleverandøren, nøyaktig slik den står her:',
  issuer: 'Utsteder (issuer)',
  issuerHint: 'En https://-adresse, f.eks. https://login.microsoftonline.com/<tenant-id>/v2.0',
  clientId: 'Klient-ID (application id)',
  clientSecret: 'Klienthemmelighet',
  clientSecretStored: 'Det er lagret en hemmelighet; den vises aldri. La feltet stå tomt for å beholde den.',
  clientSecretFirst: 'Må fylles ut første gang.',
  groupsClaim: 'Claim med grupper',
  extraScopes: 'Ekstra scopes',
  extraScopesHint: 'I tillegg til openid email profile, skilt med mellomrom (AD FS: allatclaims).',
  passwordsAllowed: 'Ansatte kan også logge inn med passord',
  passwordsAllowedHint: 'Slått av: bare administratorer kan bruke passord hvis leverandøren er nede.',
  settingsSaved: 'Innstillingene er lagret.',
  notSetUp: 'Felles innlogging er ikke satt opp ennå.',
  mappingsTitle: 'Grupper og roller',
  mappingsLead: 'En gruppe fra kontoen gir en rolle i en del av organisasjonen.',
  groupKey: 'Gruppens ID (slik leverandøren sender den)',
  noMappings: 'Ingen grupper er knyttet til en rolle ennå.',
  addMapping: 'Knytt til gruppe',
  remove: (group) => `Fjern ${group}`,
  mappingAdded: (group) => `Gruppen ${group} er knyttet til.`,
  mappingRemoved: (group) => `Gruppen ${group} er fjernet.`,
  auditTitle: 'Hendelseslogg',
  auditLead:
    'Innlogginger, uttrekk, vedtatte redegjørelser, endringer av brukere, innlesinger og målinger som åpnes, lukkes og publiseres. Aldri svar eller opplysninger om respondenter. Tider er dansk tid; CSV-filen har UTC.',
  action: 'Hendelse',
  anyAction: 'Alle',
  actions: {
    sign_in: 'Logget inn',
    sign_in_failed: 'Mislykket innlogging',
    sign_in_throttled: 'Innlogging bremset',
    sign_out: 'Logget ut',
    password_changed: 'Passord endret',
    password_reset_requested: 'Tilbakestilling bestilt',
    password_reset: 'Passord tilbakestilt',
    user_created: 'Bruker opprettet',
    user_changed: 'Bruker endret',
    sso_settings_changed: 'Felles innlogging endret',
    sso_user_linked: 'Konto knyttet via felles innlogging',
    export_downloaded: 'Uttrekk hentet',
    report_adopted: 'Redegjørelse vedtatt',
    organisation_imported: 'Organisasjon lest inn',
    sick_leave_imported: 'Sykefravær lest inn',
    round_opened: 'Måling åpnet',
    round_closed: 'Måling lukket',
    round_released: 'Måling publisert',
    instrument_published: 'Spørreskjema publisert',
    audit_trail_exported: 'Hendelseslogg hentet',
  },
  actor: 'Utført av (e-post eller en del av den)',
  from: 'Fra',
  to: 'Til',
  filter: 'Vis',
  downloadCsv: 'Last ned som CSV (alle hendelser filteret finner)',
  when: 'Når',
  who: 'Hvem',
  what: 'Hva',
  subject: 'Gjelder',
  address: 'IP-adresse',
  detail: 'Detaljer',
  installationWide: 'hele installasjonen',
  noEvents: 'Ingen hendelser passer til filteret.',
  pageOf: (page, last, total) => `Side ${page} av ${last} (${total} hendelser)`,
  newer: 'Nyere',
  older: 'Eldre',
};

export const adminEn: AdminWords = {
  sections: {
    label: 'Administration',
    users: 'Users',
    sso: 'Single sign-on',
    audit: 'Audit trail',
    organisation: 'Organisation',
  },
  roles: { admin: 'Administrator', consultant: 'Quality consultant', leader: 'Leader', viewer: 'Viewer' },
  name: 'Name',
  email: 'E-mail',
  role: 'Role',
  scope: 'Scope',
  lastSignIn: 'Last sign-in',
  never: 'never',
  status: 'Status',
  active: 'Active',
  deactivated: 'Deactivated',
  usersTitle: 'Users',
  usersLead:
    "The municipality's staff, their role and the part of the organisation they see. A change applies from the user's next click.",
  usersCaption: 'Every user of the municipality',
  newUser: 'New user',
  password: 'Password',
  passwordHint:
    'Long and hard to guess, several words are good. Leave it empty and Målbar makes a one-time password.',
  create: 'Create user',
  created: (name) => `${name} has been created.`,
  oneTimeHeading: 'One-time password',
  oneTimeNote:
    'Pass this on to the user now: it is shown only this once. The user chooses their own password at first sign-in.',
  oneTimeFor: (email) => `For ${email}:`,
  edit: (name) => `Edit ${name}`,
  save: 'Save',
  saved: 'The changes are saved.',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  deactivatedNow: 'The user is deactivated and signed out.',
  reactivatedNow: 'The user is active again.',
  deactivateNote: 'A deactivated user is signed out and cannot sign in until you reactivate them.',
  resetPassword: 'Reset password',
  resetNote: 'The old password stops working and the user is signed out.',
  resetDone: (name) => `The password of ${name} has been reset.`,
  backToUsers: 'All users',
  waitingTitle: 'Waiting for a role',
  waitingLead:
    "Signed in with the municipality's account but in no group that gives a role. Give them a role and a scope.",
  noWaiting: 'Nobody is waiting.',
  lastSeen: 'Last seen',
  giveRole: 'Give role',
  assigned: (name) => `${name} has their role and can sign in.`,
  refused: 'Nothing was saved. Correct the fields below.',
  problems: {},
  weakPassword: 'too easy to guess: use more, less common words, not your name or e-mail',
  atLeast: (n) => `at least ${n} characters, or leave it empty`,
  fieldProblem: (field) => `${field}: check this field`,
  fieldNames: {
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    scopeUnitId: 'Scope',
    password: 'Password',
    active: 'Status',
    issuer: 'Issuer',
    clientId: 'Client id',
    clientSecret: 'Client secret',
    groupsClaim: 'Groups claim',
    extraScopes: 'Extra scopes',
    groupKey: 'Group',
    action: 'Action',
    actor: 'Actor',
    from: 'From',
    to: 'To',
  },
  ssoTitle: 'Single sign-on',
  ssoLead:
    "Staff sign in with the municipality's own account (Entra ID, AD FS, Keycloak and others through OpenID Connect). Groups from the account give role and scope.",
  redirectUri: 'Redirect URI',
  redirectUriNote: 'Register this address at the identity provider, exactly as it is written here:',
  issuer: 'Issuer',
  issuerHint: 'An https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0',
  clientId: 'Client (application) id',
  clientSecret: 'Client secret',
  clientSecretStored: 'A secret is stored; it is never shown. Leave this empty to keep it.',
  clientSecretFirst: 'Required the first time.',
  groupsClaim: 'Groups claim',
  extraScopes: 'Extra scopes',
  extraScopesHint: 'Besides openid email profile, separated by spaces (AD FS: allatclaims).',
  passwordsAllowed: 'Staff may also sign in with a password',
  passwordsAllowedHint: 'Off: only administrators may use a password, for when the provider is down.',
  settingsSaved: 'The settings are saved.',
  notSetUp: 'Single sign-on is not set up yet.',
  mappingsTitle: 'Groups and roles',
  mappingsLead: 'A group from the account gives a role in a part of the organisation.',
  groupKey: 'Group id (as the provider sends it)',
  noMappings: 'No group gives a role yet.',
  addMapping: 'Map group',
  remove: (group) => `Remove ${group}`,
  mappingAdded: (group) => `The group ${group} is mapped.`,
  mappingRemoved: (group) => `The group ${group} is removed.`,
  auditTitle: 'Audit trail',
  auditLead:
    "Sign-ins, exports, adopted reports, changes to users, imports, rounds opened, closed and released. Never answers or respondents' data. Times are Danish time; the CSV has UTC.",
  action: 'Action',
  anyAction: 'Any',
  actions: {
    sign_in: 'Signed in',
    sign_in_failed: 'Sign-in failed',
    sign_in_throttled: 'Sign-in throttled',
    sign_out: 'Signed out',
    password_changed: 'Password changed',
    password_reset_requested: 'Reset requested',
    password_reset: 'Password reset',
    user_created: 'User created',
    user_changed: 'User changed',
    sso_settings_changed: 'Single sign-on changed',
    sso_user_linked: 'Account linked by single sign-on',
    export_downloaded: 'Export downloaded',
    report_adopted: 'Report adopted',
    organisation_imported: 'Organisation imported',
    sick_leave_imported: 'Sick leave imported',
    round_opened: 'Round opened',
    round_closed: 'Round closed',
    round_released: 'Round released',
    instrument_published: 'Instrument published',
    audit_trail_exported: 'Audit trail downloaded',
  },
  actor: "Actor's e-mail (or part of it)",
  from: 'From',
  to: 'To',
  filter: 'Filter',
  downloadCsv: 'Download as CSV (every event the filter matches)',
  when: 'When',
  who: 'Who',
  what: 'What',
  subject: 'Subject',
  address: 'IP address',
  detail: 'Detail',
  installationWide: 'installation-wide',
  noEvents: 'No event matches the filter.',
  pageOf: (page, last, total) => `Page ${page} of ${last} (${total} events)`,
  newer: 'Newer',
  older: 'Older',
};
