import type { UnitKind } from '../../../core/org/org-unit';

/** The organisation tree's words (web/app/admin/organisation-*), one set per language. */
export interface OrganisationWords {
  title: string;
  lead: string;
  kinds: Record<UnitKind, [one: string, many: string]>;
  treeLabel: string;
  code: string;
  noCode: string;
  grade: string;
  population: string;
  populationHint: string;
  families: string;
  employees: string;
  unitsBelow: (n: number) => string;
  edit: string;
  editTitle: (name: string) => string;
  kindFixed: (kind: string) => string;
  codeHint: string;
  cancel: string;
  saved: (name: string) => string;
  addTitle: string;
  under: string;
  adds: (parent: string, kind: string) => string;
  name: string;
  add: string;
  added: (name: string, parent: string) => string;
  importTitle: string;
  importLead: string;
  template: string;
  file: string;
  paste: string;
  preview: string;
  apply: string;
  errorsHeading: (n: number) => string;
  errorsNote: string;
  nothingToChange: (unchanged: number) => string;
  previewSummary: (created: number, updated: number, unchanged: number) => string;
  imported: (created: number, updated: number, unchanged: number) => string;
  noFile: string;
  toCreate: (n: number) => string;
  toUpdate: (n: number) => string;
  line: string;
  column: string;
  problem: string;
  unit: string;
  kind: string;
  changes: string;
  /** The import's problems, said in the reader's language (the server words them in English). */
  issues: ImportIssueWords;
}

export interface ImportIssueWords {
  noName: string;
  noCode: string;
  wholeNumber: string;
  atLeast: (n: string) => string;
  atMost: (n: string) => string;
  codeLetters: string;
  kindWord: string;
  noParent: (code: string) => string;
  twice: (code: string, line: string) => string;
  empty: string;
  noRows: string;
  moves: (code: string) => string;
  kindChange: (code: string) => string;
  unknownColumn: string;
  codeTaken: (code: string, name: string) => string;
  underGroup: string;
  other: string;
}

const daKinds: OrganisationWords['kinds'] = {
  municipality: ['kommune', 'kommuner'],
  area: ['område', 'områder'],
  institution: ['institution', 'institutioner'],
  group: ['gruppe', 'grupper'],
};

export const organisationDa: OrganisationWords = {
  title: 'Organisationen',
  lead: 'Kommunens træ: områder, institutioner og deres grupper (klasser, afdelinger). Målinger, indikatorer og mål hører alle til en enhed i træet.',
  kinds: daKinds,
  treeLabel: 'Organisationens træ',
  code: 'Kode',
  noCode: 'ingen kode',
  grade: 'Klassetrin',
  population: 'Antal (elever, brugere)',
  populationHint: 'Retter konfidensintervallerne, fx antal elever i klassen.',
  families: 'Familier',
  employees: 'Ansatte',
  unitsBelow: (n) => (n === 1 ? '1 enhed under' : `${n} enheder under`),
  edit: 'Ret',
  editTitle: (name) => `Ret ${name}`,
  kindFixed: (kind) => `Typen er ${kind}: den følger af pladsen i træet.`,
  codeHint: 'Kommunens egen nøgle; indlæsningen finder enheder ud fra den.',
  cancel: 'Fortryd',
  saved: (name) => `${name} er gemt.`,
  addTitle: 'Tilføj en enhed',
  under: 'Under',
  adds: (parent, kind) => `${parent} – tilføjer ${kind}`,
  name: 'Navn',
  add: 'Tilføj enhed',
  added: (name, parent) => `${name} er tilføjet under ${parent}.`,
  importTitle: 'Indlæs fra en CSV-fil',
  importLead:
    'Kolonner: kode;navn;type;overordnet_kode;klassetrin;antal;familier;ansatte, adskilt med ; eller ,. Typer: område, institution, gruppe/klasse. Tom overordnet kode lægger et område direkte under kommunen. Enheder findes ud fra koden: en enhed i filen oprettes eller opdateres, en enhed uden for filen bevares, og en tom celle beholder værdien. Er en række forkert, indlæses intet.',
  template: 'Hent træet som CSV-fil',
  file: 'Vælg en fil',
  paste: 'Eller indsæt CSV-teksten her',
  preview: 'Vis hvad der ændres',
  apply: 'Indlæs filen',
  errorsHeading: (n) => (n === 1 ? 'Filen har 1 fejl' : `Filen har ${n} fejl`),
  errorsNote: 'Intet er indlæst. Ret rækkerne herunder (her eller i filen), og vis ændringerne igen.',
  nothingToChange: (n) => `Intet at ændre: alle ${n} enheder i filen er allerede som i filen.`,
  previewSummary: (c, u, n) =>
    `${c} oprettes, ${u} opdateres, ${n} er uændrede. Enheder uden for filen bevares. Intet gemmes, før du indlæser.`,
  imported: (c, u, n) => `Indlæst: ${c} oprettet, ${u} opdateret, ${n} uændrede.`,
  noFile: 'Vælg en fil, eller indsæt CSV-teksten.',
  toCreate: (n) => `Oprettes (${n})`,
  toUpdate: (n) => `Opdateres (${n})`,
  line: 'Linje',
  column: 'Kolonne',
  problem: 'Problem',
  unit: 'Enhed',
  kind: 'Type',
  changes: 'Ændringer',
  issues: {
    noName: 'giv enheden et navn',
    noCode: 'giv enheden en kode',
    wholeNumber: 'skal være et helt tal',
    atLeast: (n) => `skal være mindst ${n}`,
    atMost: (n) => `må højst være ${n}`,
    codeLetters: 'brug kun bogstaver, tal og . _ - / (ingen mellemrum)',
    kindWord: 'skal være område, institution eller gruppe (klasse)',
    noParent: (code) => `ingen enhed har koden ${code}, hverken i filen eller i organisationen`,
    twice: (code, line) => `koden ${code} står også på linje ${line}`,
    empty: 'filen er tom',
    noRows: 'der er ingen enheder under overskriften',
    moves: (code) => `${code} ligger et andet sted i træet; en indlæsning flytter ikke enheder`,
    kindChange: (code) => `${code} har en anden type i organisationen; en indlæsning ændrer ikke typen`,
    unknownColumn: 'ukendt kolonne',
    codeTaken: (code, name) => `${code} er allerede koden for ${name}`,
    underGroup: 'intet kan ligge under en gruppe',
    other: 'tjek værdien',
  },
};

