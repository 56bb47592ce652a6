import { defineMessages } from './message-catalogue';

/**
 * A refused administration form in the reader's words: the server names fields and issues in English
 * (web/app/admin/field-issues.tsx maps its sentences to these keys).
 */
export const adminRefusalMessages = defineMessages({
  'admin.refused': {
    da: 'Det blev ikke gemt. Ret felterne herunder.',
    nb: 'Det ble ikke lagret. Rett feltene nedenfor.',
    en: 'Nothing was saved. Correct the fields below.',
  },
  'admin.problem.alreadyInUse': {
    da: 'bruges allerede af en anden bruger',
    nb: 'brukes allerede av en annen bruker',
    en: 'already in use by another user',
  },
  'admin.problem.notEmail': {
    da: 'er ikke en e-mailadresse',
    nb: 'er ikke en e-postadresse',
    en: 'not an e-mail address',
  },
  'admin.problem.writeName': { da: 'skriv navnet', nb: 'skriv navnet', en: 'write the name' },
  'admin.problem.leaderScope': {
    da: 'en leder hører til en enhed under kommunen',
    nb: 'en leder hører til en enhet under kommunen',
    en: 'a leader is scoped to a unit below the municipality',
  },
  'admin.problem.adminScope': {
    da: 'en administrator har hele kommunen',
    nb: 'en administrator har hele kommunen',
    en: "an administrator's scope is the whole municipality",
  },
  'admin.problem.ownAdminRole': {
    da: 'du kan ikke fjerne din egen administratorrolle',
    nb: 'du kan ikke fjerne din egen administratorrolle',
    en: 'you cannot take away your own administrator role',
  },
  'admin.problem.deactivateSelf': {
    da: 'du kan ikke deaktivere dig selv',
    nb: 'du kan ikke deaktivere deg selv',
    en: 'you cannot deactivate yourself',
  },
  'admin.problem.writeClientId': {
    da: 'skriv klient-id’et (application id)',
    nb: 'skriv klient-ID-en (application id)',
    en: 'write the client (application) id',
  },
  'admin.problem.writeClientSecret': {
    da: 'skriv klienthemmeligheden (den skal med første gang)',
    nb: 'skriv klienthemmeligheten (den må med første gang)',
    en: 'write the client secret (it is required the first time)',
  },
  'admin.problem.writeGroupId': {
    da: 'skriv gruppens id',
    nb: 'skriv gruppens ID',
    en: 'write the group id',
  },
  'admin.problem.chooseUnit': {
    da: 'vælg en enhed i træet',
    nb: 'velg en enhet i treet',
    en: 'choose a unit from the tree',
  },
  'admin.problem.dateFormat': {
    da: 'en dato som 2026-05-01',
    nb: 'en dato som 2026-05-01',
    en: 'a date such as 2026-05-01',
  },
  'admin.problem.notBeforeFrom': {
    da: 'samme dag som fra-datoen eller senere',
    nb: 'samme dag som fra-datoen eller senere',
    en: 'on or after the from date',
  },
  'admin.problem.confirmDeletion': {
    da: 'sæt flueben for at bekræfte sletningen, eller vælg længere perioder',
    nb: 'kryss av for å bekrefte slettingen, eller velg lengre perioder',
    en: 'tick the box to confirm the deletion, or choose longer periods',
  },
  'admin.weakPassword': {
    da: 'for let at gætte: brug flere og mindre almindelige ord, ikke navn eller e-mail',
    nb: 'for lett å gjette: bruk flere og mindre vanlige ord, ikke navn eller e-post',
    en: 'too easy to guess: use more, less common words, not your name or e-mail',
  },
  'admin.atLeast': {
    da: 'mindst {characters} tegn, eller lad feltet stå tomt',
    nb: 'minst {characters} tegn, eller la feltet stå tomt',
    en: 'at least {characters} characters, or leave it empty',
  },
  'admin.fieldProblem': {
    da: '{field}: tjek feltet',
    nb: '{field}: sjekk feltet',
    en: '{field}: check this field',
  },
  'admin.field.name': { da: 'Navn', nb: 'Navn', en: 'Name' },
  'admin.field.email': { da: 'E-mail', nb: 'E-post', en: 'E-mail' },
  'admin.field.role': { da: 'Rolle', nb: 'Rolle', en: 'Role' },
  'admin.field.scopeUnitId': { da: 'Omfang', nb: 'Omfang', en: 'Scope' },
  'admin.field.password': { da: 'Adgangskode', nb: 'Passord', en: 'Password' },
  'admin.field.active': { da: 'Status', nb: 'Status', en: 'Status' },
  'admin.field.issuer': { da: 'Udsteder', nb: 'Utsteder', en: 'Issuer' },
  'admin.field.clientId': { da: 'Klient-id', nb: 'Klient-ID', en: 'Client id' },
  'admin.field.clientSecret': { da: 'Klienthemmelighed', nb: 'Klienthemmelighet', en: 'Client secret' },
  'admin.field.groupsClaim': { da: 'Gruppe-claim', nb: 'Gruppe-claim', en: 'Groups claim' },
  'admin.field.extraScopes': { da: 'Ekstra scopes', nb: 'Ekstra scopes', en: 'Extra scopes' },
  'admin.field.groupKey': { da: 'Gruppe', nb: 'Gruppe', en: 'Group' },
  'admin.field.action': { da: 'Hændelse', nb: 'Hendelse', en: 'Action' },
  'admin.field.actor': { da: 'Udført af', nb: 'Utført av', en: 'Actor' },
  'admin.field.from': { da: 'Fra', nb: 'Fra', en: 'From' },
  'admin.field.to': { da: 'Til', nb: 'Til', en: 'To' },
});
