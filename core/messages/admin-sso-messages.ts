import { defineMessages } from './message-catalogue';

/** The single sign-on view's words (web/app/admin/sso-*, group-mappings). */
export const adminSsoMessages = defineMessages({
  'admin.ssoTitle': { da: 'Fælles login (SSO)', nb: 'Felles innlogging (SSO)', en: 'Single sign-on' },
  'admin.ssoLead': {
    da: 'Medarbejderne logger ind med kommunens egen konto (Entra ID, AD FS, Keycloak, KOMBIT m.fl. via OpenID Connect). Grupper fra kontoen giver rolle og omfang.',
    nb: 'De ansatte logger inn med kommunens egen konto (Entra ID, AD FS, Keycloak, ID-porten m.fl. via OpenID Connect). Grupper fra kontoen gir rolle og omfang.',
    en: "Staff sign in with the municipality's own account (Entra ID, AD FS, Keycloak and others through OpenID Connect). Groups from the account give role and scope.",
  },
  'admin.redirectUri': { da: 'Redirect-URI', nb: 'Redirect-URI', en: 'Redirect URI' },
  'admin.redirectUriNote': {
    da: 'Registrér denne adresse hos identitetsudbyderen, præcis som den står her:',
    nb: 'Registrer denne adressen hos identitetsleverandøren, nøyaktig slik den står her:',
    en: 'Register this address at the identity provider, exactly as it is written here:',
  },
  'admin.issuer': { da: 'Udsteder (issuer)', nb: 'Utsteder (issuer)', en: 'Issuer' },
  'admin.issuerHint': {
    da: "En https://-adresse, fx https://login.microsoftonline.com/'<'tenant-id>/v2.0",
    nb: "En https://-adresse, f.eks. https://login.microsoftonline.com/'<'tenant-id>/v2.0",
    en: "An https:// address, e.g. https://login.microsoftonline.com/'<'tenant id>/v2.0",
  },
  'admin.clientId': {
    da: 'Klient-id (application id)',
    nb: 'Klient-ID (application id)',
    en: 'Client (application) id',
  },
  'admin.clientSecret': { da: 'Klienthemmelighed', nb: 'Klienthemmelighet', en: 'Client secret' },
  'admin.clientSecretStored': {
    da: 'Der er gemt en hemmelighed; den vises aldrig. Lad feltet stå tomt for at beholde den.',
    nb: 'Det er lagret en hemmelighet; den vises aldri. La feltet stå tomt for å beholde den.',
    en: 'A secret is stored; it is never shown. Leave this empty to keep it.',
  },
  'admin.clientSecretFirst': {
    da: 'Skal udfyldes første gang.',
    nb: 'Må fylles ut første gang.',
    en: 'Required the first time.',
  },
  'admin.groupsClaim': { da: 'Claim med grupper', nb: 'Claim med grupper', en: 'Groups claim' },
  'admin.extraScopes': { da: 'Ekstra scopes', nb: 'Ekstra scopes', en: 'Extra scopes' },
  'admin.extraScopesHint': {
    da: 'Ud over openid email profile, adskilt med mellemrum (AD FS: allatclaims).',
    nb: 'I tillegg til openid email profile, skilt med mellomrom (AD FS: allatclaims).',
    en: 'Besides openid email profile, separated by spaces (AD FS: allatclaims).',
  },
  'admin.passwordsAllowed': {
    da: 'Medarbejdere må også logge ind med adgangskode',
    nb: 'Ansatte kan også logge inn med passord',
    en: 'Staff may also sign in with a password',
  },
  'admin.passwordsAllowedHint': {
    da: 'Slået fra: kun administratorer kan bruge adgangskode, hvis udbyderen er nede.',
    nb: 'Slått av: bare administratorer kan bruke passord hvis leverandøren er nede.',
    en: 'Off: only administrators may use a password, for when the provider is down.',
  },
  'admin.settingsSaved': {
    da: 'Indstillingerne er gemt.',
    nb: 'Innstillingene er lagret.',
    en: 'The settings are saved.',
  },
  'admin.notSetUp': {
    da: 'Fælles login er ikke sat op endnu.',
    nb: 'Felles innlogging er ikke satt opp ennå.',
    en: 'Single sign-on is not set up yet.',
  },
  'admin.mappingsTitle': { da: 'Grupper og roller', nb: 'Grupper og roller', en: 'Groups and roles' },
  'admin.mappingsLead': {
    da: 'En gruppe fra kontoen giver en rolle i en del af organisationen.',
    nb: 'En gruppe fra kontoen gir en rolle i en del av organisasjonen.',
    en: 'A group from the account gives a role in a part of the organisation.',
  },
  'admin.groupKey': {
    da: 'Gruppens id (som udbyderen sender det)',
    nb: 'Gruppens ID (slik leverandøren sender den)',
    en: 'Group id (as the provider sends it)',
  },
  'admin.noMappings': {
    da: 'Ingen grupper er knyttet til en rolle endnu.',
    nb: 'Ingen grupper er knyttet til en rolle ennå.',
    en: 'No group gives a role yet.',
  },
  'admin.addMapping': { da: 'Tilknyt gruppe', nb: 'Knytt til gruppe', en: 'Map group' },
  'admin.remove': { da: 'Fjern {group}', nb: 'Fjern {group}', en: 'Remove {group}' },
  'admin.mappingAdded': {
    da: 'Gruppen {group} er tilknyttet.',
    nb: 'Gruppen {group} er knyttet til.',
    en: 'The group {group} is mapped.',
  },
  'admin.mappingRemoved': {
    da: 'Gruppen {group} er fjernet.',
    nb: 'Gruppen {group} er fjernet.',
    en: 'The group {group} is removed.',
  },
});
