import { defineMessages } from './message-catalogue';

/**
 * The organisation import's words: the CSV form, its preview, and each row problem in the reader's language
 * (the server words them in English).
 */
export const organisationImportMessages = defineMessages({
  'organisation.importTitle': {
    da: 'Indlæs fra en CSV-fil',
    nb: 'Importer fra en CSV-fil',
    en: 'Import from a CSV file',
  },
  'organisation.importLead': {
    da: 'Kolonner: kode;navn;type;overordnet_kode;klassetrin;antal;familier;ansatte, adskilt med ; eller ,. Typer: område, institution, gruppe/klasse. Tom overordnet kode lægger et område direkte under kommunen. Enheder findes ud fra koden: en enhed i filen oprettes eller opdateres, en enhed uden for filen bevares, og en tom celle beholder værdien. Er en række forkert, indlæses intet.',
    nb: 'Kolonner: kode;navn;type;overordnet_kode;klassetrinn;antall;familier;ansatte, skilt med ; eller ,. Typer: område, institusjon, gruppe/klasse. Tom overordnet kode legger et område rett under kommunen. Enheter finnes ut fra koden: en enhet i filen opprettes eller oppdateres, en enhet utenfor filen beholdes, og en tom celle beholder verdien. Er en rad feil, importeres ingenting.',
    en: 'Columns: code;name;kind;parent_code;grade;population;families;employees, separated by ; or ,. Kinds: area, institution, group. An empty parent code puts an area directly under the municipality. Rows are matched to units by code: a unit in the file is created or updated, a unit not in the file is kept, and an empty cell keeps the value. If any row is wrong, nothing is imported.',
  },
  'organisation.template': {
    da: 'Hent træet som CSV-fil',
    nb: 'Last ned treet som CSV-fil',
    en: 'Download the tree as a CSV file',
  },
  'organisation.file': { da: 'Vælg en fil', nb: 'Velg en fil', en: 'Choose a file' },
  'organisation.paste': {
    da: 'Eller indsæt CSV-teksten her',
    nb: 'Eller lim inn CSV-teksten her',
    en: 'Or paste the CSV text here',
  },
  'organisation.preview': { da: 'Vis hvad der ændres', nb: 'Vis hva som endres', en: 'Preview the import' },
  'organisation.apply': { da: 'Indlæs filen', nb: 'Importer filen', en: 'Import the file' },
  'organisation.errorsHeading': {
    da: '{count, plural, one {Filen har # fejl} other {Filen har # fejl}}',
    nb: '{count, plural, one {Filen har # feil} other {Filen har # feil}}',
    en: '{count, plural, one {The file has # error} other {The file has # errors}}',
  },
  'organisation.errorsNote': {
    da: 'Intet er indlæst. Ret rækkerne herunder (her eller i filen), og vis ændringerne igen.',
    nb: 'Ingenting er importert. Rett radene nedenfor (her eller i filen), og vis endringene igjen.',
    en: 'Nothing has been imported. Correct the rows below (here or in the file) and preview again.',
  },
  'organisation.nothingToChange': {
    da: 'Intet at ændre: alle {count} enheder i filen er allerede som i filen.',
    nb: 'Ingenting å endre: alle {count} enheter i filen er allerede slik filen sier.',
    en: 'Nothing to change: all {count} units in the file are already as it says.',
  },
  'organisation.previewSummary': {
    da: '{created} oprettes, {updated} opdateres, {unchanged} er uændrede. Enheder uden for filen bevares. Intet gemmes, før du indlæser.',
    nb: '{created} opprettes, {updated} oppdateres, {unchanged} er uendret. Enheter utenfor filen beholdes. Ingenting lagres før du importerer.',
    en: '{created} to create, {updated} to update, {unchanged} unchanged. Units not in the file are kept. Nothing is saved until you import.',
  },
  'organisation.imported': {
    da: 'Indlæst: {created} oprettet, {updated} opdateret, {unchanged} uændrede.',
    nb: 'Importert: {created} opprettet, {updated} oppdatert, {unchanged} uendret.',
    en: 'Imported: {created} created, {updated} updated, {unchanged} unchanged.',
  },
  'organisation.noFile': {
    da: 'Vælg en fil, eller indsæt CSV-teksten.',
    nb: 'Velg en fil, eller lim inn CSV-teksten.',
    en: 'Choose a file or paste the CSV text.',
  },
  'organisation.toCreate': { da: 'Oprettes ({count})', nb: 'Opprettes ({count})', en: 'To create ({count})' },
  'organisation.toUpdate': {
    da: 'Opdateres ({count})',
    nb: 'Oppdateres ({count})',
    en: 'To update ({count})',
  },
  'organisation.line': { da: 'Linje', nb: 'Linje', en: 'Line' },
  'organisation.column': { da: 'Kolonne', nb: 'Kolonne', en: 'Column' },
  'organisation.problem': { da: 'Problem', nb: 'Problem', en: 'Problem' },
  'organisation.changes': { da: 'Ændringer', nb: 'Endringer', en: 'Changes' },
  'organisation.issue.noName': {
    da: 'giv enheden et navn',
    nb: 'gi enheten et navn',
    en: 'give the unit a name',
  },
  'organisation.issue.noCode': {
    da: 'giv enheden en kode',
    nb: 'gi enheten en kode',
    en: 'give the unit a code',
  },
  'organisation.issue.wholeNumber': {
    da: 'skal være et helt tal',
    nb: 'må være et helt tall',
    en: 'must be a whole number',
  },
  'organisation.issue.atLeast': {
    da: 'skal være mindst {min}',
    nb: 'må være minst {min}',
    en: 'must be at least {min}',
  },
  'organisation.issue.atMost': {
    da: 'må højst være {max}',
    nb: 'kan være høyst {max}',
    en: 'must be at most {max}',
  },
  'organisation.issue.codeLetters': {
    da: 'brug kun bogstaver, tal og . _ - / (ingen mellemrum)',
    nb: 'bruk bare bokstaver, tall og . _ - / (ingen mellomrom)',
    en: 'use letters, digits and . _ - / only (no spaces)',
  },
  'organisation.issue.kindWord': {
    da: 'skal være område, institution eller gruppe (klasse)',
    nb: 'må være område, institusjon eller gruppe (klasse)',
    en: 'must be area, institution or group (class)',
  },
  'organisation.issue.noParent': {
    da: 'ingen enhed har koden {code}, hverken i filen eller i organisationen',
    nb: 'ingen enhet har koden {code}, verken i filen eller i organisasjonen',
    en: 'no unit has the code {code}, neither in the file nor in the organisation',
  },
  'organisation.issue.twice': {
    da: 'koden {code} står også på linje {line}',
    nb: 'koden {code} står også på linje {line}',
    en: 'the code {code} is also on line {line}',
  },
  'organisation.issue.empty': { da: 'filen er tom', nb: 'filen er tom', en: 'the file is empty' },
  'organisation.issue.noRows': {
    da: 'der er ingen enheder under overskriften',
    nb: 'det er ingen enheter under overskriften',
    en: 'there are no units below the header',
  },
  'organisation.issue.moves': {
    da: '{code} ligger et andet sted i træet; en indlæsning flytter ikke enheder',
    nb: '{code} ligger et annet sted i treet; en import flytter ikke enheter',
    en: '{code} is elsewhere in the tree; an import does not move units',
  },
  'organisation.issue.kindChange': {
    da: '{code} har en anden type i organisationen; en indlæsning ændrer ikke typen',
    nb: '{code} har en annen type i organisasjonen; en import endrer ikke typen',
    en: '{code} is of another kind in the organisation; an import does not change the kind',
  },
  'organisation.issue.unknownColumn': { da: 'ukendt kolonne', nb: 'ukjent kolonne', en: 'unknown column' },
  'organisation.issue.codeTaken': {
    da: '{code} er allerede koden for {name}',
    nb: '{code} er allerede koden til {name}',
    en: '{code} is already the code of {name}',
  },
  'organisation.issue.underGroup': {
    da: 'intet kan ligge under en gruppe',
    nb: 'ingenting kan ligge under en gruppe',
    en: 'nothing goes under a group',
  },
  'organisation.issue.other': { da: 'tjek værdien', nb: 'sjekk verdien', en: 'check the value' },
});
