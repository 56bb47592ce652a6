import type { ActionStatus } from '../../core/goals/goal-action';
import type { Locale } from '../../core/indicators/indicator-definition';

/** The follow-up report's and the public page's own words, in the three languages. */
export interface ReportWords {
  report: string;
  draft: string;
  adoptedOn: (date: string) => string;
  contentHash: string;
  period: string;
  aim: string;
  goal: string;
  target: string;
  deadline: string;
  scope: string;
  result: string;
  noResultThisYear: string;
  /** A goal whose scope is outside the reader's part of the organisation (ADR 0013). */
  outsideReadScope: string;
  /** After a tally that counts only the reader's own units (ADR 0013). */
  readersUnitsOnly: string;
  /** A round with answers whose results are not published yet (docs/decisions/0011). */
  awaitingRelease: (closesOn: string) => string;
  baseline: string;
  /** A sick-leave figure's n: every employee of the units counted. */
  employees: (n: number) => string;
  /** Numbers carried from an earlier release: "as of 4 Dec 2026". */
  asOf: (isoDate: string) => string;
  /** Under a sick-leave goal: how its figures are made and compared. */
  sickLeaveNote: string;
  changeSince: string;
  /** A sick-leave goal's change: against the same months a year before. */
  changeSameLastYear: string;
  trend: string;
  unitsMeeting: (met: number, total: number, kind: string) => string;
  notMetAt: string;
  unitsHiddenOrMissing: (hidden: number, noData: number, uncertain: number) => string;
  processEvaluation: string;
  notWritten: string;
  actions: string;
  actionsLocal: string;
  noActions: string;
  what: string;
  where: string;
  responsible: string;
  due: string;
  status: string;
  wholeScope: string;
  medStatement: string;
  howToRead: string;
  howToReadText: string[];
  actionStatus: Record<ActionStatus, string>;
  kinds: Record<'area' | 'institution' | 'group', string>;
  grades: (values: string[]) => string;
}

/** "1., 6. og 9." */
const listIn = (items: string[], and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const da: ReportWords = {
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

const nb: ReportWords = {
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

const en: ReportWords = {
  report: 'Follow-up report',
  draft: 'Draft – not adopted. The figures change each time the rounds’ results are published.',
  adoptedOn: (date) => `Adopted ${date}`,
  contentHash: 'Checksum (SHA-256) of the adopted version',
  period: 'Contract period',
  aim: 'Overall aim',
  goal: 'Goal',
  target: 'Target',
  deadline: 'Deadline',
  scope: 'Applies to',
  result: 'Result',
  noResultThisYear: 'No measurement this year.',
  outsideReadScope:
    'The goal applies to units outside your part of the organisation; their results are not shown here.',
  readersUnitsOnly: 'Only the units in your part of the organisation are counted.',
  awaitingRelease: (date) =>
    `Results are published when the round closes on ${date} or when quality staff publish interim results.`,
  baseline: 'Baseline',
  employees: (n) => `${n} employees`,
  asOf: (date) => `as of ${formatDateIn(date, 'en')}`,
  sickLeaveNote:
    'Sick leave is sick days as a percentage of planned working days for all employees, from the payroll system. It is a count, not a sample, so there is no uncertainty interval. Change is measured against the same period a year earlier. Units with fewer than 5 employees are not shown.',
  changeSince: 'Change since the previous measurement',
  changeSameLastYear: 'Change from the same period last year',
  trend: 'Trend since the baseline',
  unitsMeeting: (met, total, kind) => `${met} of ${total} ${kind} meet the goal.`,
  notMetAt: 'Not met',
  unitsHiddenOrMissing: (hidden, noData, uncertain) =>
    `Uncertain: ${uncertain}. Hidden to protect anonymity: ${hidden}. Without data: ${noData}.`,
  processEvaluation: 'Process evaluation',
  notWritten: 'Not written yet.',
  actions: 'Ways to reach the goal (actions)',
  actionsLocal: 'The units decide their own actions locally.',
  noActions: 'No actions recorded.',
  what: 'Action',
  where: 'Where',
  responsible: 'Responsible',
  due: 'Due',
  status: 'Status',
  wholeScope: 'All units',
  medStatement: 'Statement of the staff representatives (MED committee)',
  howToRead: 'How to read the figures',
  howToReadText: [
    'n is the number of answers a figure is based on.',
    'The range in brackets is a 95 % confidence interval: the true value very likely lies within it. The fewer the answers, the wider the range.',
    '"Uncertain" means the range includes the target, so the figures cannot tell whether the goal is met.',
    'Groups with too few answers are not shown, so that nobody can be recognised.',
  ],
  actionStatus: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
  kinds: { area: 'areas', institution: 'institutions', group: 'classes and groups' },
  grades: (values) => `grades ${listIn(values, 'and')}`,
};

export const REPORT_WORDS: Record<Locale, ReportWords> = { da, nb, en };

/** "24. november 2026" / "24 November 2026" in Copenhagen time. */
export function formatDateIn(iso: string, locale: Locale): string {
  const tag = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' }[locale];
  return new Date(iso).toLocaleDateString(tag, {
    timeZone: 'Europe/Copenhagen',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
