import { InvalidDefinition } from '../errors';
import { readChoiceValues } from './read-choice-values';

/** The answer values of a rating question, and its numeric bounds when the scale is generated. */
export interface RatingScale {
  values: (string | number | boolean)[];
  range: { min: number; max: number } | null;
}

/** A rating is a short scale; anything longer is a definition mistake (or wants a number input). */
const MAX_SCALE_STEPS = 100;

function optionalNumber(element: Record<string, unknown>, key: string, source: string, name: string) {
  const value = element[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidDefinition(source, name, `${key} must be a number`);
  }
  return value;
}

/**
 * `rateValues` when given (and autoGenerate is not true), else rateMin..rateMax by rateStep, as
 * SurveyJS generates it: defaults 1..5 step 1; with rateCount, a missing bound is derived from the
 * other one (QuestionRatingModel.endLoadingFromJson).
 */
export function ratingScale(element: Record<string, unknown>, source: string, name: string): RatingScale {
  const rateValues = element.rateValues;
  if (Array.isArray(rateValues) && rateValues.length > 0 && element.autoGenerate !== true) {
    return { values: readChoiceValues(rateValues, source, name, 'rateValues'), range: null };
  }
  const step = optionalNumber(element, 'rateStep', source, name) ?? 1;
  const count = optionalNumber(element, 'rateCount', source, name);
  let min = optionalNumber(element, 'rateMin', source, name);
  let max = optionalNumber(element, 'rateMax', source, name);
  if (count !== undefined && min !== undefined && max === undefined) max = min + step * (count - 1);
  if (count !== undefined && max !== undefined && min === undefined) min = max - step * (count - 1);
  min ??= 1;
  max ??= 5;
  if (step <= 0 || min > max) {
    throw new InvalidDefinition(source, name, `rating scale ${min}..${max} step ${step} is empty`);
  }
  if ((max - min) / step > MAX_SCALE_STEPS) {
    throw new InvalidDefinition(
      source,
      name,
      `rating scale ${min}..${max} step ${step} has over ${MAX_SCALE_STEPS} values`,
    );
  }
  const values: number[] = [];
  // Multiply rather than accumulate, and round away float noise (0.1 · 3 = 0.30000000000000004).
  for (let i = 0; min + i * step <= max + 1e-9; i += 1) values.push(Math.round((min + i * step) * 1e9) / 1e9);
  return { values, range: { min, max } };
}
