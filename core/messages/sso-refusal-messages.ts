import { defineMessages } from './message-catalogue';

/** Why a sign-in through the municipality's own accounts did not let someone in (one per reason). */
export const ssoRefusalMessages = defineMessages({
  'ssoRefusal.title.waiting': {
    da: 'Venter på en rolle',
    nb: 'Venter på en rolle',
    en: 'Waiting for a role',
  },
  'ssoRefusal.title.noAccess': { da: 'Ingen adgang', nb: 'Ingen tilgang', en: 'No access' },
  'ssoRefusal.title.failed': { da: 'Login mislykkedes', nb: 'Innloggingen mislyktes', en: 'Sign-in failed' },
  'ssoRefusal.title.notCompleted': {
    da: 'Login blev ikke gennemført',
    nb: 'Innloggingen ble ikke fullført',
    en: 'Sign-in not completed',
  },
  'ssoRefusal.title.noSuch': { da: 'Intet sådant login', nb: 'Ingen slik innlogging', en: 'No such sign-in' },
  'ssoRefusal.title.unavailable': {
    da: 'Login er ikke tilgængeligt',
    nb: 'Innlogging er ikke tilgjengelig',
    en: 'Sign-in unavailable',
  },
  'ssoRefusal.waiting_for_role': {
    da: 'Målbar kender din konto, men en administrator skal give dig en rolle og et område, før du kan logge ind. Spørg din Målbar-administrator, og log så ind igen.',
    nb: 'Målbar kjenner kontoen din, men en administrator må gi deg en rolle og et område før du kan logge inn. Spør Målbar-administratoren din, og logg så inn igjen.',
    en: 'Your account is known to Målbar, but an administrator must give you a role and a scope before you can sign in. Ask your Målbar administrator, then sign in again.',
  },
  'ssoRefusal.no_mapped_group': {
    da: 'Du er ikke længere med i en gruppe, der giver adgang til Målbar. Spørg IT-afdelingen eller din Målbar-administrator, hvis du skal have adgang.',
    nb: 'Du er ikke lenger med i en gruppe som gir tilgang til Målbar. Spør IT-avdelingen eller Målbar-administratoren din hvis du skal ha tilgang.',
    en: 'You are no longer in any group that gives access to Målbar. Ask your IT department or your Målbar administrator if you should have access.',
  },
  'ssoRefusal.deactivated': {
    da: 'Din Målbar-konto er deaktiveret af en administrator.',
    nb: 'Målbar-kontoen din er deaktivert av en administrator.',
    en: 'Your Målbar account has been deactivated by an administrator.',
  },
  'ssoRefusal.no_subject': {
    da: 'Identitetsudbyderen oplyste ikke, hvem du er.',
    nb: 'Identitetsleverandøren oppga ikke hvem du er.',
    en: 'The identity provider did not say who you are.',
  },
  'ssoRefusal.no_email': {
    da: 'Identitetsudbyderen sendte ikke din e-mailadresse, som Målbar skal bruge for at oprette din konto. Bed IT-afdelingen om at medtage e-mail-claimet.',
    nb: 'Identitetsleverandøren sendte ikke e-postadressen din, som Målbar trenger for å opprette kontoen. Be IT-avdelingen ta med e-post-claimet.',
    en: 'The identity provider did not send your e-mail address, which Målbar needs to create your account. Ask your IT department to include the email claim.',
  },
  'ssoRefusal.email_in_use_elsewhere': {
    da: 'Din e-mailadresse hører til en Målbar-konto i en anden kommune, eller en konto Målbar ikke kan knytte til din. Spørg din Målbar-administrator.',
    nb: 'E-postadressen din hører til en Målbar-konto i en annen kommune, eller en konto Målbar ikke kan knytte til din. Spør Målbar-administratoren din.',
    en: 'Your e-mail address belongs to a Målbar account of another municipality, or one Målbar cannot link to yours. Ask your Målbar administrator.',
  },
  'ssoRefusal.other_municipality': {
    da: 'Din konto hører til en anden kommunes Målbar. Brug den kommunes login-knap.',
    nb: 'Kontoen din hører til en annen kommunes Målbar. Bruk den kommunens innloggingsknapp.',
    en: "Your account belongs to another municipality's Målbar. Use that municipality's sign-in button.",
  },
  'ssoRefusal.expired': {
    da: 'Login tog for lang tid eller blev startet i en anden browser eller fane. Start forfra.',
    nb: 'Innloggingen tok for lang tid eller ble startet i en annen nettleser eller fane. Start på nytt.',
    en: 'The sign-in took too long, or was started in another browser or tab. Please start again.',
  },
  'ssoRefusal.idp_refused': {
    da: 'Identitetsudbyderens svar kunne ikke godtages. Start forfra; sker det igen, så sig det til din Målbar-administrator.',
    nb: 'Svaret fra identitetsleverandøren kunne ikke godtas. Start på nytt; skjer det igjen, si fra til Målbar-administratoren din.',
    en: "The identity provider's answer could not be accepted. Please start again; if it happens again, tell your Målbar administrator.",
  },
  'ssoRefusal.not_configured': {
    da: 'Denne kommune har ikke sat login med egne konti op.',
    nb: 'Denne kommunen har ikke satt opp innlogging med egne kontoer.',
    en: 'This municipality has not set up sign-in with its own accounts.',
  },
  'ssoRefusal.settings_unreadable': {
    da: 'En administrator skal gemme login-indstillingerne igen (serverens hemmelighed er ændret).',
    nb: 'En administrator må lagre innloggingsinnstillingene på nytt (serverens hemmelighet er endret).',
    en: 'The sign-in settings must be saved again by an administrator (the server secret has changed).',
  },
  'ssoRefusal.idp_unreachable': {
    da: 'Identitetsudbyderen kan ikke nås lige nu. Prøv igen om lidt.',
    nb: 'Identitetsleverandøren kan ikke nås akkurat nå. Prøv igjen om litt.',
    en: 'The identity provider cannot be reached right now. Please try again in a moment.',
  },
});
