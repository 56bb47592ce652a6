import { defineMessages } from './message-catalogue';

/**
 * The administration's words shared by its views (web/app/admin/): the sections, roles and the users'
 * views.
 */
export const adminMessages = defineMessages({
  'admin.section.label': { da: 'Administration', nb: 'Administrasjon', en: 'Administration' },
  'admin.section.users': { da: 'Brugere', nb: 'Brukere', en: 'Users' },
  'admin.section.sso': { da: 'Fælles login (SSO)', nb: 'Felles innlogging (SSO)', en: 'Single sign-on' },
  'admin.section.audit': { da: 'Hændelseslog', nb: 'Hendelseslogg', en: 'Audit trail' },
  'admin.section.organisation': { da: 'Organisationen', nb: 'Organisasjonen', en: 'Organisation' },
  'admin.role.admin': { da: 'Administrator', nb: 'Administrator', en: 'Administrator' },
  'admin.role.consultant': { da: 'Kvalitetskonsulent', nb: 'Kvalitetsrådgiver', en: 'Quality consultant' },
  'admin.role.leader': { da: 'Leder', nb: 'Leder', en: 'Leader' },
  'admin.role.viewer': { da: 'Læser', nb: 'Leser', en: 'Viewer' },
  'admin.name': { da: 'Navn', nb: 'Navn', en: 'Name' },
  'admin.email': { da: 'E-mail', nb: 'E-post', en: 'E-mail' },
  'admin.role': { da: 'Rolle', nb: 'Rolle', en: 'Role' },
  'admin.scope': { da: 'Omfang', nb: 'Omfang', en: 'Scope' },
  'admin.lastSignIn': { da: 'Sidst logget ind', nb: 'Sist logget inn', en: 'Last sign-in' },
  'admin.never': { da: 'aldrig', nb: 'aldri', en: 'never' },
  'admin.status': { da: 'Status', nb: 'Status', en: 'Status' },
  'admin.active': { da: 'Aktiv', nb: 'Aktiv', en: 'Active' },
  'admin.deactivated': { da: 'Deaktiveret', nb: 'Deaktivert', en: 'Deactivated' },
  'admin.usersTitle': { da: 'Brugere', nb: 'Brukere', en: 'Users' },
  'admin.usersLead': {
    da: 'Kommunens medarbejdere, deres rolle og den del af organisationen, de ser. En ændring gælder fra brugerens næste klik.',
    nb: 'Kommunens ansatte, rollen deres og den delen av organisasjonen de ser. En endring gjelder fra brukerens neste klikk.',
    en: "The municipality's staff, their role and the part of the organisation they see. A change applies from the user's next click.",
  },
  'admin.usersCaption': {
    da: 'Alle brugere i kommunen',
    nb: 'Alle brukere i kommunen',
    en: 'Every user of the municipality',
  },
  'admin.newUser': { da: 'Ny bruger', nb: 'Ny bruker', en: 'New user' },
  'admin.password': { da: 'Adgangskode', nb: 'Passord', en: 'Password' },
  'admin.passwordHint': {
    da: 'Lang og svær at gætte, gerne flere ord. Lad feltet stå tomt, så laver Målbar en engangskode.',
    nb: 'Langt og vanskelig å gjette, gjerne flere ord. La feltet stå tomt, så lager Målbar et engangspassord.',
    en: 'Long and hard to guess, several words are good. Leave it empty and Målbar makes a one-time password.',
  },
  'admin.create': { da: 'Opret bruger', nb: 'Opprett bruker', en: 'Create user' },
  'admin.created': { da: '{name} er oprettet.', nb: '{name} er opprettet.', en: '{name} has been created.' },
  'admin.oneTimeHeading': { da: 'Engangskode', nb: 'Engangspassord', en: 'One-time password' },
  'admin.oneTimeNote': {
    da: 'Giv koden videre til brugeren nu: den vises kun denne ene gang. Brugeren vælger sin egen adgangskode ved første login.',
    nb: 'Gi passordet videre til brukeren nå: det vises bare denne ene gangen. Brukeren velger sitt eget passord ved første innlogging.',
    en: 'Pass this on to the user now: it is shown only this once. The user chooses their own password at first sign-in.',
  },
  'admin.oneTimeFor': { da: 'Til {email}:', nb: 'Til {email}:', en: 'For {email}:' },
  'admin.edit': { da: 'Ret {name}', nb: 'Endre {name}', en: 'Edit {name}' },
  'admin.save': { da: 'Gem', nb: 'Lagre', en: 'Save' },
  'admin.saved': { da: 'Ændringerne er gemt.', nb: 'Endringene er lagret.', en: 'The changes are saved.' },
  'admin.deactivate': { da: 'Deaktivér', nb: 'Deaktiver', en: 'Deactivate' },
  'admin.reactivate': { da: 'Genaktivér', nb: 'Aktiver igjen', en: 'Reactivate' },
  'admin.deactivatedNow': {
    da: 'Brugeren er deaktiveret og logget ud.',
    nb: 'Brukeren er deaktivert og logget ut.',
    en: 'The user is deactivated and signed out.',
  },
  'admin.reactivatedNow': {
    da: 'Brugeren er aktiv igen.',
    nb: 'Brukeren er aktiv igjen.',
    en: 'The user is active again.',
  },
  'admin.deactivateNote': {
    da: 'En deaktiveret bruger bliver logget ud og kan ikke logge ind, før du genaktiverer.',
    nb: 'En deaktivert bruker blir logget ut og kan ikke logge inn før du aktiverer igjen.',
    en: 'A deactivated user is signed out and cannot sign in until you reactivate them.',
  },
  'admin.resetPassword': { da: 'Nulstil adgangskode', nb: 'Tilbakestill passord', en: 'Reset password' },
  'admin.resetNote': {
    da: 'Den gamle adgangskode holder op med at virke, og brugeren logges ud.',
    nb: 'Det gamle passordet slutter å virke, og brukeren logges ut.',
    en: 'The old password stops working and the user is signed out.',
  },
  'admin.resetDone': {
    da: 'Adgangskoden for {name} er nulstillet.',
    nb: 'Passordet til {name} er tilbakestilt.',
    en: 'The password of {name} has been reset.',
  },
  'admin.backToUsers': { da: 'Alle brugere', nb: 'Alle brukere', en: 'All users' },
  'admin.waitingTitle': { da: 'Venter på en rolle', nb: 'Venter på en rolle', en: 'Waiting for a role' },
  'admin.waitingLead': {
    da: 'Har logget ind med kommunens konto, men er ikke i en gruppe, der giver en rolle. Giv dem en rolle og et omfang.',
    nb: 'Har logget inn med kommunens konto, men er ikke i en gruppe som gir en rolle. Gi dem en rolle og et omfang.',
    en: "Signed in with the municipality's account but in no group that gives a role. Give them a role and a scope.",
  },
  'admin.noWaiting': { da: 'Ingen venter.', nb: 'Ingen venter.', en: 'Nobody is waiting.' },
  'admin.lastSeen': { da: 'Sidst set', nb: 'Sist sett', en: 'Last seen' },
  'admin.giveRole': { da: 'Giv rolle', nb: 'Gi rolle', en: 'Give role' },
  'admin.assigned': {
    da: '{name} har fået sin rolle og kan logge ind.',
    nb: '{name} har fått rollen sin og kan logge inn.',
    en: '{name} has their role and can sign in.',
  },
});
