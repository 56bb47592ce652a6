import { formatDateIn } from './format-date';
import { listIn } from './list-text';
import type { ReportWords } from './report-words-shape';

export const da: ReportWords = {
  report: 'Opfølgningsredegørelse',
  draft: 'Udkast – ikke vedtaget. Tallene opdateres, hver gang målingernes resultater offentliggøres.',
  adoptedOn: (date) => `Vedtaget ${date}`,
  contentHash: 'Kontrolsum (SHA-256) for den vedtagne version',
  period: 'Kontraktperiode',
  aim: 'Overordnet mål',
  goal: 'Mål',
  target: 'Målsætning',
  deadline: 'Frist',
  scope: 'Gælder for',
  result: 'Resultat',
  noResultThisYear: 'Ingen måling i år.',
  outsideReadScope:
    'Målet gælder enheder uden for din del af organisationen; deres resultater vises ikke her.',
  readersUnitsOnly: 'Kun enhederne i din del af organisationen er talt med.',
  awaitingRelease: (date) =>
    `Resultaterne offentliggøres, når målingen lukker ${date}, eller når kvalitetsmedarbejderne offentliggør foreløbige resultater.`,
  baseline: 'Udgangspunkt',
  employees: (n) => `${n} ansatte`,
  asOf: (date) => `pr. ${formatDateIn(date, 'da')}`,
  sickLeaveNote:
    'Sygefraværet er sygedage i procent af planlagte arbejdsdage for alle ansatte, fra lønsystemet. Det er en optælling, ikke en stikprøve, så der er intet usikkerhedsinterval. Udviklingen måles mod samme periode året før. Enheder med færre end 5 ansatte vises ikke.',
  changeSince: 'Ændring siden forrige måling',
  changeSameLastYear: 'Ændring fra samme periode sidste år',
  trend: 'Udvikling siden udgangspunktet',
  unitsMeeting: (met, total, kind) => `${met} af ${total} ${kind} når målet.`,
  notMetAt: 'Ikke nået',
  unitsHiddenOrMissing: (hidden, noData, uncertain) =>
    `Usikkert: ${uncertain}. Skjult af hensyn til anonymitet: ${hidden}. Uden data: ${noData}.`,
  processEvaluation: 'Procesevaluering',
  notWritten: 'Ikke skrevet endnu.',
  actions: 'Veje til målet (indsatser)',
  actionsLocal: 'Enhederne beslutter selv deres indsatser lokalt.',
  noActions: 'Ingen indsatser registreret.',
  what: 'Indsats',
  where: 'Hvor',
  responsible: 'Ansvarlig',
  due: 'Frist',
  status: 'Status',
  wholeScope: 'Alle enheder',
  medStatement: 'MED-udvalgets udtalelse',
  howToRead: 'Sådan læser du tallene',
  howToReadText: [
    'n er antallet af svar, tallet bygger på.',
    'Intervallet i parentes er et 95 %-konfidensinterval: den sande værdi ligger med stor sandsynlighed inden for det. Jo færre svar, jo bredere interval.',
    '"Usikkert" betyder, at intervallet rummer målsætningen, så tallene ikke kan afgøre, om målet er nået.',
    'Grupper med for få svar vises ikke, så ingen kan genkendes.',
  ],
  actionStatus: { planned: 'Planlagt', 'in-progress': 'I gang', done: 'Gennemført', dropped: 'Opgivet' },
  kinds: { area: 'områder', institution: 'institutioner', group: 'klasser og grupper' },
  grades: (values) =>
    `${listIn(
      values.map((v) => `${v}.`),
      'og',
    )} klasse`,
};