export const organisationNb: OrganisationWords = {
  ...organisationDa,
  title: 'Organisasjonen',
  lead: 'Kommunens tre: områder, institusjoner og gruppene deres (klasser, avdelinger). Undersøkelser, indikatorer og mål hører alle til en enhet i treet.',
  kinds: {
    municipality: ['kommune', 'kommuner'],
    area: ['område', 'områder'],
    institution: ['institusjon', 'institusjoner'],
    group: ['gruppe', 'grupper'],
  },
  treeLabel: 'Organisasjonens tre',
  noCode: 'ingen kode',
  grade: 'Klassetrinn',
  population: 'Antall (elever, brukere)',
  populationHint: 'Retter konfidensintervallene, f.eks. antall elever i klassen.',
  families: 'Familier',
  employees: 'Ansatte',
  unitsBelow: (n) => (n === 1 ? '1 enhet under' : `${n} enheter under`),
  edit: 'Endre',
  editTitle: (name) => `Endre ${name}`,
  kindFixed: (kind) => `Typen er ${kind}: den følger av plassen i treet.`,
  codeHint: 'Kommunens egen nøkkel; importen finner enheter ut fra den.',
  cancel: 'Avbryt',
  saved: (name) => `${name} er lagret.`,
  addTitle: 'Legg til en enhet',
  adds: (parent, kind) => `${parent} – legger til ${kind}`,
  add: 'Legg til enhet',
  added: (name, parent) => `${name} er lagt til under ${parent}.`,
  importTitle: 'Importer fra en CSV-fil',
  importLead:
    'Kolonner: kode;navn;type;overordnet_kode;klassetrinn;antall;familier;ansatte, skilt med ; eller ,. Typer: område, institusjon, gruppe/klasse. Tom overordnet kode legger et område rett under kommunen. Enheter finnes ut fra koden: en enhet i filen opprettes eller oppdateres, en enhet utenfor filen beholdes, og en tom celle beholder verdien. Er en rad feil, importeres ingenting.',
  template: 'Last ned treet som CSV-fil',
  file: 'Velg en fil',
  paste: 'Eller lim inn CSV-teksten her',
  preview: 'Vis hva som endres',
  apply: 'Importer filen',
  errorsHeading: (n) => (n === 1 ? 'Filen har 1 feil' : `Filen har ${n} feil`),
  errorsNote: 'Ingenting er importert. Rett radene nedenfor (her eller i filen), og vis endringene igjen.',
  nothingToChange: (n) => `Ingenting å endre: alle ${n} enheter i filen er allerede slik filen sier.`,
  previewSummary: (c, u, n) =>
    `${c} opprettes, ${u} oppdateres, ${n} er uendret. Enheter utenfor filen beholdes. Ingenting lagres før du importerer.`,
  imported: (c, u, n) => `Importert: ${c} opprettet, ${u} oppdatert, ${n} uendret.`,
  noFile: 'Velg en fil, eller lim inn CSV-teksten.',
  toCreate: (n) => `Opprettes (${n})`,
  toUpdate: (n) => `Oppdateres (${n})`,
  line: 'Linje',
  column: 'Kolonne',
  problem: 'Problem',
  unit: 'Enhet',
  kind: 'Type',
  changes: 'Endringer',
  issues: {
    noName: 'gi enheten et navn',
    noCode: 'gi enheten en kode',
    wholeNumber: 'må være et helt tall',
    atLeast: (n) => `må være minst ${n}`,
    atMost: (n) => `kan være høyst ${n}`,
    codeLetters: 'bruk bare bokstaver, tall og . _ - / (ingen mellomrom)',
    kindWord: 'må være område, institusjon eller gruppe (klasse)',
    noParent: (code) => `ingen enhet har koden ${code}, verken i filen eller i organisasjonen`,
    twice: (code, line) => `koden ${code} står også på linje ${line}`,
    empty: 'filen er tom',
    noRows: 'det er ingen enheter under overskriften',
    moves: (code) => `${code} ligger et annet sted i treet; en import flytter ikke enheter`,
    kindChange: (code) => `${code} har en annen type i organisasjonen; en import endrer ikke typen`,
    unknownColumn: 'ukjent kolonne',
    codeTaken: (code, name) => `${code} er allerede koden til ${name}`,
    underGroup: 'ingenting kan ligge under en gruppe',
    other: 'sjekk verdien',
  },
};

