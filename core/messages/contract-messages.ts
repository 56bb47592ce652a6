import { defineMessages } from './message-catalogue';

/** The quality contract as its writers keep it: the list, a contract, its service areas and aims. */
export const contractMessages = defineMessages({
  'contracts.title': { da: 'Kvalitetskontrakter', nb: 'Kvalitetskontrakter', en: 'Quality contracts' },
  'contracts.nav': { da: 'Kontrakter', nb: 'Kontrakter', en: 'Contracts' },
  'contracts.lead': {
    da: 'En kvalitetskontrakt sætter mål for hvert serviceområde i en periode. Hvert år fortæller en opfølgningsredegørelse, hvor langt kommunen er nået; offentliggjorte kontrakter vises på den offentlige side.',
    nb: 'En kvalitetskontrakt setter mål for hvert tjenesteområde i en periode. Hvert år forteller en oppfølgingsrapport hvor langt kommunen har kommet; publiserte kontrakter vises på den offentlige siden.',
    en: 'A quality contract sets goals per service area for a period. Each year a follow-up report says how far the municipality has come; published contracts appear on the public page.',
  },
  'contracts.none': {
    da: 'Der er ingen kontrakter endnu.',
    nb: 'Det er ingen kontrakter ennå.',
    en: 'No contracts yet.',
  },
  'contracts.period': {
    da: 'Periode: {from} – {to}',
    nb: 'Periode: {from} – {to}',
    en: 'Period: {from} – {to}',
  },
  'contracts.published': { da: 'offentliggjort', nb: 'publisert', en: 'published' },
  'contracts.notPublished': { da: 'ikke offentliggjort', nb: 'ikke publisert', en: 'not published' },
  'contracts.goalStatus': { da: 'Målstatus', nb: 'Målstatus', en: 'Goal status' },
  'contracts.edit': { da: 'Redigér kontrakten', nb: 'Rediger kontrakten', en: 'Edit the contract' },
  'contracts.editTitle': { da: 'Redigér {title}', nb: 'Rediger {title}', en: 'Edit {title}' },
  'contracts.new': { da: 'Ny kontrakt', nb: 'Ny kontrakt', en: 'New contract' },
  'contracts.field.title': { da: 'Titel', nb: 'Tittel', en: 'Title' },
  'contracts.field.periodStart': { da: 'Perioden begynder', nb: 'Perioden starter', en: 'Period starts' },
  'contracts.field.periodEnd': { da: 'Perioden slutter', nb: 'Perioden slutter', en: 'Period ends' },
  'contracts.create': { da: 'Opret kontrakt', nb: 'Opprett kontrakt', en: 'Create contract' },
  'contracts.created': {
    da: 'Kontrakten «{title}» er oprettet.',
    nb: 'Kontrakten «{title}» er opprettet.',
    en: 'The contract “{title}” was created.',
  },
  'contracts.readOnly': {
    da: 'Kun kvalitetsmedarbejdere for hele kommunen kan ændre kontrakten. Du kan læse den.',
    nb: 'Bare kvalitetsmedarbeidere for hele kommunen kan endre kontrakten. Du kan lese den.',
    en: 'Only quality staff for the whole municipality can change the contract. You can read it.',
  },
  'contracts.publication': { da: 'Offentliggørelse', nb: 'Publisering', en: 'Publication' },
  'contracts.isPublished': {
    da: 'Offentliggjort på den offentlige side:',
    nb: 'Publisert på den offentlige siden:',
    en: 'Published on the public page:',
  },
  'contracts.isNotPublished': {
    da: 'Ikke offentliggjort: borgerne kan ikke se kontrakten endnu.',
    nb: 'Ikke publisert: innbyggerne kan ikke se kontrakten ennå.',
    en: 'Not published: citizens cannot see this contract yet.',
  },
  'contracts.publish': {
    da: 'Offentliggør på den offentlige side',
    nb: 'Publiser på den offentlige siden',
    en: 'Publish on the public page',
  },
  'contracts.withdraw': {
    da: 'Tag ned fra den offentlige side',
    nb: 'Ta ned fra den offentlige siden',
    en: 'Withdraw from the public page',
  },
  'contracts.publishedNow': {
    da: 'Kontrakten er offentliggjort.',
    nb: 'Kontrakten er publisert.',
    en: 'The contract is published.',
  },
  'contracts.withdrawnNow': {
    da: 'Kontrakten er taget ned fra den offentlige side.',
    nb: 'Kontrakten er tatt ned fra den offentlige siden.',
    en: 'The contract was withdrawn from the public page.',
  },
  'contracts.reports': { da: 'Opfølgningsredegørelser', nb: 'Oppfølgingsrapporter', en: 'Follow-up reports' },
  'contracts.report': {
    da: 'Opfølgningsredegørelse {year}',
    nb: 'Oppfølgingsrapport {year}',
    en: 'Follow-up report {year}',
  },
  'contracts.reportAdopted': { da: 'vedtaget {date}', nb: 'vedtatt {date}', en: 'adopted {date}' },
  'contracts.reportDraft': { da: 'udkast', nb: 'utkast', en: 'draft' },
  'contracts.reportNotStarted': { da: 'ikke påbegyndt', nb: 'ikke påbegynt', en: 'not started' },
  'contracts.areas': { da: 'Serviceområder', nb: 'Tjenesteområder', en: 'Service areas' },
  'contracts.noAreas': {
    da: 'Kontrakten har ingen serviceområder endnu. Tilføj det første nedenfor; målene hører til et serviceområde.',
    nb: 'Kontrakten har ingen tjenesteområder ennå. Legg til det første nedenfor; målene hører til et tjenesteområde.',
    en: 'The contract has no service areas yet. Add the first below; goals belong to a service area.',
  },
  'contracts.aim': { da: 'Overordnet formål', nb: 'Overordnet formål', en: 'Overall aim' },
  'contracts.noAim': {
    da: 'Intet formål skrevet endnu.',
    nb: 'Ikke noe formål skrevet ennå.',
    en: 'No aim written yet.',
  },
  'contracts.noGoals': { da: 'Ingen mål endnu.', nb: 'Ingen mål ennå.', en: 'No goals yet.' },
  'contracts.goalsOf': { da: 'Mål for {area}', nb: 'Mål for {area}', en: 'Goals of {area}' },
  'contracts.addGoal': {
    da: 'Tilføj et mål til {area}',
    nb: 'Legg til et mål i {area}',
    en: 'Add a goal to {area}',
  },
  'contracts.addArea': {
    da: 'Tilføj et serviceområde',
    nb: 'Legg til et tjenesteområde',
    en: 'Add a service area',
  },
  'contracts.changeArea': {
    da: 'Ret navn og formål for {area}',
    nb: 'Rett navn og formål for {area}',
    en: 'Change the name and aim of {area}',
  },
  'contracts.field.areaName': { da: 'Serviceområde', nb: 'Tjenesteområde', en: 'Service area' },
  'contracts.field.aim': {
    da: 'Overordnet formål, med ord',
    nb: 'Overordnet formål, med ord',
    en: 'Overall aim, in words',
  },
  'contracts.saveArea': {
    da: 'Gem serviceområdet',
    nb: 'Lagre tjenesteområdet',
    en: 'Save the service area',
  },
  'contracts.areaAdded': {
    da: 'Serviceområdet «{area}» er tilføjet.',
    nb: 'Tjenesteområdet «{area}» er lagt til.',
    en: 'The service area “{area}” was added.',
  },
  'contracts.areaSaved': {
    da: 'Serviceområdet «{area}» er gemt.',
    nb: 'Tjenesteområdet «{area}» er lagret.',
    en: 'The service area “{area}” was saved.',
  },
  'contracts.goalLine': {
    da: '{rule} · {scope} · frist {deadline}',
    nb: '{rule} · {scope} · frist {deadline}',
    en: '{rule} · {scope} · deadline {deadline}',
  },
  'contracts.refused': {
    da: 'Ikke gemt: ret {count, plural, one {feltet} other {de # felter}} nedenfor.',
    nb: 'Ikke lagret: rett {count, plural, one {feltet} other {de # feltene}} nedenfor.',
    en: 'Not saved: correct {count, plural, one {the field} other {the # fields}} below.',
  },
  'contracts.failed': {
    da: 'Ikke gemt ({reason}).',
    nb: 'Ikke lagret ({reason}).',
    en: 'Not saved ({reason}).',
  },
  'contracts.checkField': { da: 'ret dette felt', nb: 'rett dette feltet', en: 'correct this field' },
  'contracts.issue.noTitle': {
    da: 'giv kontrakten en titel',
    nb: 'gi kontrakten en tittel',
    en: 'give the contract a title',
  },
  'contracts.issue.endsBeforeStart': {
    da: 'slutter før den begynder',
    nb: 'slutter før den starter',
    en: 'ends before it starts',
  },
  'contracts.issue.date': { da: 'skriv en dato', nb: 'skriv en dato', en: 'give a date' },
  'contracts.issue.noAreaName': {
    da: 'giv serviceområdet et navn',
    nb: 'gi tjenesteområdet et navn',
    en: 'name the service area',
  },
  'contracts.issue.tooLong': {
    da: 'teksten er for lang',
    nb: 'teksten er for lang',
    en: 'the text is too long',
  },
});
