import { defineMessages } from './message-catalogue';

/** The sick-leave import and the benchmark (key figure) import in the staff app. */
export const importMessages = defineMessages({
  'imports.line': { da: 'Linje', nb: 'Linje', en: 'Line' },
  'imports.column': { da: 'Kolonne', nb: 'Kolonne', en: 'Column' },
  'imports.problem': { da: 'Problem', nb: 'Problem', en: 'Problem' },
  'imports.rowsHeading': {
    da: 'Filen har {count, plural, one {# fejl} other {# fejl}}',
    nb: 'Filen har {count, plural, one {# feil} other {# feil}}',
    en: 'The file has {count, plural, one {# problem} other {# problems}}',
  },
  'imports.moreNotShown': {
    da: 'De første {shown} fejl vises; {rest, plural, one {# mere vises} other {# mere vises}} ikke.',
    nb: 'De første {shown} feilene vises; {rest, plural, one {# til vises} other {# til vises}} ikke.',
    en: 'The first {shown} problems are shown; {rest, plural, one {# more is} other {# more are}} not.',
  },
  'imports.noFile': {
    da: 'Vælg en fil først.',
    nb: 'Velg en fil først.',
    en: 'Choose a file first.',
  },
  'imports.navSickLeave': { da: 'Indlæs sygefravær', nb: 'Les inn sykefravær', en: 'Import sick leave' },
  'imports.navBenchmarks': { da: 'Nøgletal', nb: 'Nøkkeltall', en: 'Benchmarks' },

  'sickLeaveImport.title': { da: 'Indlæs sygefravær', nb: 'Les inn sykefravær', en: 'Import sick leave' },
  'sickLeaveImport.lead': {
    da: 'Sygefraværet kommer fra kommunens løn- eller personalesystem: en CSV- eller XLSX-fil med én række pr. enhed og måned (eller kvartal). En indlæsning er alt eller intet: er blot én række forkert, indlæses intet, og rækkerne, der skal rettes, vises. Indlæses en enheds måned eller kvartal igen, erstattes den.',
    nb: 'Sykefraværet kommer fra kommunens lønns- eller personalsystem: en CSV- eller XLSX-fil med én rad per enhet og måned (eller kvartal). En innlesing er alt eller ingenting: er bare én rad feil, leses ingenting inn, og radene som må rettes, vises. Leses en enhets måned eller kvartal inn igjen, erstattes den.',
    en: 'Sick leave comes from the municipality’s HR or payroll system: a CSV or XLSX export with one row per unit and month (or quarter). An import is all or nothing: if any row is wrong, nothing is imported and the rows to correct are listed. Importing a unit’s month or quarter again replaces it.',
  },
  'sickLeaveImport.figures': {
    da: 'Se sygefraværet',
    nb: 'Se sykefraværet',
    en: 'See the sick leave figures',
  },
  'sickLeaveImport.uploadHeading': { da: 'Send en fil', nb: 'Send en fil', en: 'Import a file' },
  'sickLeaveImport.file': {
    da: 'CSV- eller XLSX-fil fra løn- eller personalesystemet',
    nb: 'CSV- eller XLSX-fil fra lønns- eller personalsystemet',
    en: 'CSV or XLSX file from the HR or payroll system',
  },
  'sickLeaveImport.send': { da: 'Send og indlæs', nb: 'Send og les inn', en: 'Upload and import' },
  'sickLeaveImport.uploading': { da: 'Sender filen …', nb: 'Sender filen …', en: 'Uploading the file …' },
  'sickLeaveImport.uploadProgress': { da: 'Afsendelse', nb: 'Opplasting', en: 'Upload' },
  'sickLeaveImport.templates': {
    da: 'Begynd med skabelonen, med to eksempelrækker for jeres enheder:',
    nb: 'Begynn med malen, med to eksempelrader for deres enheter:',
    en: 'Start from the template, with two example rows for your units:',
  },
  'sickLeaveImport.refused': {
    da: 'Filen kan ikke indlæses. Intet er gemt.',
    nb: 'Filen kan ikke leses inn. Ingenting er lagret.',
    en: 'The file cannot be imported. Nothing has been stored.',
  },
  'sickLeaveImport.tooLarge': {
    da: 'Filen er større, end serveren tager imod.',
    nb: 'Filen er større enn serveren tar imot.',
    en: 'The file is larger than the server accepts.',
  },
  'sickLeaveImport.resultHeading': {
    da: 'Indlæsning af {fileName}',
    nb: 'Innlesing av {fileName}',
    en: 'Import of {fileName}',
  },
  'sickLeaveImport.progress': { da: 'Fremdrift', nb: 'Framdrift', en: 'Progress' },
  'sickLeaveImport.failed': {
    da: 'Filen har {count, plural, one {# fejl} other {# fejl}}. Intet er indlæst: ret rækkerne nedenfor i filen, og send den igen.',
    nb: 'Filen har {count, plural, one {# feil} other {# feil}}. Ingenting er lest inn: rett radene nedenfor i filen, og send den igjen.',
    en: 'The file has {count, plural, one {# problem} other {# problems}}. Nothing has been imported: correct the rows below in the file and upload it again.',
  },
  'sickLeaveImport.queued': {
    da: 'Venter på, at indlæsningen går i gang.',
    nb: 'Venter på at innlesingen starter.',
    en: 'Waiting for the worker to start.',
  },
  'sickLeaveImport.readingCount': {
    da: 'Læser og kontrollerer: {count, plural, one {# række} other {# rækker}} indtil nu.',
    nb: 'Leser og kontrollerer: {count, plural, one {# rad} other {# rader}} så langt.',
    en: 'Reading and checking: {count, plural, one {# row} other {# rows}} so far.',
  },
  'sickLeaveImport.reading': {
    da: 'Læser og kontrollerer række {done, number} af {total, number}.',
    nb: 'Leser og kontrollerer rad {done, number} av {total, number}.',
    en: 'Reading and checking row {done, number} of {total, number}.',
  },
  'sickLeaveImport.writing': {
    da: 'Gemmer tallene.',
    nb: 'Lagrer tallene.',
    en: 'Writing the records.',
  },
  'sickLeaveImport.failedShort': {
    da: '{count, plural, one {# fejl} other {# fejl}}; intet er indlæst.',
    nb: '{count, plural, one {# feil} other {# feil}}; ingenting er lest inn.',
    en: '{count, plural, one {# problem} other {# problems}}; nothing was imported.',
  },
  'sickLeaveImport.appliedBare': { da: 'Indlæst.', nb: 'Lest inn.', en: 'Applied.' },
  'sickLeaveImport.applied': {
    da: '{records, plural, one {# post} other {# poster}} for {units, plural, one {# enhed} other {# enheder}}{periods} ({replaced, plural, =0 {alle nye} one {# erstattede tidligere tal} other {# erstattede tidligere tal}}).',
    nb: '{records, plural, one {# post} other {# poster}} for {units, plural, one {# enhet} other {# enheter}}{periods} ({replaced, plural, =0 {alle nye} one {# erstattet tidligere tall} other {# erstattet tidligere tall}}).',
    en: '{records, plural, one {# record} other {# records}} for {units, plural, one {# unit} other {# units}}{periods} ({replaced, plural, =0 {all new} one {# replaced earlier figures} other {# replaced earlier figures}}).',
  },
  'sickLeaveImport.periodRange': {
    da: ', {first} til {last}',
    nb: ', {first} til {last}',
    en: ', {first} to {last}',
  },
  'sickLeaveImport.ignored': {
    da: ' Kolonner, der ikke blev brugt: {columns}.',
    nb: ' Kolonner som ikke ble brukt: {columns}.',
    en: ' Columns not used: {columns}.',
  },
  'sickLeaveImport.imported': { da: 'Indlæst: {text}', nb: 'Lest inn: {text}', en: 'Imported: {text}' },
  'sickLeaveImport.historyHeading': { da: 'Indlæsninger', nb: 'Innlesinger', en: 'Imports' },
  'sickLeaveImport.noImports': {
    da: 'Der er ikke indlæst nogen fil endnu.',
    nb: 'Ingen fil er lest inn ennå.',
    en: 'No file has been imported yet.',
  },
  'sickLeaveImport.uploaded': { da: 'Sendt', nb: 'Sendt', en: 'Uploaded' },
  'sickLeaveImport.fileName': { da: 'Fil', nb: 'Fil', en: 'File' },
  'sickLeaveImport.by': { da: 'Af', nb: 'Av', en: 'By' },
  'sickLeaveImport.status': { da: 'Status', nb: 'Status', en: 'Status' },
  'sickLeaveImport.result': { da: 'Resultat', nb: 'Resultat', en: 'Result' },
  'sickLeaveImport.statusWord': {
    da: '{status, select, queued {I kø} running {I gang} failed {Afvist} applied {Indlæst} other {}}',
    nb: '{status, select, queued {I kø} running {Pågår} failed {Avvist} applied {Lest inn} other {}}',
    en: '{status, select, queued {Queued} running {Running} failed {Failed} applied {Applied} other {}}',
  },
  'sickLeaveImport.columnsHeading': { da: 'Kolonner', nb: 'Kolonner', en: 'Columns' },
  'sickLeaveImport.columnsLead': {
    da: 'Overskrifterne må være på dansk, norsk eller engelsk, i vilkårlig rækkefølge og med store eller små bogstaver; andre kolonner (en enheds navn, et omkostningssted) springes over. Tal må have decimalkomma eller -punktum (12,5 eller 12.5). En CSV-fil må være adskilt med ; eller ,; af en XLSX-projektmappe læses det første ark (formatér kodekolonnen som tekst i Excel, så en kode som 0101 beholder sit nul).',
    nb: 'Overskriftene kan være på dansk, norsk eller engelsk, i hvilken som helst rekkefølge og med store eller små bokstaver; andre kolonner (en enhets navn, et kostnadssted) hoppes over. Tall kan ha desimalkomma eller -punktum (12,5 eller 12.5). En CSV-fil kan være skilt med ; eller ,; av en XLSX-arbeidsbok leses det første arket (formater kodekolonnen som tekst i Excel, så en kode som 0101 beholder nullen).',
    en: 'Headings may be in Danish, Norwegian or English, in any order, in upper or lower case; other columns (a unit’s name, a cost centre) are read past. Numbers may have a decimal comma or point (12,5 or 12.5). A CSV file may be separated by ; or ,; of an XLSX workbook, the first sheet is read (format the code column as text in Excel, so that a code like 0101 keeps its zero).',
  },
  'sickLeaveImport.columnsNote': {
    da: 'En enheds tal angives pr. måned eller pr. kvartal, ikke begge dele for de samme måneder: en måned inden for et kvartal for samme enhed, i filen eller indlæst før, afvises.',
    nb: 'En enhets tall oppgis per måned eller per kvartal, ikke begge deler for de samme månedene: en måned innenfor et kvartal for samme enhet, i filen eller lest inn før, avvises.',
    en: 'A unit’s figures are given by month or by quarter, not both for the same months: a month inside a quarter of the same unit, in the file or imported before, is refused.',
  },
  'sickLeaveImport.columnName': { da: 'Kolonne', nb: 'Kolonne', en: 'Column' },
  'sickLeaveImport.headings': {
    da: 'Overskrifter, der læses som kolonnen',
    nb: 'Overskrifter som leses som kolonnen',
    en: 'Headings read as this column',
  },
  'sickLeaveImport.required': { da: 'Skal med', nb: 'Påkrevd', en: 'Required' },
  'sickLeaveImport.yes': { da: 'Ja', nb: 'Ja', en: 'Yes' },
  'sickLeaveImport.no': { da: 'Nej', nb: 'Nei', en: 'No' },
  'sickLeaveImport.meaning': { da: 'Indhold', nb: 'Innhold', en: 'What it holds' },
  'sickLeaveImport.meaning.unit_code': {
    da: 'Enhedens kode, som under Organisation (kommunens egen nøgle).',
    nb: 'Enhetens kode, som under Organisasjon (kommunens egen nøkkel).',
    en: 'The unit’s code, as on the Organisation page (the municipality’s own key).',
  },
  'sickLeaveImport.meaning.period': {
    da: 'En kalendermåned eller et kvartal: 2025-03, 202503, »marts 2025«; 2025-Q1, 2025K1, »1. kvartal 2025«.',
    nb: 'En kalendermåned eller et kvartal: 2025-03, 202503, «mars 2025»; 2025-Q1, 2025K1, «1. kvartal 2025».',
    en: 'A calendar month or quarter: 2025-03, 202503, “marts 2025”, “mars 2025”; 2025-Q1, 2025K1, “Q1 2025”, “1. kvartal 2025”.',
  },
  'sickLeaveImport.meaning.planned_days': {
    da: 'Mulige dagsværk i perioden, justeret for beskæftigelsesgrad (Danmarks Statistiks mulige dagsværk).',
    nb: 'Avtalte dagsverk i perioden, justert for stillingsprosent (SSBs avtalte dagsverk).',
    en: 'Planned (agreed, possible) day-works in the period, adjusted for job share: DST’s possible and SSB’s agreed day-works.',
  },
  'sickLeaveImport.meaning.sick_days': {
    da: 'Dagsværk tabt ved egen sygdom i perioden; højst lige så mange som de mulige.',
    nb: 'Dagsverk tapt ved egen sykdom i perioden; høyst like mange som de avtalte.',
    en: 'Day-works lost to own illness in the period; no more than the planned ones.',
  },
  'sickLeaveImport.meaning.short_term_days': {
    da: 'Heraf korttidsfravær.',
    nb: 'Herav korttidsfravær.',
    en: 'Of the sick days, short-term absence.',
  },
  'sickLeaveImport.meaning.long_term_days': {
    da: 'Heraf langtidsfravær. Kort- og langtid tilsammen er højst sygedagene.',
    nb: 'Herav langtidsfravær. Kort- og langtid til sammen er høyst sykedagene.',
    en: 'Of the sick days, long-term absence. Short- and long-term together are no more than the sick days.',
  },
  'sickLeaveImport.meaning.self_certified_days': {
    da: 'Heraf egenmeldt.',
    nb: 'Herav egenmeldt.',
    en: 'Of the sick days, self-certified (egenmeldt).',
  },
  'sickLeaveImport.meaning.doctor_certified_days': {
    da: 'Heraf lægemeldt. Egen- og lægemeldt tilsammen er højst sygedagene.',
    nb: 'Herav legemeldt. Egen- og legemeldt til sammen er høyst sykedagene.',
    en: 'Of the sick days, doctor-certified (legemeldt, lægemeldt). Self- and doctor-certified together are no more than the sick days.',
  },
  'sickLeaveImport.meaning.employees': {
    da: 'Antal ansatte i perioden: en enhed med få ansatte viser ikke sit sygefravær.',
    nb: 'Antall ansatte i perioden: en enhet med få ansatte viser ikke sykefraværet sitt.',
    en: 'Headcount in the period: a unit with few employees does not show its sick leave.',
  },

  'benchmarks.title': { da: 'Nøgletal', nb: 'Nøkkeltall', en: 'Benchmarks' },
  'benchmarks.lead': {
    da: 'Nøgletal for sammenlignelige kommuner (en KOSTRA-gruppe eller jeres egen sammenligningsgruppe) og hver gruppes gennemsnit: det simple gennemsnit over gruppens kommuner, hvor hver tæller én gang.',
    nb: 'Nøkkeltall for sammenlignbare kommuner (en KOSTRA-gruppe eller deres egen sammenligningsgruppe) og hver gruppes gjennomsnitt: det enkle gjennomsnittet over gruppens kommuner, der hver teller én gang.',
    en: 'Key figures of comparable municipalities (a KOSTRA group, or your own peer set) and each group’s average: the plain mean over the group’s municipalities, each counting once.',
  },
  'benchmarks.averagesHeading': { da: 'Gruppegennemsnit', nb: 'Gruppegjennomsnitt', en: 'Group averages' },
  'benchmarks.none': {
    da: 'Der er ikke indlæst nøgletal endnu.',
    nb: 'Ingen nøkkeltall er lest inn ennå.',
    en: 'No key figures have been imported yet.',
  },
  'benchmarks.indicator': { da: 'Indikator', nb: 'Indikator', en: 'Indicator' },
  'benchmarks.group': { da: 'Sammenligningsgruppe', nb: 'Sammenligningsgruppe', en: 'Comparison group' },
  'benchmarks.year': { da: 'År', nb: 'År', en: 'Year' },
  'benchmarks.average': { da: 'Gennemsnit', nb: 'Gjennomsnitt', en: 'Average' },
  'benchmarks.municipalities': { da: 'Kommuner', nb: 'Kommuner', en: 'Municipalities' },
  'benchmarks.source': { da: 'Kilde', nb: 'Kilde', en: 'Source' },
  'benchmarks.vintage': { da: 'Udgave', nb: 'Versjon', en: 'Vintage' },
  'benchmarks.municipality': { da: 'Kommune', nb: 'Kommune', en: 'Municipality' },
  'benchmarks.value': { da: 'Værdi', nb: 'Verdi', en: 'Value' },
  'benchmarks.figures': {
    da: 'De {count, number} indlæste tal{shown, plural, =0 {} other { (de første #)}}',
    nb: 'De {count, number} innleste tallene{shown, plural, =0 {} other { (de første #)}}',
    en: 'The {count, number} imported figures{shown, plural, =0 {} other { (the first #)}}',
  },
  'benchmarks.importHeading': { da: 'Indlæs nøgletal', nb: 'Les inn nøkkeltall', en: 'Import key figures' },
  'benchmarks.importLead': {
    da: 'Kolonner: {columns} (også danske og norske overskrifter som kommune;kostragruppe;indikator;år;verdi;kilde), adskilt med ; eller ,. Kommunen med navn eller officielt nummer, perioden som et år, værdien som offentliggjort: en andel i procent (8,9), en score på dens skala. Indikatoren er Målbars nøgle (wellbeing eller pupil-wellbeing/wellbeing), så mål om »under gennemsnittet for sammenlignelige kommuner« finder den. Indlæses en kildes gruppe, indikator og år igen, erstattes den. Er en række forkert, indlæses intet.',
    nb: 'Kolonner: {columns} (også danske og norske overskrifter som kommune;kostragruppe;indikator;år;verdi;kilde), skilt med ; eller ,. Kommunen med navn eller offisielt nummer, perioden som et år, verdien som publisert: en andel i prosent (8,9), en skår på sin skala. Indikatoren er Målbars nøkkel (wellbeing eller pupil-wellbeing/wellbeing), så mål om «under gjennomsnittet for sammenlignbare kommuner» finner den. Leses en kildes gruppe, indikator og år inn igjen, erstattes den. Er en rad feil, leses ingenting inn.',
    en: 'Columns: {columns} (also Danish and Norwegian headings such as kommune;kostragruppe;indikator;år;verdi;kilde); separated by ; or ,. The municipality by name or official number, the period as a year, the value as published: a share in percent (8,9), a score on its scale. The indicator is Målbar’s key (wellbeing, or pupil-wellbeing/wellbeing), so goals “below the average of comparable municipalities” find it. Importing a source’s group, indicator and year again replaces it. If any row is wrong, nothing is imported.',
  },
  'benchmarks.sourceField': {
    da: 'Kilde, for rækker uden (fx Danmarks Statistik, tabel 12345)',
    nb: 'Kilde, for rader uten (f.eks. SSB KOSTRA, tabell 12345)',
    en: 'Source, for rows without one (e.g. SSB KOSTRA, tabel 12345)',
  },
  'benchmarks.vintageField': {
    da: 'Udgave, for rækker uden (fx offentliggjort 2025-06-16)',
    nb: 'Versjon, for rader uten (f.eks. publisert 2025-06-16)',
    en: 'Vintage, for rows without one (e.g. published 2025-06-16)',
  },
  'benchmarks.file': { da: 'Vælg en CSV-fil', nb: 'Velg en CSV-fil', en: 'Choose a CSV file' },
  'benchmarks.csv': {
    da: 'eller indsæt CSV-teksten her',
    nb: 'eller lim inn CSV-teksten her',
    en: 'or paste the CSV text here',
  },
  'benchmarks.import': { da: 'Indlæs', nb: 'Les inn', en: 'Import' },
  'benchmarks.imported': {
    da: 'Indlæst: {imported, plural, one {# tal} other {# tal}}{replaced, plural, =0 {} one {, som erstatter # gemt før} other {, som erstatter # gemt før}}.',
    nb: 'Lest inn: {imported, plural, one {# tall} other {# tall}}{replaced, plural, =0 {} one {, som erstatter # lagret før} other {, som erstatter # lagret før}}.',
    en: 'Imported {imported, plural, one {# figure} other {# figures}}{replaced, plural, =0 {} other {, replacing # stored before}}.',
  },
  'benchmarks.failedNote': {
    da: 'Intet er indlæst. Ret rækkerne nedenfor (her eller i filen), og indlæs igen.',
    nb: 'Ingenting er lest inn. Rett radene nedenfor (her eller i filen), og les inn igjen.',
    en: 'Nothing has been imported. Correct the rows below (here or in the file) and import again.',
  },
  'benchmarks.noText': {
    da: 'Vælg en fil, eller indsæt teksten.',
    nb: 'Velg en fil, eller lim inn teksten.',
    en: 'Choose a file or paste the text.',
  },
});

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
