import { defineMessages } from './message-catalogue';

/**
 * The follow-up report's screen in the staff app (opfølgningsredegørelse / oppfølgingsrapport):
 * writing its texts, adopting it, opening the PDF. The document's own words (headings, actions
 * table) are the report's, shared with the PDF and the public page.
 */
export const reportMessages = defineMessages({
  'report.title': {
    da: 'Opfølgningsredegørelse {year}',
    nb: 'Oppfølgingsrapport {year}',
    en: 'Follow-up report {year}',
  },
  'report.openReport': {
    da: 'Opfølgningsredegørelsen for {year}',
    nb: 'Oppfølgingsrapporten for {year}',
    en: 'The follow-up report for {year}',
  },
  'report.backToOverview': {
    da: 'Tilbage til overblikket',
    nb: 'Tilbake til oversikten',
    en: 'Back to the overview',
  },
  'report.years': { da: 'Redegørelsens år', nb: 'Rapportens år', en: 'Year of the report' },
  'report.draft': {
    da: 'Udkast – ikke vedtaget. Tallene følger de seneste offentliggjorte resultater.',
    nb: 'Utkast – ikke vedtatt. Tallene følger de siste publiserte resultatene.',
    en: 'Draft – not adopted. The figures follow the latest published results.',
  },
  'report.adoptedOn': {
    da: 'Vedtaget {date}. Redegørelsen er låst og ændres ikke mere.',
    nb: 'Vedtatt {date}. Rapporten er låst og endres ikke mer.',
    en: 'Adopted {date}. The report is locked and changes no more.',
  },
  'report.contentHash': {
    da: 'Kontrolsum (SHA-256)',
    nb: 'Kontrollsum (SHA-256)',
    en: 'Checksum (SHA-256)',
  },
  'report.pdf': { da: 'Hent som PDF', nb: 'Last ned som PDF', en: 'Download as PDF' },
  'report.print': { da: 'Udskriftsvenlig udgave', nb: 'Utskriftsvennlig versjon', en: 'Printable version' },
  'report.writeLead': {
    da: 'Skriv hvert måls procesevaluering og MED-udvalgets udtalelse i felterne, og gem dem. Teksterne kan rettes, indtil redegørelsen er vedtaget.',
    nb: 'Skriv prosessevalueringen for hvert mål og MED-utvalgets uttalelse i feltene, og lagre dem. Tekstene kan endres til rapporten er vedtatt.',
    en: "Write each goal's process evaluation and the MED committee's statement in the fields, and save them. The texts can be changed until the report is adopted.",
  },
  'report.readOnlyLead': {
    da: 'Kvalitetsmedarbejderne for hele kommunen skriver redegørelsens tekster og vedtager den.',
    nb: 'Kvalitetsmedarbeiderne for hele kommunen skriver rapportens tekster og vedtar den.',
    en: 'Quality staff for the whole municipality write the report’s texts and adopt it.',
  },
  'report.processFor': {
    da: 'Procesevaluering: {goal}',
    nb: 'Prosessevaluering: {goal}',
    en: 'Process evaluation: {goal}',
  },
  'report.saveTexts': { da: 'Gem teksterne', nb: 'Lagre tekstene', en: 'Save the texts' },
  'report.textsSaved': { da: 'Teksterne er gemt.', nb: 'Tekstene er lagret.', en: 'The texts are saved.' },
  'report.unsaved': {
    da: 'Der er ændringer, som ikke er gemt.',
    nb: 'Det er endringer som ikke er lagret.',
    en: 'There are changes that are not saved.',
  },
  'report.adoptHeading': { da: 'Vedtag redegørelsen', nb: 'Vedta rapporten', en: 'Adopt the report' },
  'report.adoptLead': {
    da: 'Vedtag, når byrådet har vedtaget redegørelsen. Den gemmes da præcis, som den lyder nu, med en kontrolsum, og senere svar eller genberegninger ændrer den aldrig. Teksterne gemmes først. MED-udvalgets udtalelse skal være skrevet.',
    nb: 'Vedta når kommunestyret har vedtatt rapporten. Den lagres da nøyaktig slik den lyder nå, med en kontrollsum, og senere svar eller nye beregninger endrer den aldri. Tekstene lagres først. MED-utvalgets uttalelse må være skrevet.',
    en: "Adopt when the council has adopted the report. It is then kept exactly as it reads now, with a checksum, and later answers or recomputations never change it. The texts are saved first. The MED committee's statement must be written.",
  },
  'report.adopt': {
    da: 'Vedtag redegørelsen for {year}',
    nb: 'Vedta rapporten for {year}',
    en: 'Adopt the {year} report',
  },
  'report.confirmAdopt': {
    da: 'Vedtagelsen kan ikke gøres om. Vedtag redegørelsen for {year}?',
    nb: 'Vedtaket kan ikke angres. Vedta rapporten for {year}?',
    en: 'Adoption cannot be undone. Adopt the {year} report?',
  },
  'report.confirmYes': { da: 'Ja, vedtag den', nb: 'Ja, vedta den', en: 'Yes, adopt it' },
  'report.confirmNo': { da: 'Nej, ikke endnu', nb: 'Nei, ikke ennå', en: 'No, not yet' },
  'report.adopted': {
    da: 'Redegørelsen for {year} er vedtaget og låst.',
    nb: 'Rapporten for {year} er vedtatt og låst.',
    en: 'The {year} report is adopted and locked.',
  },
  'report.issue.medStatement': {
    da: 'skriv MED-udvalgets udtalelse, før redegørelsen vedtages',
    nb: 'skriv MED-utvalgets uttalelse før rapporten vedtas',
    en: "enter the MED committee's statement before adopting",
  },
  'report.issue.tooLong': {
    da: 'teksten er for lang (højst 20.000 tegn)',
    nb: 'teksten er for lang (høyst 20 000 tegn)',
    en: 'the text is too long (at most 20,000 characters)',
  },
  'report.issue.other': { da: 'tjek dette felt', nb: 'sjekk dette feltet', en: 'check this field' },
  'report.alreadyAdopted': {
    da: 'Redegørelsen er allerede vedtaget; hent siden igen.',
    nb: 'Rapporten er allerede vedtatt; last siden på nytt.',
    en: 'The report is adopted already; load the page again.',
  },
});
