import { defineMessages } from './message-catalogue';

/**
 * A refused row's problem in the reader's words. The server says it in English (it says the most
 * there); the app matches the English sentence and says it with these (web/app/imports/issue-text.ts).
 */
export const importIssueMessages = defineMessages({
  'importIssue.other': {
    da: 'tjek cellen i denne kolonne',
    nb: 'sjekk cellen i denne kolonnen',
    en: 'check the cell in this column',
  },
  'importIssue.row': { da: 'række {row}', nb: 'rad {row}', en: 'row {row}' },
  'importIssue.file': { da: 'filen', nb: 'filen', en: 'the file' },
  'importIssue.giveDays': {
    da: 'angiv antallet af dagsværk',
    nb: 'oppgi antall dagsverk',
    en: 'give the number of day-works',
  },
  'importIssue.notNumber': {
    da: '»{text}« er ikke et tal',
    nb: '«{text}» er ikke et tall',
    en: '"{text}" is not a number',
  },
  'importIssue.negative': { da: '{text} er negativt', nb: '{text} er negativt', en: '{text} is negative' },
  'importIssue.notPeople': {
    da: '»{text}« er ikke et helt antal personer',
    nb: '«{text}» er ikke et helt antall personer',
    en: '"{text}" is not a whole number of people',
  },
  'importIssue.giveCode': {
    da: 'angiv enhedens kode',
    nb: 'oppgi enhetens kode',
    en: 'give the unit’s code',
  },
  'importIssue.noUnit': {
    da: 'ingen enhed har koden »{code}«',
    nb: 'ingen enhet har koden «{code}»',
    en: 'no unit has the code "{code}"',
  },
  'importIssue.givePeriod': {
    da: 'angiv måned eller kvartal, fx 2025-03 eller 2025-Q1',
    nb: 'oppgi måned eller kvartal, f.eks. 2025-03 eller 2025-Q1',
    en: 'give the month or quarter, e.g. 2025-03 or 2025-Q1',
  },
  'importIssue.notPeriod': {
    da: '»{text}« er ikke en måned eller et kvartal; skriv fx 2025-03 eller 2025-Q1',
    nb: '«{text}» er ikke en måned eller et kvartal; skriv f.eks. 2025-03 eller 2025-Q1',
    en: '"{text}" is not a month or quarter; write e.g. 2025-03 or 2025-Q1',
  },
  'importIssue.partsOverSick': {
    da: '{days} dage, flere end de {sick} sygedage',
    nb: '{days} dager, flere enn de {sick} sykedagene',
    en: '{days} days, more than the {sick} sick days',
  },
  'importIssue.sickOverPlanned': {
    da: '{sick} sygedage, flere end de {planned} mulige',
    nb: '{sick} sykedager, flere enn de {planned} avtalte',
    en: '{sick} sick days, more than the {planned} planned',
  },
  'importIssue.fields': {
    da: 'har {count} felter, men overskriften har {header}; et decimalkomma i en kommasepareret fil skal i anførselstegn',
    nb: 'har {count} felt, men overskriften har {header}; et desimalkomma i en kommaseparert fil må i anførselstegn',
    en: 'has {count} fields but the header has {header}; quote a decimal comma or separator in a text',
  },
  'importIssue.sameAsLine': {
    da: 'samme som linje {line}',
    nb: 'det samme som linje {line}',
    en: 'the same as line {line}',
  },
  'importIssue.overlaps': {
    da: '{period} overlapper {other}; angiv en enheds tal pr. måned eller pr. kvartal, ikke begge dele',
    nb: '{period} overlapper {other}; oppgi en enhets tall per måned eller per kvartal, ikke begge deler',
    en: '{period} overlaps {other}; give a unit’s figures by month or by quarter, not both',
  },
  'importIssue.sameColumn': {
    da: 'samme kolonne som »{heading}«',
    nb: 'samme kolonne som «{heading}»',
    en: 'the same column as "{heading}"',
  },
  'importIssue.missingColumn': {
    da: 'kolonnen mangler',
    nb: 'kolonnen mangler',
    en: 'the column is missing',
  },
  'importIssue.noHeading': {
    da: 'kolonnen har ingen overskrift',
    nb: 'kolonnen har ingen overskrift',
    en: 'the column has no heading',
  },
  'importIssue.unknownColumn': { da: 'ukendt kolonne', nb: 'ukjent kolonne', en: 'unknown column' },
  'importIssue.empty': { da: 'filen er tom', nb: 'filen er tom', en: 'the file is empty' },
  'importIssue.noRows': {
    da: 'der er ingen rækker under overskriften',
    nb: 'det er ingen rader under overskriften',
    en: 'there are no rows below the header',
  },
  'importIssue.missing': { da: 'mangler', nb: 'mangler', en: 'missing' },
  'importIssue.tooLong': {
    da: 'længere end {count} tegn',
    nb: 'lengre enn {count} tegn',
    en: 'longer than {count} characters',
  },
  'importIssue.notYear': {
    da: '»{text}« er ikke et år; skriv perioden som et år, fx 2024',
    nb: '«{text}» er ikke et år; skriv perioden som et år, f.eks. 2024',
    en: '"{text}" is not a year; write the period as a year, e.g. 2024',
  },
  'importIssue.oldExcel': {
    da: 'filen er en gammel Excel-projektmappe (.xls); gem den som .xlsx eller som CSV',
    nb: 'filen er en gammel Excel-arbeidsbok (.xls); lagre den som .xlsx eller som CSV',
    en: 'the file is an old Excel workbook (.xls); save it as .xlsx or as CSV',
  },
  'importIssue.notSpreadsheet': {
    da: 'filen er hverken CSV-tekst eller en XLSX-projektmappe',
    nb: 'filen er verken CSV-tekst eller en XLSX-arbeidsbok',
    en: 'the file is neither CSV text nor an XLSX workbook',
  },
  'importIssue.tooFarRight': {
    da: 'har en celle i kolonne {column}; højst {max} kolonner',
    nb: 'har en celle i kolonne {column}; høyst {max} kolonner',
    en: 'has a cell in column {column}; at most {max} columns',
  },
});
