/**
 * Storage limitation (GDPR art. 5(1)(e)) for survey answers. A closed round's raw answers serve
 * the year's indicators and its follow-up report; once the report is adopted (its snapshot keeps
 * what it said) they are kept a municipality-chosen number of years for questions and complaints,
 * then deleted. Free-text comments, the part most likely to name someone, go sooner. The
 * indicator values, releases and goal evaluations computed from the answers stay.
 */
export interface RetentionPolicy {
  /** Years after the year's follow-up report is adopted. */
  answersKeptYears: number;
  /** Months after the round closed. */
  commentsKeptMonths: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { answersKeptYears: 3, commentsKeptMonths: 12 };
export const RETENTION_LIMITS = { answersKeptYears: [1, 30], commentsKeptMonths: [1, 120] } as const;

export interface RoundRetentionFacts {
  /** The round's last day (ISO date). */
  closesOn: string;
  /**
   * When the last of the municipality's follow-up reports for the round's year (the year it opens)
   * was adopted; null: none yet.
   */
  reportAdoptedOn: string | null;
}

export interface RetentionDates {
  commentsDueOn: string;
  answersDueOn: string;
  /** What the answers' date is counted from: the adopted report, or (none adopted in time) the round's close. */
  answersFrom: 'report' | 'closing';
}

/**
 * When a round's comments and answers are due for deletion. Without an adopted report the answers
 * still go, a year later than the report would have let them stay: a municipality that never
 * adopts a report does not keep answers for ever. Comments never outlive the answers.
 */
export function retentionDates(round: RoundRetentionFacts, policy: RetentionPolicy): RetentionDates {
  const latest = addMonths(round.closesOn, 12 * (policy.answersKeptYears + 1));
  const fromReport =
    round.reportAdoptedOn === null ? null : addMonths(round.reportAdoptedOn, 12 * policy.answersKeptYears);
  const answersFrom = fromReport !== null && fromReport <= latest ? 'report' : 'closing';
  const answersDueOn = answersFrom === 'report' ? fromReport! : latest;
  const comments = addMonths(round.closesOn, policy.commentsKeptMonths);
  return { commentsDueOn: comments < answersDueOn ? comments : answersDueOn, answersDueOn, answersFrom };
}

/** What is due on `today` (ISO date) for a round that closed before it. */
export function retentionDue(
  round: RoundRetentionFacts & { commentsDeletedOn: string | null; answersDeletedOn: string | null },
  policy: RetentionPolicy,
  today: string,
): { comments: boolean; answers: boolean } {
  if (round.closesOn >= today || round.answersDeletedOn !== null) return { comments: false, answers: false };
  const dates = retentionDates(round, policy);
  const answers = dates.answersDueOn <= today;
  return { answers, comments: !answers && round.commentsDeletedOn === null && dates.commentsDueOn <= today };
}

/** An ISO date `months` later; the 31st becomes the month's last day (31 Jan + 1 month: 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  const lastDay = toMonth === 2 ? (isLeapYear(toYear) ? 29 : 28) : [4, 6, 9, 11].includes(toMonth) ? 30 : 31;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(toYear, 4)}-${pad(toMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
