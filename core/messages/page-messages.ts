import { defineMessages } from './message-catalogue';

/**
 * The few staff pages outside the app: a refused plain form, the queue board without Redis, and
 * the screen part of the printable QR sheet (its cards speak the municipality's language).
 */
export const pageMessages = defineMessages({
  'formError.title': { da: 'Ikke gemt', nb: 'Ikke lagret', en: 'Not saved' },
  'formError.back': {
    da: '← Tilbage til formularen (det, du skrev, er der stadig)',
    nb: '← Tilbake til skjemaet (det du skrev, er der fortsatt)',
    en: '← Back to the form (what you typed is still there)',
  },
  'queues.title': { da: 'Køer', nb: 'Køer', en: 'Queues' },
  'queues.inProcess': {
    da: 'Jobbene kører i denne proces: Målbar er startet uden Redis, så der er ingen kø at vise. Start med REDIS_URL for at køre jobbene gennem BullMQ og se dem her.',
    nb: 'Jobbene kjører i denne prosessen: Målbar er startet uten Redis, så det er ingen kø å vise. Start med REDIS_URL for å kjøre jobbene gjennom BullMQ og se dem her.',
    en: 'Jobs run in this process: Målbar was started without Redis, so there is no queue to show. Start it with REDIS_URL to run jobs through BullMQ and see them here.',
  },
  'queues.back': { da: '← Tilbage til Målbar', nb: '← Tilbake til Målbar', en: '← Back to Målbar' },
  'linkSheet.title': { da: 'QR-koder: {round}', nb: 'QR-koder: {round}', en: 'QR codes: {round}' },
  'linkSheet.back': { da: '← Målingen', nb: '← Målingen', en: '← The round' },
  'linkSheet.intro': {
    da: '{count, plural, one {# link} other {# links}}{unit, select, none {} other { for {unit}}}, et kort for hver enhed. Brug browserens udskrift (Ctrl+P, eller ⌘P på en Mac) på A4-papir: {perPage} kort pr. side; klip langs de stiplede linjer.',
    nb: '{count, plural, one {# lenke} other {# lenker}}{unit, select, none {} other { for {unit}}}, et kort for hver enhet. Bruk nettleserens utskrift (Ctrl+P, eller ⌘P på en Mac) på A4-papir: {perPage} kort per side; klipp langs de stiplede linjene.',
    en: '{count, plural, one {# link} other {# links}}{unit, select, none {} other { for {unit}}}, a card for each unit. Use your browser’s print (Ctrl+P, or ⌘P on a Mac) on A4 paper: {perPage} cards a page; cut along the dashed lines.',
  },
  'linkSheet.none': {
    da: 'Målingen har ingen links{unit, select, none {} other { for {unit}}}.',
    nb: 'Målingen har ingen lenker{unit, select, none {} other { for {unit}}}.',
    en: 'This round has no links{unit, select, none {} other { for {unit}}}.',
  },
  'linkSheet.personalOnly': {
    da: 'Personlige links og e-mailinvitationer laves på målingens side.',
    nb: 'Personlige lenker og e-postinvitasjoner lages på målingens side.',
    en: 'Personal links and e-mail invitations are made on the round’s page.',
  },
  'linkSheet.all': { da: 'Alle målingens links', nb: 'Alle målingens lenker', en: 'All links of the round' },
  'linkSheet.printOne': { da: 'Udskriv kun:', nb: 'Skriv ut bare:', en: 'Print only:' },
  'linkSheet.printOneLabel': { da: 'Udskriv én enhed', nb: 'Skriv ut én enhet', en: 'Print one unit' },
  'linkSheet.sheet': {
    da: 'Ark {page} af {pages}',
    nb: 'Ark {page} av {pages}',
    en: 'Sheet {page} of {pages}',
  },
});
