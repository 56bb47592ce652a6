import { InvalidDefinition } from '../errors';

type ChoiceValue = string | number | boolean;

function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** SurveyJS reads a plain string choice "1|One" as value "1" with text "One" (settings.itemValueSeparator). */
function plainChoiceValue(value: ChoiceValue): ChoiceValue {
  if (typeof value !== 'string' || !value.includes('|')) return value;
  return value.slice(0, value.indexOf('|'));
}

function choiceValue(item: unknown): ChoiceValue | undefined {
  if (isChoiceValue(item)) return plainChoiceValue(item);
  if (typeof item === 'object' && item !== null && 'value' in item && isChoiceValue(item.value)) {
    return item.value;
  }
  return undefined;
}

/**
 * The values of a SurveyJS choice list (`choices`, `rateValues`): each item a plain value or
 * `{ value, text }`. Values keep their JSON type so answers can be compared with ===.
 * `allowEmpty`: survey-core shows a choice question without choices and keeps no answer to it.
 */
export function readChoiceValues(
  list: unknown,
  source: string,
  question: string,
  property: string,
  allowEmpty = false,
): ChoiceValue[] {
  if (allowEmpty && (list === undefined || (Array.isArray(list) && list.length === 0))) return [];
  if (!Array.isArray(list) || list.length === 0) {
    throw new InvalidDefinition(source, question, `choice question has no ${property}`);
  }
  const values: ChoiceValue[] = [];
  list.forEach((item, index) => {
    const value = choiceValue(item);
    if (value === undefined) {
      throw new InvalidDefinition(
        source,
        question,
        `${property}[${index}] is not a value or { value, text }`,
      );
    }
    if (values.includes(value)) {
      throw new InvalidDefinition(
        source,
        question,
        `${property} lists the value ${JSON.stringify(value)} twice`,
      );
    }
    values.push(value);
  });
  return values;
}
