import { defineMessages } from './message-catalogue';

/**
 * The follow-up report's words (the PDF and print page, server/pages/report-document.ts), which the public
 * page and the app's contract overview share.
 */
export const reportDocumentMessages = defineMessages({
  'reportDocument.report': { da: 'Opfølgningsredegørelse', nb: 'Oppfølgingsrapport', en: 'Follow-up report' },
  'reportDocument.draft': {
    da: 'Udkast – ikke vedtaget. Tallene opdateres, hver gang målingernes resultater offentliggøres.',
    nb: 'Utkast – ikke vedtatt. Tallene oppdateres hver gang resultatene av målingene publiseres.',
    en: 'Draft – not adopted. The figures change each time the rounds’ results are published.',
  },
  'reportDocument.adoptedOn': { da: 'Vedtaget {date}', nb: 'Vedtatt {date}', en: 'Adopted {date}' },
  'reportDocument.contentHash': {
    da: 'Kontrolsum (SHA-256) for den vedtagne version',
    nb: 'Kontrollsum (SHA-256) for den vedtatte versjonen',
    en: 'Checksum (SHA-256) of the adopted version',
  },
  'reportDocument.period': { da: 'Kontraktperiode', nb: 'Kontraktperiode', en: 'Contract period' },
  'reportDocument.aim': { da: 'Overordnet mål', nb: 'Overordnet mål', en: 'Overall aim' },
  'reportDocument.goal': { da: 'Mål', nb: 'Mål', en: 'Goal' },
  'reportDocument.target': { da: 'Målsætning', nb: 'Målsetting', en: 'Target' },
  'reportDocument.deadline': { da: 'Frist', nb: 'Frist', en: 'Deadline' },
  'reportDocument.scope': { da: 'Gælder for', nb: 'Gjelder for', en: 'Applies to' },
  'reportDocument.result': { da: 'Resultat', nb: 'Resultat', en: 'Result' },
  'reportDocument.noResultThisYear': {
    da: 'Ingen måling i år.',
    nb: 'Ingen måling i år.',
    en: 'No measurement this year.',
  },
  'reportDocument.outsideReadScope': {
    da: 'Målet gælder enheder uden for din del af organisationen; deres resultater vises ikke her.',
    nb: 'Målet gjelder enheter utenfor din del av organisasjonen; resultatene deres vises ikke her.',
    en: 'The goal applies to units outside your part of the organisation; their results are not shown here.',
  },
  'reportDocument.readersUnitsOnly': {
    da: 'Kun enhederne i din del af organisationen er talt med.',
    nb: 'Bare enhetene i din del av organisasjonen er talt med.',
    en: 'Only the units in your part of the organisation are counted.',
  },
  'reportDocument.awaitingRelease': {
    da: 'Resultaterne offentliggøres, når målingen lukker {date}, eller når kvalitetsmedarbejderne offentliggør foreløbige resultater.',
    nb: 'Resultatene publiseres når målingen lukker {date}, eller når kvalitetsmedarbeiderne publiserer foreløpige resultater.',
    en: 'Results are published when the round closes on {date} or when quality staff publish interim results.',
  },
  'reportDocument.baseline': { da: 'Udgangspunkt', nb: 'Utgangspunkt', en: 'Baseline' },
  'reportDocument.employees': { da: '{count} ansatte', nb: '{count} ansatte', en: '{count} employees' },
  'reportDocument.sickLeaveNote': {
    da: 'Sygefraværet er sygedage i procent af planlagte arbejdsdage for alle ansatte, fra lønsystemet. Det er en optælling, ikke en stikprøve, så der er intet usikkerhedsinterval. Udviklingen måles mod samme periode året før. Enheder med færre end 5 ansatte vises ikke.',
    nb: 'Sykefraværet er sykedagsverk i prosent av avtalte dagsverk for alle ansatte, fra lønnssystemet. Det er en opptelling, ikke et utvalg, så det er ikke noe usikkerhetsintervall. Utviklingen måles mot samme periode året før. Enheter med færre enn 5 ansatte vises ikke.',
    en: 'Sick leave is sick days as a percentage of planned working days for all employees, from the payroll system. It is a count, not a sample, so there is no uncertainty interval. Change is measured against the same period a year earlier. Units with fewer than 5 employees are not shown.',
  },
  'reportDocument.changeSince': {
    da: 'Ændring siden forrige måling',
    nb: 'Endring siden forrige måling',
    en: 'Change since the previous measurement',
  },
  'reportDocument.changeSameLastYear': {
    da: 'Ændring fra samme periode sidste år',
    nb: 'Endring fra samme periode i fjor',
    en: 'Change from the same period last year',
  },
  'reportDocument.trend': {
    da: 'Udvikling siden udgangspunktet',
    nb: 'Utvikling siden utgangspunktet',
    en: 'Trend since the baseline',
  },
  'reportDocument.notMetAt': { da: 'Ikke nået', nb: 'Ikke nådd', en: 'Not met' },
  'reportDocument.unitsHiddenOrMissing': {
    da: 'Usikkert: {uncertain}. Skjult af hensyn til anonymitet: {hidden}. Uden data: {noData}.',
    nb: 'Usikkert: {uncertain}. Skjult av hensyn til anonymitet: {hidden}. Uten data: {noData}.',
    en: 'Uncertain: {uncertain}. Hidden to protect anonymity: {hidden}. Without data: {noData}.',
  },
  'reportDocument.processEvaluation': {
    da: 'Procesevaluering',
    nb: 'Prosessevaluering',
    en: 'Process evaluation',
  },
  'reportDocument.notWritten': {
    da: 'Ikke skrevet endnu.',
    nb: 'Ikke skrevet ennå.',
    en: 'Not written yet.',
  },
  'reportDocument.actions': {
    da: 'Veje til målet (indsatser)',
    nb: 'Veier til målet (tiltak)',
    en: 'Ways to reach the goal (actions)',
  },
  'reportDocument.actionsLocal': {
    da: 'Enhederne beslutter selv deres indsatser lokalt.',
    nb: 'Enhetene bestemmer selv sine tiltak lokalt.',
    en: 'The units decide their own actions locally.',
  },
  'reportDocument.noActions': {
    da: 'Ingen indsatser registreret.',
    nb: 'Ingen tiltak registrert.',
    en: 'No actions recorded.',
  },
  'reportDocument.what': { da: 'Indsats', nb: 'Tiltak', en: 'Action' },
  'reportDocument.where': { da: 'Hvor', nb: 'Hvor', en: 'Where' },
  'reportDocument.responsible': { da: 'Ansvarlig', nb: 'Ansvarlig', en: 'Responsible' },
  'reportDocument.due': { da: 'Frist', nb: 'Frist', en: 'Due' },
  'reportDocument.status': { da: 'Status', nb: 'Status', en: 'Status' },
  'reportDocument.wholeScope': { da: 'Alle enheder', nb: 'Alle enheter', en: 'All units' },
  'reportDocument.medStatement': {
    da: 'MED-udvalgets udtalelse',
    nb: 'Uttalelse fra de tillitsvalgte (MED-utvalget)',
    en: 'Statement of the staff representatives (MED committee)',
  },
  'reportDocument.howToRead': {
    da: 'Sådan læser du tallene',
    nb: 'Slik leser du tallene',
    en: 'How to read the figures',
  },
  'reportDocument.actionStatus.planned': { da: 'Planlagt', nb: 'Planlagt', en: 'Planned' },
  'reportDocument.actionStatus.in-progress': { da: 'I gang', nb: 'Pågår', en: 'In progress' },
  'reportDocument.actionStatus.done': { da: 'Gennemført', nb: 'Gjennomført', en: 'Done' },
  'reportDocument.actionStatus.dropped': { da: 'Opgivet', nb: 'Avbrutt', en: 'Dropped' },
  'reportDocument.howToReadText.n': {
    da: 'n er antallet af svar, tallet bygger på.',
    nb: 'n er antallet svar tallet bygger på.',
    en: 'n is the number of answers a figure is based on.',
  },
  'reportDocument.howToReadText.interval': {
    da: 'Intervallet i parentes er et 95 %-konfidensinterval: den sande værdi ligger med stor sandsynlighed inden for det. Jo færre svar, jo bredere interval.',
    nb: 'Intervallet i parentes er et 95 %-konfidensintervall: den sanne verdien ligger med stor sannsynlighet innenfor det. Jo færre svar, jo bredere intervall.',
    en: 'The range in brackets is a 95 % confidence interval: the true value very likely lies within it. The fewer the answers, the wider the range.',
  },
  'reportDocument.howToReadText.uncertain': {
    da: '"Usikkert" betyder, at intervallet rummer målsætningen, så tallene ikke kan afgøre, om målet er nået.',
    nb: '«Usikkert» betyr at intervallet rommer målsettingen, så tallene ikke kan avgjøre om målet er nådd.',
    en: '"Uncertain" means the range includes the target, so the figures cannot tell whether the goal is met.',
  },
  'reportDocument.howToReadText.hidden': {
    da: 'Grupper med for få svar vises ikke, så ingen kan genkendes.',
    nb: 'Grupper med for få svar vises ikke, slik at ingen kan kjennes igjen.',
    en: 'Groups with too few answers are not shown, so that nobody can be recognised.',
  },
  'reportDocument.asOf': { da: 'pr. {date}', nb: 'per {date}', en: 'as of {date}' },
  'reportDocument.unitsMeeting': {
    da: '{met} af {total} {kind, select, area {områder} institution {institutioner} other {klasser og grupper}} når målet.',
    nb: '{met} av {total} {kind, select, area {områder} institution {virksomheter} other {klasser og grupper}} når målet.',
    en: '{met} of {total} {kind, select, area {areas} institution {institutions} other {classes and groups}} meet the goal.',
  },
  'reportDocument.grades': { da: '{grades} klasse', nb: '{grades} trinn', en: 'grades {grades}' },
  'reportDocument.and': { da: 'og', nb: 'og', en: 'and' },
});
