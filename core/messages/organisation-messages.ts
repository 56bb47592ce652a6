import { defineMessages } from './message-catalogue';

/** The organisation tree's words (web/app/admin/organisation-*, the unit forms). */
export const organisationMessages = defineMessages({
  'organisation.title': { da: 'Organisationen', nb: 'Organisasjonen', en: 'Organisation' },
  'organisation.lead': {
    da: 'Kommunens træ: områder, institutioner og deres grupper (klasser, afdelinger). Målinger, indikatorer og mål hører alle til en enhed i træet.',
    nb: 'Kommunens tre: områder, institusjoner og gruppene deres (klasser, avdelinger). Undersøkelser, indikatorer og mål hører alle til en enhet i treet.',
    en: "The municipality's tree: areas, institutions and their groups (classes, departments). Surveys, indicators and goals all belong to a unit of this tree.",
  },
  'organisation.kind.municipality': {
    da: '{count, plural, one {kommune} other {kommuner}}',
    nb: '{count, plural, one {kommune} other {kommuner}}',
    en: '{count, plural, one {municipality} other {municipalities}}',
  },
  'organisation.kind.area': {
    da: '{count, plural, one {område} other {områder}}',
    nb: '{count, plural, one {område} other {områder}}',
    en: '{count, plural, one {area} other {areas}}',
  },
  'organisation.kind.institution': {
    da: '{count, plural, one {institution} other {institutioner}}',
    nb: '{count, plural, one {institusjon} other {institusjoner}}',
    en: '{count, plural, one {institution} other {institutions}}',
  },
  'organisation.kind.group': {
    da: '{count, plural, one {gruppe} other {grupper}}',
    nb: '{count, plural, one {gruppe} other {grupper}}',
    en: '{count, plural, one {group} other {groups}}',
  },
  'organisation.treeLabel': {
    da: 'Organisationens træ',
    nb: 'Organisasjonens tre',
    en: "The organisation's tree",
  },
  'organisation.code': { da: 'Kode', nb: 'Kode', en: 'Code' },
  'organisation.noCode': { da: 'ingen kode', nb: 'ingen kode', en: 'no code' },
  'organisation.grade': { da: 'Klassetrin', nb: 'Klassetrinn', en: 'Grade' },
  'organisation.population': {
    da: 'Antal (elever, brugere)',
    nb: 'Antall (elever, brukere)',
    en: 'Population (pupils, users)',
  },
  'organisation.populationHint': {
    da: 'Retter konfidensintervallerne, fx antal elever i klassen.',
    nb: 'Retter konfidensintervallene, f.eks. antall elever i klassen.',
    en: 'Corrects the confidence intervals, e.g. the pupils in the class.',
  },
  'organisation.families': { da: 'Familier', nb: 'Familier', en: 'Families' },
  'organisation.employees': { da: 'Ansatte', nb: 'Ansatte', en: 'Employees' },
  'organisation.unitsBelow': {
    da: '{count, plural, one {# enhed under} other {# enheder under}}',
    nb: '{count, plural, one {# enhet under} other {# enheter under}}',
    en: '{count, plural, one {# unit below} other {# units below}}',
  },
  'organisation.edit': { da: 'Ret', nb: 'Endre', en: 'Edit' },
  'organisation.editTitle': { da: 'Ret {name}', nb: 'Endre {name}', en: 'Edit {name}' },
  'organisation.kindFixed': {
    da: 'Typen er {kind}: den følger af pladsen i træet.',
    nb: 'Typen er {kind}: den følger av plassen i treet.',
    en: 'The kind is {kind}: it follows from the place in the tree.',
  },
  'organisation.codeHint': {
    da: 'Kommunens egen nøgle; indlæsningen finder enheder ud fra den.',
    nb: 'Kommunens egen nøkkel; importen finner enheter ut fra den.',
    en: "The municipality's own key; the import matches units by it.",
  },
  'organisation.cancel': { da: 'Fortryd', nb: 'Avbryt', en: 'Cancel' },
  'organisation.saved': { da: '{name} er gemt.', nb: '{name} er lagret.', en: '{name} is saved.' },
  'organisation.addTitle': { da: 'Tilføj en enhed', nb: 'Legg til en enhet', en: 'Add a unit' },
  'organisation.under': { da: 'Under', nb: 'Under', en: 'Under' },
  'organisation.adds': {
    da: '{parent} – tilføjer {kind, select, area {område} institution {institution} other {gruppe}}',
    nb: '{parent} – legger til {kind, select, area {område} institution {institusjon} other {gruppe}}',
    en: '{parent} – adds {kind, select, area {an area} institution {an institution} other {a group}}',
  },
  'organisation.name': { da: 'Navn', nb: 'Navn', en: 'Name' },
  'organisation.add': { da: 'Tilføj enhed', nb: 'Legg til enhet', en: 'Add unit' },
  'organisation.added': {
    da: '{name} er tilføjet under {parent}.',
    nb: '{name} er lagt til under {parent}.',
    en: '{name} is added under {parent}.',
  },
  'organisation.unit': { da: 'Enhed', nb: 'Enhet', en: 'Unit' },
  'organisation.kind': { da: 'Type', nb: 'Type', en: 'Kind' },
});
