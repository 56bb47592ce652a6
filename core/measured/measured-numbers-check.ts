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
): MeasuredNumbersIssue[] {
  const issues: MeasuredNumbersIssue[] = [];
  const add = (
    field: MeasuredNumberField,
    issue: string,
    code: string,
    params: MeasuredNumbersIssue['params'] = {},
  ) => issues.push({ field, issue, code, params });
  const { numerator, denominator, persons } = numbers;
  if (numerator === null) add('numerator', 'give the numerator', 'giveNumerator');
  else if (numerator < 0) add('numerator', `${numerator} is negative`, 'negative', { text: numerator });
  if (definition.kind === 'count') {
    if (denominator !== null) add('denominator', 'a count has no denominator', 'countHasNoDenominator');
  } else if (denominator === null) add('denominator', 'give the denominator', 'giveDenominator');
  else if (denominator < 0)
    add('denominator', `${denominator} is negative`, 'negative', { text: denominator });
  else if (definition.kind === 'share' && numerator !== null && numerator > denominator)
    add('numerator', `${numerator} is more than the ${denominator} it is a share of`, 'shareAbove', {
      numerator,
      denominator,
    });
  if (persons === null) {
    if (definition.minPersons > 0)
      add(
        'persons',
        `give the persons behind the figure; it is hidden below ${definition.minPersons}`,
        'givePersons',
        { min: definition.minPersons },
      );
  } else if (!Number.isInteger(persons) || persons < 0)
    add('persons', `"${persons}" is not a whole number of people`, 'notPeople', { text: persons });
  return issues;
}

/** One problem: in English (`issue`), and by `code` and `params` for the screens' words (measuredIssue.*). */
export interface MeasuredNumbersIssue {
  field: MeasuredNumberField;
  issue: string;
  code: string;
  params: Record<string, string | number>;
}
