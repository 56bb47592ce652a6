import { defineMessages } from './message-catalogue';

/** The audit trail view's words (web/app/admin/audit-*), with one name per audit action. */
export const adminAuditMessages = defineMessages({
  'admin.auditTitle': { da: 'Hændelseslog', nb: 'Hendelseslogg', en: 'Audit trail' },
  'admin.auditLead': {
    da: 'Logins, udtræk, vedtagne redegørelser, ændringer af brugere, indlæsninger og målinger, der åbnes, lukkes og offentliggøres. Aldrig svar eller oplysninger om respondenter. Tider er dansk tid; CSV-filen har UTC.',
    nb: 'Innlogginger, uttrekk, vedtatte redegjørelser, endringer av brukere, innlesinger og målinger som åpnes, lukkes og publiseres. Aldri svar eller opplysninger om respondenter. Tider er dansk tid; CSV-filen har UTC.',
    en: "Sign-ins, exports, adopted reports, changes to users, imports, rounds opened, closed and released. Never answers or respondents' data. Times are Danish time; the CSV has UTC.",
  },
  'admin.action': { da: 'Hændelse', nb: 'Hendelse', en: 'Action' },
  'admin.anyAction': { da: 'Alle', nb: 'Alle', en: 'Any' },
  'admin.auditAction.sign_in': { da: 'Logget ind', nb: 'Logget inn', en: 'Signed in' },
  'admin.auditAction.sign_in_failed': {
    da: 'Mislykket login',
    nb: 'Mislykket innlogging',
    en: 'Sign-in failed',
  },
  'admin.auditAction.sign_in_throttled': {
    da: 'Login bremset',
    nb: 'Innlogging bremset',
    en: 'Sign-in throttled',
  },
  'admin.auditAction.sign_out': { da: 'Logget ud', nb: 'Logget ut', en: 'Signed out' },
  'admin.auditAction.password_changed': {
    da: 'Adgangskode ændret',
    nb: 'Passord endret',
    en: 'Password changed',
  },
  'admin.auditAction.password_reset_requested': {
    da: 'Nulstilling bestilt',
    nb: 'Tilbakestilling bestilt',
    en: 'Reset requested',
  },
  'admin.auditAction.password_reset': {
    da: 'Adgangskode nulstillet',
    nb: 'Passord tilbakestilt',
    en: 'Password reset',
  },
  'admin.auditAction.user_created': { da: 'Bruger oprettet', nb: 'Bruker opprettet', en: 'User created' },
  'admin.auditAction.user_changed': { da: 'Bruger ændret', nb: 'Bruker endret', en: 'User changed' },
  'admin.auditAction.retention_changed': {
    da: 'Opbevaring af svar ændret',
    nb: 'Lagring av svar endret',
    en: 'Answer retention changed',
  },
  'admin.auditAction.answers_deleted': {
    da: 'Svar slettet (opbevaringstid udløbet)',
    nb: 'Svar slettet (lagringstid utløpt)',
    en: 'Answers deleted (retention period over)',
  },
  'admin.auditAction.api_token_issued': {
    da: 'API-nøgle udstedt',
    nb: 'API-nøkkel utstedt',
    en: 'API token issued',
  },
  'admin.auditAction.api_token_revoked': {
    da: 'API-nøgle tilbagekaldt',
    nb: 'API-nøkkel tilbakekalt',
    en: 'API token revoked',
  },
  'admin.auditAction.sso_settings_changed': {
    da: 'Fælles login ændret',
    nb: 'Felles innlogging endret',
    en: 'Single sign-on changed',
  },
  'admin.auditAction.sso_user_linked': {
    da: 'Konto knyttet via fælles login',
    nb: 'Konto knyttet via felles innlogging',
    en: 'Account linked by single sign-on',
  },
  'admin.auditAction.export_downloaded': {
    da: 'Udtræk hentet',
    nb: 'Uttrekk hentet',
    en: 'Export downloaded',
  },
  'admin.auditAction.report_adopted': {
    da: 'Redegørelse vedtaget',
    nb: 'Redegjørelse vedtatt',
    en: 'Report adopted',
  },
  'admin.auditAction.organisation_imported': {
    da: 'Organisation indlæst',
    nb: 'Organisasjon lest inn',
    en: 'Organisation imported',
  },
  'admin.auditAction.sick_leave_imported': {
    da: 'Sygefravær indlæst',
    nb: 'Sykefravær lest inn',
    en: 'Sick leave imported',
  },
  'admin.auditAction.measured_imported': {
    da: 'Nøgletal indlæst',
    nb: 'Nøkkeltall lest inn',
    en: 'Measured figures imported',
  },
  'admin.auditAction.measured_changed': {
    da: 'Nøgletal ændret',
    nb: 'Nøkkeltall endret',
    en: 'Measured indicator changed',
  },
  'admin.auditAction.round_opened': { da: 'Måling åbnet', nb: 'Måling åpnet', en: 'Round opened' },
  'admin.auditAction.round_closed': { da: 'Måling lukket', nb: 'Måling lukket', en: 'Round closed' },
  'admin.auditAction.round_released': {
    da: 'Måling offentliggjort',
    nb: 'Måling publisert',
    en: 'Round released',
  },
  'admin.auditAction.instrument_published': {
    da: 'Spørgeskema udgivet',
    nb: 'Spørreskjema publisert',
    en: 'Instrument published',
  },
  'admin.auditAction.audit_trail_exported': {
    da: 'Hændelseslog hentet',
    nb: 'Hendelseslogg hentet',
    en: 'Audit trail downloaded',
  },
  'admin.actor': {
    da: 'Udført af (e-mail eller en del af den)',
    nb: 'Utført av (e-post eller en del av den)',
    en: "Actor's e-mail (or part of it)",
  },
  'admin.from': { da: 'Fra', nb: 'Fra', en: 'From' },
  'admin.to': { da: 'Til', nb: 'Til', en: 'To' },
  'admin.filter': { da: 'Vis', nb: 'Vis', en: 'Filter' },
  'admin.downloadCsv': {
    da: 'Hent som CSV (alle hændelser, filteret finder)',
    nb: 'Last ned som CSV (alle hendelser filteret finner)',
    en: 'Download as CSV (every event the filter matches)',
  },
  'admin.when': { da: 'Hvornår', nb: 'Når', en: 'When' },
  'admin.who': { da: 'Hvem', nb: 'Hvem', en: 'Who' },
  'admin.what': { da: 'Hvad', nb: 'Hva', en: 'What' },
  'admin.subject': { da: 'Genstand', nb: 'Gjelder', en: 'Subject' },
  'admin.address': { da: 'IP-adresse', nb: 'IP-adresse', en: 'IP address' },
  'admin.detail': { da: 'Detaljer', nb: 'Detaljer', en: 'Detail' },
  'admin.installationWide': { da: 'hele installationen', nb: 'hele installasjonen', en: 'installation-wide' },
  'admin.noEvents': {
    da: 'Ingen hændelser passer til filteret.',
    nb: 'Ingen hendelser passer til filteret.',
    en: 'No event matches the filter.',
  },
  'admin.pageOf': {
    da: 'Side {page} af {last} ({total} hændelser)',
    nb: 'Side {page} av {last} ({total} hendelser)',
    en: 'Page {page} of {last} ({total} events)',
  },
  'admin.newer': { da: 'Nyere', nb: 'Nyere', en: 'Newer' },
  'admin.older': { da: 'Ældre', nb: 'Eldre', en: 'Older' },
});
