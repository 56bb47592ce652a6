import { defineMessages } from './message-catalogue';

/** The pages before the app: log in, forgot and reset password, first password, SSO refusals. */
export const signInMessages = defineMessages({
  'signIn.languages': { da: 'Sprog', nb: 'Språk', en: 'Language' },
  'signIn.title': { da: 'Log ind', nb: 'Logg inn', en: 'Log in' },
  'signIn.lead': {
    da: 'For kvalitetsmedarbejdere, ledere og medarbejderrepræsentanter.',
    nb: 'For kvalitetsmedarbeidere, ledere og tillitsvalgte.',
    en: 'For quality staff, unit leaders and staff representatives.',
  },
  'signIn.email': { da: 'E-mail', nb: 'E-post', en: 'E-mail' },
  'signIn.password': { da: 'Adgangskode', nb: 'Passord', en: 'Password' },
  'signIn.submit': { da: 'Log ind', nb: 'Logg inn', en: 'Log in' },
  'signIn.forgot': { da: 'Glemt din adgangskode?', nb: 'Glemt passordet?', en: 'Forgot your password?' },
  'signIn.wrong': {
    da: 'E-mail eller adgangskode er forkert.',
    nb: 'E-post eller passord er feil.',
    en: 'E-mail or password is wrong.',
  },
  'signIn.passwordsOff': {
    da: 'Din kommune logger ind med sine egne konti: brug kommunens knap ovenfor.',
    nb: 'Kommunen din logger inn med egne kontoer: bruk kommunens knapp ovenfor.',
    en: 'Your municipality signs in with its own accounts: use its button above.',
  },
  'signIn.tooMany': {
    da: 'For mange forsøg. Prøv igen om {minutes, plural, one {# minut} other {# minutter}}.',
    nb: 'For mange forsøk. Prøv igjen om {minutes, plural, one {# minutt} other {# minutter}}.',
    en: 'Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'signIn.passwordChanged': {
    da: 'Din adgangskode er ændret. Log ind med den nye.',
    nb: 'Passordet ditt er endret. Logg inn med det nye.',
    en: 'Your password is changed. Log in with it.',
  },
  'signIn.ssoButton': {
    da: 'Log ind med {municipality}s konto',
    nb: 'Logg inn med kontoen fra {municipality}',
    en: "Sign in with {municipality}'s account",
  },
  'signIn.ssoOr': {
    da: 'eller med din e-mail og Målbar-adgangskode:',
    nb: 'eller med e-post og Målbar-passord:',
    en: 'or with your e-mail and Målbar password:',
  },
  'signIn.backToSignIn': {
    da: '← Tilbage til log ind',
    nb: '← Tilbake til innlogging',
    en: '← Back to sign-in',
  },

  'forgot.title': { da: 'Glemt adgangskode', nb: 'Glemt passord', en: 'Forgot password' },
  'forgot.heading': { da: 'Glemt din adgangskode?', nb: 'Glemt passordet?', en: 'Forgot your password?' },
  'forgot.lead': {
    da: 'Skriv den e-mail, du logger ind med. Vi sender et link, hvor du vælger en ny adgangskode.',
    nb: 'Skriv e-postadressen du logger inn med. Vi sender en lenke der du velger et nytt passord.',
    en: 'Write the e-mail you log in with. We send a link to choose a new password.',
  },
  'forgot.submit': { da: 'Send linket', nb: 'Send lenken', en: 'Send the link' },
  'forgot.sent': {
    da: 'Hvis der findes en konto med den adresse, er en e-mail med et link på vej. Linket virker én gang, i en time.',
    nb: 'Hvis det finnes en konto med den adressen, er en e-post med en lenke på vei. Lenken virker én gang, i én time.',
    en: 'If an account exists for that address, an e-mail with a link is on its way. The link works once, for an hour.',
  },

  'reset.title': { da: 'Vælg en ny adgangskode', nb: 'Velg et nytt passord', en: 'Choose a new password' },
  'reset.lead': {
    da: 'For {email}. Når du gemmer, bliver du logget ud alle steder.',
    nb: 'For {email}. Når du lagrer, blir du logget ut overalt.',
    en: 'For {email}. Saving it signs you out everywhere.',
  },
  'reset.refusedTitle': {
    da: 'Linket kan ikke bruges',
    nb: 'Lenken kan ikke brukes',
    en: 'This link cannot be used',
  },
  'reset.invalid': {
    da: 'Linket er ikke gyldigt: det kan være blevet afkortet eller ændret undervejs.',
    nb: 'Lenken er ikke gyldig: den kan ha blitt forkortet eller endret underveis.',
    en: 'This link is not valid: it may have been cut short or changed on the way.',
  },
  'reset.used': {
    da: 'Linket er allerede brugt. Hvert link virker én gang.',
    nb: 'Lenken er allerede brukt. Hver lenke virker én gang.',
    en: 'This link has already been used. Each link works once.',
  },
  'reset.expired': {
    da: 'Linket er udløbet. Et link virker i en time.',
    nb: 'Lenken er utløpt. En lenke virker i én time.',
    en: 'This link has expired. Links work for an hour.',
  },
  'reset.askAgain': { da: 'Bed om et nyt link', nb: 'Be om en ny lenke', en: 'Ask for a new link' },

  'password.title': { da: 'Din adgangskode', nb: 'Passordet ditt', en: 'Your password' },
  'password.firstHeading': {
    da: 'Vælg din egen adgangskode',
    nb: 'Velg ditt eget passord',
    en: 'Choose your own password',
  },
  'password.firstLead': {
    da: 'Du er logget ind med en engangsadgangskode. Vælg en adgangskode, som kun du kender, for at fortsætte.',
    nb: 'Du er logget inn med et engangspassord. Velg et passord som bare du kjenner, for å fortsette.',
    en: 'You signed in with a one-time password. Choose a password of your own to continue.',
  },
  'password.oneTime': { da: 'Engangsadgangskode', nb: 'Engangspassord', en: 'One-time password' },
  'password.current': { da: 'Nuværende adgangskode', nb: 'Nåværende passord', en: 'Current password' },
  'password.new': { da: 'Ny adgangskode', nb: 'Nytt passord', en: 'New password' },
  'password.rule': {
    da: 'Mindst {min} tegn og svær at gætte: nogle få ord, der ikke hører sammen, virker godt. Ikke dit navn, din e-mail eller kommunens navn.',
    nb: 'Minst {min} tegn og vanskelig å gjette: noen få ord som ikke hører sammen, fungerer godt. Ikke navnet ditt, e-postadressen eller kommunens navn.',
    en: "At least {min} characters and hard to guess: a few unrelated words work well. Not your name, e-mail or the municipality's name.",
  },
  'password.save': {
    da: 'Gem den nye adgangskode',
    nb: 'Lagre det nye passordet',
    en: 'Save the new password',
  },
  'password.refused': {
    da: 'Adgangskoden er ikke ændret:',
    nb: 'Passordet er ikke endret:',
    en: 'The password is not changed:',
  },
  'password.issue.too_short': {
    da: 'skal være mindst {min} tegn',
    nb: 'må være minst {min} tegn',
    en: 'must be at least {min} characters',
  },
  'password.issue.too_long': {
    da: 'må højst være {max} tegn',
    nb: 'kan være høyst {max} tegn',
    en: 'must be at most {max} characters',
  },
  'password.issue.own_words': {
    da: 'er for let at gætte: den består mest af dit navn, din e-mail eller kommunens navn',
    nb: 'er for lett å gjette: det består mest av navnet ditt, e-postadressen eller kommunens navn',
    en: "is too easy to guess: it is mostly your name, e-mail or the municipality's name",
  },
  'password.issue.weak': {
    da: 'er for let at gætte: tilføj flere ord, der er mindre almindelige',
    nb: 'er for lett å gjette: legg til flere ord som er mindre vanlige',
    en: 'is too easy to guess: add more words that are less common',
  },
  'password.issue.not_current': {
    da: 'er ikke din nuværende adgangskode',
    nb: 'er ikke ditt nåværende passord',
    en: 'is not your current password',
  },
  'password.issue.same_as_current': {
    da: 'er den samme som den nuværende',
    nb: 'er det samme som det nåværende',
    en: 'is the same as the current one',
  },
  'password.changed': {
    da: 'Din adgangskode er ændret. Dine andre sessioner er logget ud.',
    nb: 'Passordet ditt er endret. De andre øktene dine er logget ut.',
    en: 'Your password is changed. Your other sessions are signed out.',
  },
});
