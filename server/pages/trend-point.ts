import type { Locale } from '../../core/indicators/indicator-definition';

/** One measurement of a goal's indicator; hidden points were suppressed for anonymity. */
export interface TrendPoint {
  /** "2025" or a round title. */
  label: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number | null;
  /** Suppressed by the anonymity rules: drawn as "hidden", with no numbers. */
  hidden?: boolean;
  /** Numbers carried from an earlier release: its date (ISO). */
  asOf?: string;
}

export interface TrendChartOptions {
  unit: 'share' | 'score' | 'index';
  /** The goal's target on the same scale as the values, or null without one. */
  target: number | null;
  title: string;
  locale: Locale;
  /** The instrument's scale for scores, e.g. 1..5: the y axis never goes past it. */
  scale?: { min: number; max: number };
}

export type ShownPoint = TrendPoint & { value: number };

/** A point with a number to draw: neither hidden nor missing. */
export const isShown = (p: TrendPoint): p is ShownPoint => !p.hidden && p.value !== null;
