import { monthStartDate, monthText, quarterNumberOf, yearOf, type MonthIndex } from './month-index';

/** The period of one row of an HR/payroll export: a calendar month or a calendar quarter. */
export interface ImportPeriod {
  kind: 'month' | 'quarter';
  /** The period's first month (a quarter's is January, April, July or October). */
  first: MonthIndex;
}

/** Month names and their short forms in Danish, Norwegian and English. */
const MONTH_NAMES = new Map<string, number>(
  [
    ['januar', 'january', 'jan'],
    ['februar', 'february', 'feb'],
    ['marts', 'mars', 'march', 'mar'],
    ['april', 'apr'],
    ['maj', 'mai', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'desember', 'dec', 'des'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);
const QUARTER_WORDS = new Set(['kvartal', 'kv', 'quarter', 'qtr']);

// Four-digit years only: "03-25" could be March 2025 or the 3rd of a 25th month; a typo like 2205 is refused.
const yearOfToken = (t: string) => (/^\d{4}$/.test(t) && +t >= 1990 && +t <= 2100 ? +t : null);
const monthOfToken = (t: string) => (/^\d{1,2}$/.test(t) && +t >= 1 && +t <= 12 ? +t : null);
const quarterTag = (t: string) => /^[qk]([1-4])$/.exec(t)?.[1];
const quarterNumber = (t: string) => /^([1-4])(?:st|nd|rd|th)?$/.exec(t)?.[1];

const month = (year: number | null, m: number | null | undefined): ImportPeriod | null =>
  year !== null && m ? { kind: 'month', first: year * 12 + m - 1 } : null;
const quarter = (year: number | null, q: string | undefined): ImportPeriod | null =>
  year !== null && q ? { kind: 'quarter', first: year * 12 + (Number(q) - 1) * 3 } : null;

function fromOneToken(t: string): ImportPeriod | null {
  const compact = /^(\d{4})(\d{2})$/.exec(t); // 202503, as payroll periods are often numbered
  if (compact) return month(yearOfToken(compact[1]!), monthOfToken(compact[2]!));
  const tagAfter = /^(\d{4})([qk][1-4])$/.exec(t);
  if (tagAfter) return quarter(yearOfToken(tagAfter[1]!), quarterTag(tagAfter[2]!));
  const tagBefore = /^([qk][1-4])(\d{4})$/.exec(t);
  return tagBefore ? quarter(yearOfToken(tagBefore[2]!), quarterTag(tagBefore[1]!)) : null;
}

function fromTwoTokens(a: string, b: string): ImportPeriod | null {
  const [year, other] = yearOfToken(a) !== null ? [yearOfToken(a), b] : [yearOfToken(b), a];
  if (year === null) return null;
  return (
    month(year, monthOfToken(other)) ??
    month(year, MONTH_NAMES.get(other)) ??
    quarter(year, quarterTag(other))
  );
}

function fromThreeTokens(a: string, b: string, c: string): ImportPeriod | null {
  if (QUARTER_WORDS.has(b)) return quarter(yearOfToken(c), quarterNumber(a)); // 1. kvartal 2025
  if (QUARTER_WORDS.has(a)) return quarter(yearOfToken(c), quarterNumber(b)); // kvartal 1 2025
  if (QUARTER_WORDS.has(c)) return quarter(yearOfToken(a), quarterNumber(b)); // 2025 1. kvartal
  // A date on the month's first day stands for the month: 2025-03-01, or 01.03.2025 (day first).
  if (/^0?1$/.test(c)) return month(yearOfToken(a), monthOfToken(b));
  if (/^0?1$/.test(a)) return month(yearOfToken(c), monthOfToken(b));
  return null;
}

/**
 * Reads a period as exports and people write it: 2025-03, 2025/3, 03-2025, 202503, 2025-03-01,
 * "marts 2025", "mars 2025", "Mar 2025"; 2025-Q1, 2025Q1, 2025K1, "Q1 2025", "1. kvartal 2025",
 * "kvartal 1 2025". Null for anything else, e.g. a two-digit year or a date in mid-month.
 */
export function parseImportPeriod(text: string): ImportPeriod | null {
  const tokens = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s.\-/,]+/)
    .filter(Boolean);
  if (tokens.length === 1) return fromOneToken(tokens[0]!);
  if (tokens.length === 2) return fromTwoTokens(tokens[0]!, tokens[1]!);
  if (tokens.length === 3) return fromThreeTokens(tokens[0]!, tokens[1]!, tokens[2]!);
  return null;
}

/** '2025-03' or '2025-Q1'. */
export const periodLabel = (period: ImportPeriod): string =>
  period.kind === 'month'
    ? monthText(period.first)
    : `${yearOf(period.first)}-Q${quarterNumberOf(period.first)}`;

/** The calendar months the period covers. */
export const monthsOfPeriod = (period: ImportPeriod): MonthIndex[] =>
  period.kind === 'month' ? [period.first] : [period.first, period.first + 1, period.first + 2];

/** The period's first day, as the database stores it: '2025-01-01'. */
export const periodStartDate = (period: ImportPeriod): string => monthStartDate(period.first);
