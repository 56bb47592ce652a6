import type { MeasuredDefinition } from './measured-definition';

/** The numbers of one figure as a file row or a form gives them; null where nothing was given. */
export interface MeasuredNumbers {
  numerator: number | null;
  denominator: number | null;
  persons: number | null;
}

export type MeasuredNumberField = keyof MeasuredNumbers;

/**
 * The problems of one figure's numbers for its definition, by field: none negative, a count has no
 * denominator and every other kind has one, a share is no more than its denominator, persons are a
 * whole number and are given when the definition hides small groups (minPersons > 0). Shared by
 * the import and entry by hand, so both refuse the same numbers in the same words.
 */
export function measuredNumbersIssues(
  definition: MeasuredDefinition,
  numbers: MeasuredNumbers,
): { field: MeasuredNumberField; issue: string }[] {
  const issues: { field: MeasuredNumberField; issue: string }[] = [];
  const { numerator, denominator, persons } = numbers;
  if (numerator === null) issues.push({ field: 'numerator', issue: 'give the numerator' });
  else if (!Number.isFinite(numerator) || numerator < 0)
    issues.push({ field: 'numerator', issue: `${numerator} is negative` });
  if (definition.kind === 'count') {
    if (denominator !== null) issues.push({ field: 'denominator', issue: 'a count has no denominator' });
  } else if (denominator === null) issues.push({ field: 'denominator', issue: 'give the denominator' });
  else if (!Number.isFinite(denominator) || denominator < 0)
    issues.push({ field: 'denominator', issue: `${denominator} is negative` });
  else if (definition.kind === 'share' && numerator !== null && numerator > denominator)
    issues.push({
      field: 'numerator',
      issue: `${numerator} is more than the ${denominator} it is a share of`,
    });
  if (persons === null) {
    if (definition.minPersons > 0)
      issues.push({
        field: 'persons',
        issue: `give the persons behind the figure; it is hidden below ${definition.minPersons}`,
      });
  } else if (!Number.isInteger(persons) || persons < 0)
    issues.push({ field: 'persons', issue: `${persons} is not a whole number of persons` });
  return issues;
}
