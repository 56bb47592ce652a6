import { defineMessages } from './message-catalogue';

/** The API tokens view's words (web/app/admin/api-tokens-view.tsx). */
export const adminApiTokenMessages = defineMessages({
  'admin.section.apiTokens': { da: 'API-nøgler', nb: 'API-nøkler', en: 'API tokens' },
  'admin.apiTokensLead': {
    da: "En API-nøgle lader kommunens BI-værktøjer (Power BI, Excel) hente indikator- og måltabeller med den rolle og det omfang, I vælger: de samme tal som på skærmen, med de samme skjulte celler. Nøglen kan kun læse. Send den som Authorization: Bearer '<'nøgle>.",
    nb: "En API-nøkkel lar kommunens BI-verktøy (Power BI, Excel) hente indikator- og måltabeller med rollen og omfanget dere velger: de samme tallene som på skjermen, med de samme skjulte cellene. Nøkkelen kan bare lese. Send den som Authorization: Bearer '<'nøkkel>.",
    en: "An API token lets the municipality’s BI tools (Power BI, Excel) pull indicator and goal tables with the role and scope you choose: the same figures as on screen, with the same hidden cells. A token only reads. Send it as Authorization: Bearer '<'token>.",
  },
  'admin.apiTokenName': {
    da: 'Navn (hvad den bruges til)',
    nb: 'Navn (hva den brukes til)',
    en: 'Name (what it is for)',
  },
  'admin.apiTokenIssue': { da: 'Udsted nøgle', nb: 'Utsted nøkkel', en: 'Issue token' },
  'admin.apiTokenIssued': {
    da: 'Nøglen "{name}". Kopiér den nu: den vises kun denne ene gang (Målbar gemmer ingen kopi).',
    nb: 'Nøkkelen "{name}". Kopier den nå: den vises bare denne ene gangen (Målbar lagrer ingen kopi).',
    en: 'The token "{name}". Copy it now: it is shown only this once (Målbar keeps no copy).',
  },
  'admin.apiTokens': { da: 'Nøgler', nb: 'Nøkler', en: 'Tokens' },
  'admin.apiTokenColumnName': { da: 'Navn', nb: 'Navn', en: 'Name' },
  'admin.apiTokenColumnRole': { da: 'Rolle og omfang', nb: 'Rolle og omfang', en: 'Role and scope' },
  'admin.apiTokenColumnIssued': { da: 'Udstedt af', nb: 'Utstedt av', en: 'Issued by' },
  'admin.apiTokenColumnUsed': { da: 'Sidst brugt', nb: 'Sist brukt', en: 'Last used' },
  'admin.apiTokenNeverUsed': { da: 'aldrig', nb: 'aldri', en: 'never' },
  'admin.apiTokenRevoke': { da: 'Tilbagekald', nb: 'Tilbakekall', en: 'Revoke' },
  'admin.apiTokenRevoked': { da: 'tilbagekaldt {date}', nb: 'tilbakekalt {date}', en: 'revoked {date}' },
  'admin.apiTokenNone': { da: 'Ingen nøgler endnu.', nb: 'Ingen nøkler ennå.', en: 'No tokens yet.' },
});
