import { defineMessages } from './message-catalogue';

/**
 * The e-mails Målbar sends: a survey invitation or reminder with a personal link
 * (worker/mail/compose-invitation.ts) and a staff password reset (worker/mail/compose-password-reset.ts).
 */
export const mailMessages = defineMessages({
  'mail.invitation.subject': {
    da: '{kind, select, reminder {Påmindelse} other {Invitation}}: {title}',
    nb: '{kind, select, reminder {Påminnelse} other {Invitasjon}}: {title}',
    en: '{kind, select, reminder {Reminder} other {Invitation}}: {title}',
  },
  'mail.invitation.greeting': { da: 'Hej', nb: 'Hei', en: 'Hello' },
  'mail.invitation.invited': {
    da: 'Du er inviteret til at svare på spørgeskemaet »{title}«.',
    nb: 'Du er invitert til å svare på spørreskjemaet «{title}».',
    en: 'You are invited to answer the survey “{title}”.',
  },
  'mail.invitation.reminded': {
    da: 'Vi mangler stadig dit svar på spørgeskemaet »{title}«.',
    nb: 'Vi mangler fortsatt svaret ditt på spørreskjemaet «{title}».',
    en: 'We have not yet received your answer to the survey “{title}”.',
  },
  'mail.invitation.alreadyAnswered': {
    da: 'Har du allerede svaret, kan du se bort fra denne mail.',
    nb: 'Har du allerede svart, kan du se bort fra denne e-posten.',
    en: 'If you have already answered, please ignore this e-mail.',
  },
  'mail.invitation.linkLead': {
    da: 'Svar via dit personlige link:',
    nb: 'Svar via den personlige lenken din:',
    en: 'Answer through your personal link:',
  },
  'mail.invitation.typeCode': {
    da: 'Du kan også gå til {url} og skrive koden',
    nb: 'Du kan også gå til {url} og skrive inn koden',
    en: 'You can also go to {url} and type the code',
  },
  'mail.invitation.until': {
    da: 'Du kan svare til og med {date}.',
    nb: 'Du kan svare til og med {date}.',
    en: 'You can answer up to and including {date}.',
  },
  'mail.invitation.personal': {
    da: 'Linket er kun til dig og gælder ét svar, så send det ikke videre.',
    nb: 'Lenken er bare til deg og gjelder ett svar, så ikke send den videre.',
    en: 'The link is for you only and works for one answer, so please do not forward it.',
  },
  'mail.invitation.anonymousAt': {
    da: 'Dine svar er anonyme: hverken {institution} eller kommunen kan se, hvem der har svaret hvad.',
    nb: 'Svarene dine er anonyme: verken {institution} eller kommunen kan se hvem som har svart hva.',
    en: 'Your answers are anonymous: neither {institution} nor the municipality can see who answered what.',
  },
  'mail.invitation.anonymous': {
    da: 'Dine svar er anonyme: kommunen kan ikke se, hvem der har svaret hvad.',
    nb: 'Svarene dine er anonyme: kommunen kan ikke se hvem som har svart hva.',
    en: 'Your answers are anonymous: the municipality cannot see who answered what.',
  },
  'mail.signOff': { da: 'Venlig hilsen', nb: 'Vennlig hilsen', en: 'Kind regards' },
  'mail.passwordReset.subject': {
    da: 'Vælg en ny adgangskode til Målbar',
    nb: 'Velg et nytt passord til Målbar',
    en: 'Choose a new Målbar password',
  },
  'mail.passwordReset.greeting': { da: 'Hej {name}', nb: 'Hei {name}', en: 'Hello {name}' },
  'mail.passwordReset.asked': {
    da: 'Nogen (forhåbentlig dig) har bedt om at vælge en ny adgangskode til Målbar. Følg dette link for at gøre det:',
    nb: 'Noen (forhåpentligvis du) har bedt om å velge et nytt passord til Målbar. Følg denne lenken for å gjøre det:',
    en: 'Someone (we hope you) asked to choose a new password for Målbar. Follow this link to do it:',
  },
  'mail.passwordReset.validity': {
    da: 'Linket virker én gang, i {minutes} minutter. En ny adgangskode logger dig ud alle steder.',
    nb: 'Lenken virker én gang, i {minutes} minutter. Et nytt passord logger deg ut overalt.',
    en: 'The link works once, for {minutes} minutes. Choosing a new password signs you out everywhere.',
  },
  'mail.passwordReset.notYou': {
    da: 'Har du ikke bedt om det, så se bort fra denne mail: din adgangskode forbliver som den er.',
    nb: 'Har du ikke bedt om dette, kan du se bort fra denne e-posten: passordet ditt forblir som det er.',
    en: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
  },
});
