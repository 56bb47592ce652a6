import { tInterval } from '../statistics/t-interval';
import { ASSESSMENT_DIMENSIONS, SCALE_MAX, SCALE_MIN, scoreOf, type AssessmentDimension } from './assessment';
import { SECTORS, type Sector } from './initiative';

export interface AssessedInitiative {
  sector: Sector;
  answers: Record<string, unknown>;
}

/** One dimension's mean over the initiatives that could assess it; null mean when none could. */
export interface DimensionEstimate {
  dimension: AssessmentDimension;
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
}

export interface SectorProfile {
  sector: Sector;
  /** Initiatives with an assessment, whether or not they could rate every dimension. */
  assessed: number;
  dimensions: DimensionEstimate[];
}

/**
 * A mean on the 1-4 scale cannot lie outside it, but a t-interval from few ratings reaches beyond
 * (two ratings: t = 12.71); the interval is cut at the scale's ends rather than shown as "5.9".
 */
const onScale = (x: number | null) => (x === null ? null : Math.min(SCALE_MAX, Math.max(SCALE_MIN, x)));

function estimate(dimension: AssessmentDimension, answers: Record<string, unknown>[]): DimensionEstimate {
  const scores = answers.map((a) => scoreOf(a[dimension])).filter((s): s is number => s !== null);
  if (scores.length === 0) return { dimension, n: 0, mean: null, low: null, high: null };
  const { n, mean, low, high } = tInterval(scores);
  return { dimension, n, mean, low: onScale(low), high: onScale(high) };
}

/**
 * Per sector (all four, in the seed's order) and per dimension: the mean rating with its n and
 * 95 % t-interval. "Cannot assess" leaves an initiative out of that dimension's n only.
 */
export function sectorProfile(assessments: AssessedInitiative[]): SectorProfile[] {
  return SECTORS.map((sector) => {
    const answers = assessments.filter((a) => a.sector === sector).map((a) => a.answers);
    return {
      sector,
      assessed: answers.length,
      dimensions: ASSESSMENT_DIMENSIONS.map((dimension) => estimate(dimension, answers)),
    };
  });
}
