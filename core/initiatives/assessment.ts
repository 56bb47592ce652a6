/**
 * The assessment of an initiative on the 4-point scale of seed 003 (1 lowest, 4 highest), one
 * question per dimension. The questions live in survey-definitions/initiative-assessment; these
 * are their names, which the profile reads.
 */
export const ASSESSMENT_INSTRUMENT_KEY = 'initiative-assessment';

export const ASSESSMENT_DIMENSIONS = [
  'short_term_savings',
  'long_term_savings',
  'employee_involvement',
  'employee_satisfaction',
  'citizen_involvement',
  'citizen_satisfaction',
  'sick_leave',
] as const;
export type AssessmentDimension = (typeof ASSESSMENT_DIMENSIONS)[number];

export const SCALE_MIN = 1;
export const SCALE_MAX = 4;

/**
 * The answer "cannot assess" (ved ikke): a real answer, but no point on the scale. A word, not 0:
 * nothing that averages the stored numbers can count it, and survey-core (reusing a model) judges
 * a required question answered 0 as unanswered.
 */
export const CANNOT_ASSESS = 'cannot-assess';

/** The point on the scale an answer gives, or null for "cannot assess" and anything off the scale. */
export function scoreOf(answer: unknown): number | null {
  if (typeof answer !== 'number' || !Number.isInteger(answer)) return null;
  return answer >= SCALE_MIN && answer <= SCALE_MAX ? answer : null;
}
