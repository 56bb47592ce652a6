import type { Locale } from '../indicators/indicator-definition';
import { da } from './report-words-da';
import { en } from './report-words-en';
import { nb } from './report-words-nb';
import type { ReportWords } from './report-words-shape';

export type { ReportWords };

/** The follow-up report's and the public page's own words; the app shows the same ones. */
export const REPORT_WORDS: Record<Locale, ReportWords> = { da, nb, en };
