import { formatDateIn } from './format-date';
import { listIn } from './list-text';
import type { ReportWords } from './report-words-shape';
import { da } from './report-words-da';

export const nb: ReportWords = {
  ...da,
  report: 'Oppfølgingsrapport',
  draft: 'Utkast – ikke vedtatt. Tallene oppdateres hver gang resultatene av målingene publiseres.',
  adoptedOn: (date) => `Vedtatt ${date}`,
  contentHash: 'Kontrollsum (SHA-256) for den vedtatte versjonen',
  period: 'Kontraktperiode',
  aim: 'Overordnet mål',
  target: 'Målsetting',
  scope: 'Gjelder for',
  noResultThisYear: 'Ingen måling i år.',
  outsideReadScope:
    'Målet gjelder enheter utenfor din del av organisasjonen; resultatene deres vises ikke her.',
  readersUnitsOnly: 'Bare enhetene i din del av organisasjonen er talt med.',
  awaitingRelease: (date) =>
    `Resultatene publiseres når målingen lukker ${date}, eller når kvalitetsmedarbeiderne publiserer foreløpige resultater.`,
  baseline: 'Utgangspunkt',
  employees: (n) => `${n} ansatte`,
  asOf: (date) => `per ${formatDateIn(date, 'nb')}`,
  sickLeaveNote:
    'Sykefraværet er sykedagsverk i prosent av avtalte dagsverk for alle ansatte, fra lønnssystemet. Det er en opptelling, ikke et utvalg, så det er ikke noe usikkerhetsintervall. Utviklingen måles mot samme periode året før. Enheter med færre enn 5 ansatte vises ikke.',
  changeSince: 'Endring siden forrige måling',
  changeSameLastYear: 'Endring fra samme periode i fjor',
  trend: 'Utvikling siden utgangspunktet',
  unitsMeeting: (met, total, kind) => `${met} av ${total} ${kind} når målet.`,
  notMetAt: 'Ikke nådd',
  unitsHiddenOrMissing: (hidden, noData, uncertain) =>
    `Usikkert: ${uncertain}. Skjult av hensyn til anonymitet: ${hidden}. Uten data: ${noData}.`,
  processEvaluation: 'Prosessevaluering',
  notWritten: 'Ikke skrevet ennå.',
  actions: 'Veier til målet (tiltak)',
  actionsLocal: 'Enhetene bestemmer selv sine tiltak lokalt.',
  noActions: 'Ingen tiltak registrert.',
  what: 'Tiltak',
  where: 'Hvor',
  responsible: 'Ansvarlig',
  wholeScope: 'Alle enheter',
  medStatement: 'Uttalelse fra de tillitsvalgte (MED-utvalget)',
  howToRead: 'Slik leser du tallene',
  howToReadText: [
    'n er antallet svar tallet bygger på.',
    'Intervallet i parentes er et 95 %-konfidensintervall: den sanne verdien ligger med stor sannsynlighet innenfor det. Jo færre svar, jo bredere intervall.',
    '«Usikkert» betyr at intervallet rommer målsettingen, så tallene ikke kan avgjøre om målet er nådd.',
    'Grupper med for få svar vises ikke, slik at ingen kan kjennes igjen.',
  ],
  actionStatus: { planned: 'Planlagt', 'in-progress': 'Pågår', done: 'Gjennomført', dropped: 'Avbrutt' },
  kinds: { area: 'områder', institution: 'virksomheter', group: 'klasser og grupper' },
  grades: (values) =>
    `${listIn(
      values.map((v) => `${v}.`),
      'og',
    )} trinn`,
};
