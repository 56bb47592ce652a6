import type { Locale } from '../indicators/indicator-definition';

type Json = Record<string, unknown>;

/**
 * The text a respondent saw for a stored answer value ("60-plus" → "60 or older"), for showing
 * breakdown groups by name. SurveyJS text is a string or { default (English), da, nb, … }.
 */
export function choiceText(
  survey: unknown,
  question: string,
  value: string,
  locale: Locale,
): string | undefined {
  const element = findElement(survey, question);
  const choices = Array.isArray(element?.choices) ? (element.choices as unknown[]) : [];
  for (const choice of choices) {
    const [choiceValue, text] =
      typeof choice === 'object' && choice !== null
        ? [(choice as Json).value, (choice as Json).text]
        : [choice, choice];
    if (String(choiceValue) === value) return localized(text ?? choiceValue, locale);
  }
  return undefined;
}

function localized(text: unknown, locale: Locale): string {
  if (typeof text !== 'object' || text === null) return String(text);
  const texts = text as Json;
  return String(texts[locale === 'en' ? 'default' : locale] ?? texts.default ?? texts.en ?? '');
}

function findElement(node: unknown, name: string): Json | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const json = node as Json;
  if (json.name === name && json.type !== undefined) return json;
  for (const key of ['pages', 'elements'] as const) {
    if (!Array.isArray(json[key])) continue;
    for (const child of json[key] as unknown[]) {
      const found = findElement(child, name);
      if (found) return found;
    }
  }
  return undefined;
}