export const organisationEn: OrganisationWords = {
  title: 'Organisation',
  lead: "The municipality's tree: areas, institutions and their groups (classes, departments). Surveys, indicators and goals all belong to a unit of this tree.",
  kinds: {
    municipality: ['municipality', 'municipalities'],
    area: ['area', 'areas'],
    institution: ['institution', 'institutions'],
    group: ['group', 'groups'],
  },
  treeLabel: "The organisation's tree",
  code: 'Code',
  noCode: 'no code',
  grade: 'Grade',
  population: 'Population (pupils, users)',
  populationHint: 'Corrects the confidence intervals, e.g. the pupils in the class.',
  families: 'Families',
  employees: 'Employees',
  unitsBelow: (n) => (n === 1 ? '1 unit below' : `${n} units below`),
  edit: 'Edit',
  editTitle: (name) => `Edit ${name}`,
  kindFixed: (kind) => `The kind is ${kind}: it follows from the place in the tree.`,
  codeHint: "The municipality's own key; the import matches units by it.",
  cancel: 'Cancel',
  saved: (name) => `${name} is saved.`,
  addTitle: 'Add a unit',
  under: 'Under',
  adds: (parent, kind) => `${parent} – adds ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`,
  name: 'Name',
  add: 'Add unit',
  added: (name, parent) => `${name} is added under ${parent}.`,
  importTitle: 'Import from a CSV file',
  importLead:
    'Columns: code;name;kind;parent_code;grade;population;families;employees, separated by ; or ,. Kinds: area, institution, group. An empty parent code puts an area directly under the municipality. Rows are matched to units by code: a unit in the file is created or updated, a unit not in the file is kept, and an empty cell keeps the value. If any row is wrong, nothing is imported.',
  template: 'Download the tree as a CSV file',
  file: 'Choose a file',
  paste: 'Or paste the CSV text here',
  preview: 'Preview the import',
  apply: 'Import the file',
  errorsHeading: (n) => (n === 1 ? 'The file has 1 error' : `The file has ${n} errors`),
  errorsNote: 'Nothing has been imported. Correct the rows below (here or in the file) and preview again.',
  nothingToChange: (n) => `Nothing to change: all ${n} units in the file are already as it says.`,
  previewSummary: (c, u, n) =>
    `${c} to create, ${u} to update, ${n} unchanged. Units not in the file are kept. Nothing is saved until you import.`,
  imported: (c, u, n) => `Imported: ${c} created, ${u} updated, ${n} unchanged.`,
  noFile: 'Choose a file or paste the CSV text.',
  toCreate: (n) => `To create (${n})`,
  toUpdate: (n) => `To update (${n})`,
  line: 'Line',
  column: 'Column',
  problem: 'Problem',
  unit: 'Unit',
  kind: 'Kind',
  changes: 'Changes',
  // English screens show the server's own words.
  issues: organisationDa.issues,
};
