import { defineMessages } from './message-catalogue';

/**
 * The initiative catalogue in the staff app (issue 5): quality-development cases from every
 * municipality, searched, added, changed and assessed on the 4-point scale. The assessment's
 * questions are the instrument's (survey-definitions/initiative-assessment), in its own languages.
 */
export const initiativeMessages = defineMessages({
  'initiatives.title': { da: 'Initiativkatalog', nb: 'Tiltakskatalog', en: 'Initiative catalogue' },
  'initiatives.lead': {
    da: 'Kvalitetsudviklingsinitiativer fra alle kommuner på denne installation, så I kan lære af hinanden. Hvert initiativ vurderes på en skala fra 1 (lavest) til 4 (højest).',
    nb: 'Kvalitetsutviklingstiltak fra alle kommuner på denne installasjonen, så dere kan lære av hverandre. Hvert tiltak vurderes på en skala fra 1 (lavest) til 4 (høyest).',
    en: 'Quality-development initiatives from every municipality on this installation, to learn from one another. Each is assessed on a scale from 1 (lowest) to 4 (highest).',
  },
  'initiatives.add': { da: 'Tilføj et initiativ', nb: 'Legg til et tiltak', en: 'Add an initiative' },
  'initiatives.search': { da: 'Søg i kataloget', nb: 'Søk i kataloget', en: 'Search the catalogue' },
  'initiatives.words': { da: 'Søgeord', nb: 'Søkeord', en: 'Words' },
  'initiatives.sector': { da: 'Sektor', nb: 'Sektor', en: 'Sector' },
  'initiatives.allSectors': { da: 'Alle sektorer', nb: 'Alle sektorer', en: 'All sectors' },
  'initiatives.municipality': { da: 'Kommune', nb: 'Kommune', en: 'Municipality' },
  'initiatives.allMunicipalities': { da: 'Alle kommuner', nb: 'Alle kommuner', en: 'All municipalities' },
  'initiatives.searchButton': { da: 'Søg', nb: 'Søk', en: 'Search' },
  'initiatives.found': {
    da: '{count, plural, =0 {Intet initiativ matcher.} one {# initiativ fundet} other {# initiativer fundet}}',
    nb: '{count, plural, =0 {Ingen tiltak passer.} one {# tiltak funnet} other {# tiltak funnet}}',
    en: '{count, plural, =0 {No initiative matches.} one {# initiative found} other {# initiatives found}}',
  },
  'initiatives.firstOnly': {
    da: 'De første {count} vises; indsnævr søgningen for at se andre.',
    nb: 'De første {count} vises; snevre inn søket for å se andre.',
    en: 'The first {count} are shown; narrow the search to see others.',
  },
  'initiatives.results': { da: 'Initiativer', nb: 'Tiltak', en: 'Initiatives' },
  'initiatives.meta': {
    da: '{municipality} · {sector} · kontakt: {unit}',
    nb: '{municipality} · {sector} · kontakt: {unit}',
    en: '{municipality} · {sector} · contact: {unit}',
  },
  'initiatives.worksTowards': {
    da: 'Arbejder mod: {goals}',
    nb: 'Arbeider mot: {goals}',
    en: 'Works towards: {goals}',
  },
  'initiatives.sector.daycare': { da: 'Dagtilbud', nb: 'Barnehage', en: 'Daycare' },
  'initiatives.sector.school': { da: 'Skole', nb: 'Skole', en: 'School' },
  'initiatives.sector.elderly-care': { da: 'Ældrepleje', nb: 'Eldreomsorg', en: 'Elderly care' },
  'initiatives.sector.cross-cutting': { da: 'Tværgående', nb: 'Tverrgående', en: 'Cross-cutting' },
  'initiatives.dimension.short_term_savings': {
    da: 'Besparelser på kort sigt',
    nb: 'Innsparinger på kort sikt',
    en: 'Short-term savings',
  },
  'initiatives.dimension.long_term_savings': {
    da: 'Besparelser på lang sigt',
    nb: 'Innsparinger på lang sikt',
    en: 'Long-term savings',
  },
  'initiatives.dimension.employee_involvement': {
    da: 'Medarbejderinddragelse',
    nb: 'Medarbeiderinvolvering',
    en: 'Employee involvement',
  },
  'initiatives.dimension.employee_satisfaction': {
    da: 'Medarbejdertilfredshed',
    nb: 'Medarbeidertilfredshet',
    en: 'Employee satisfaction',
  },
  'initiatives.dimension.citizen_involvement': {
    da: 'Borgerinddragelse',
    nb: 'Innbyggerinvolvering',
    en: 'Citizen involvement',
  },
  'initiatives.dimension.citizen_satisfaction': {
    da: 'Borgertilfredshed',
    nb: 'Innbyggertilfredshet',
    en: 'Citizen satisfaction',
  },
  'initiatives.dimension.sick_leave': {
    da: 'Lavere sygefravær',
    nb: 'Lavere sykefravær',
    en: 'Lower sick leave',
  },
  'initiatives.score': { da: '{score} af 4', nb: '{score} av 4', en: '{score} of 4' },
  'initiatives.cannotAssess': { da: 'ved ikke', nb: 'vet ikke', en: 'cannot assess' },
  'initiatives.notAssessed': { da: 'Ikke vurderet.', nb: 'Ikke vurdert.', en: 'Not assessed.' },
  'initiatives.note': {
    da: 'Vurderingen bygger på: {note}',
    nb: 'Vurderingen bygger på: {note}',
    en: 'What the ratings rest on: {note}',
  },
  'initiatives.profile': { da: 'Profil pr. sektor', nb: 'Profil per sektor', en: 'Profile per sector' },
  'initiatives.profileCaption': {
    da: 'Gennemsnitlig vurdering på skalaen 1–4 (4 er højest) med 95 %-interval og n, antallet af initiativer, der kunne vurderes på punktet: “ved ikke” tælles ikke med.',
    nb: 'Gjennomsnittlig vurdering på skalaen 1–4 (4 er høyest) med 95 %-intervall og n, antallet tiltak som kunne vurderes på punktet: «vet ikke» telles ikke med.',
    en: 'Mean rating on the 1–4 scale (4 highest) with its 95 % interval and n, the number of initiatives that could rate it: “cannot assess” is left out.',
  },
  'initiatives.dimension': { da: 'Vurderingspunkt', nb: 'Vurderingspunkt', en: 'Dimension' },
  'initiatives.assessedCount': {
    da: 'Vurderede initiativer',
    nb: 'Vurderte tiltak',
    en: 'Initiatives assessed',
  },
  'initiatives.needsTwo': {
    da: 'interval kræver n ≥ 2',
    nb: 'intervall krever n ≥ 2',
    en: 'interval needs n ≥ 2',
  },
  'initiatives.backToCatalogue': {
    da: 'Tilbage til initiativkataloget',
    nb: 'Tilbake til tiltakskataloget',
    en: 'Back to the initiative catalogue',
  },
  'initiatives.new': { da: 'Nyt initiativ', nb: 'Nytt tiltak', en: 'New initiative' },
  'initiatives.lastChanged': {
    da: '{municipality} · sidst ændret {date}',
    nb: '{municipality} · sist endret {date}',
    en: '{municipality} · last changed {date}',
  },
  'initiatives.chooseSector': { da: 'Vælg en sektor', nb: 'Velg en sektor', en: 'Choose a sector' },
  'initiatives.titleField': { da: 'Titel', nb: 'Tittel', en: 'Title' },
  'initiatives.description': {
    da: 'Beskrivelse: hvad blev gjort, og hvordan gik det',
    nb: 'Beskrivelse: hva ble gjort, og hvordan gikk det',
    en: 'Description: what was done, and how it went',
  },
  'initiatives.contactUnit': { da: 'Kontaktenhed', nb: 'Kontaktenhet', en: 'Contact unit' },
  'initiatives.goals': {
    da: 'Kvalitetsmål, initiativet arbejder mod',
    nb: 'Kvalitetsmål tiltaket arbeider mot',
    en: 'Quality goals it works towards',
  },
  'initiatives.noGoals': {
    da: 'Din kommune har ingen kvalitetsmål endnu.',
    nb: 'Kommunen din har ingen kvalitetsmål ennå.',
    en: 'Your municipality has no goals yet.',
  },
  'initiatives.assessment': { da: 'Vurdering', nb: 'Vurdering', en: 'Assessment' },
  'initiatives.assessmentLead': {
    da: 'Vurdér hvert spørgsmål fra 1 (lavest) til 4 (højest), eller vælg “ved ikke”. Lad alle spørgsmål stå tomme, hvis initiativet ikke er vurderet.',
    nb: 'Vurder hvert spørsmål fra 1 (lavest) til 4 (høyest), eller velg «vet ikke». La alle spørsmål stå tomme hvis tiltaket ikke er vurdert.',
    en: 'Rate each question from 1 (lowest) to 4 (highest), or choose “cannot assess”. Leave every question empty if the initiative has not been assessed.',
  },
  'initiatives.clearAssessment': {
    da: 'Ryd vurderingen',
    nb: 'Fjern vurderingen',
    en: 'Clear the assessment',
  },
  'initiatives.addButton': { da: 'Tilføj initiativet', nb: 'Legg til tiltaket', en: 'Add the initiative' },
  'initiatives.saveButton': { da: 'Gem ændringerne', nb: 'Lagre endringene', en: 'Save the changes' },
  'initiatives.added': {
    da: 'Initiativet er tilføjet kataloget.',
    nb: 'Tiltaket er lagt til i kataloget.',
    en: 'The initiative is added to the catalogue.',
  },
  'initiatives.saved': {
    da: 'Ændringerne er gemt.',
    nb: 'Endringene er lagret.',
    en: 'The changes are saved.',
  },
  'initiatives.issue.title': {
    da: 'giv initiativet en titel',
    nb: 'gi tiltaket en tittel',
    en: 'give the initiative a title',
  },
  'initiatives.issue.description': {
    da: 'beskriv, hvad der blev gjort, og hvordan det gik',
    nb: 'beskriv hva som ble gjort, og hvordan det gikk',
    en: 'describe what was done and how it went',
  },
  'initiatives.issue.sector': { da: 'vælg en sektor', nb: 'velg en sektor', en: 'choose a sector' },
  'initiatives.issue.contactUnit': {
    da: 'vælg en enhed i din del af kommunen',
    nb: 'velg en enhet i din del av kommunen',
    en: 'choose a unit in your part of the municipality',
  },
  'initiatives.issue.goal': {
    da: 'et af målene hører ikke til din kommune',
    nb: 'et av målene hører ikke til kommunen din',
    en: 'one of the goals is not your municipality’s',
  },
  'initiatives.issue.rating': {
    da: 'vælg en vurdering eller “ved ikke”',
    nb: 'velg en vurdering eller «vet ikke»',
    en: 'choose a rating, or “cannot assess”',
  },
  'initiatives.issue.other': { da: 'tjek dette felt', nb: 'sjekk dette feltet', en: 'check this field' },
});
