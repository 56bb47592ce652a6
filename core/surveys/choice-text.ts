import type { Locale } from '../indicators/indicator-definition';
import { itemDefinition } from '../indicators/item-definition';

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
  // An item path (m.row, md.row.col, p[].q) takes its texts from the choices its values are.
  const element = findElement(survey, question) ?? itemDefinition(survey, question)?.answers;
  const choices = Array.isArray(element?.choices) ? (element.choices as unknown[]) : [];
  for (const choice of choices) {
    const [choiceValue, text] =
      typeof choice === 'object' && choice !== null
        ? [(choice as Json).value, (choice as Json).text]
        : [choice, choice];
    if (String(choiceValue) === value) return localized(text ?? choiceValue, locale);
  }
  return element && specialItemText(element, value, locale);
}

/** survey-core's default texts, as Målbar's respondent page shows them (web/respondent.ts). */
const DEFAULT_TEXTS = {
  other: { da: 'Andet (skriv)', nb: 'Annet (beskriv)', en: 'Other (describe)' },
  none: { da: 'Ingen', nb: 'Ingen', en: 'None' },
} as const;

/** 'other' and 'none' are answers of their own when the question offers them (survey contract). */
function specialItemText(element: Json, value: string, locale: Locale): string | undefined {
  if (value === 'other' && (element.showOtherItem === true || element.hasOther === true))
    return element.otherText === undefined
      ? DEFAULT_TEXTS.other[locale]
      : localized(element.otherText, locale);
  if (value === 'none' && (element.showNoneItem === true || element.hasNone === true))
    return element.noneText === undefined ? DEFAULT_TEXTS.none[locale] : localized(element.noneText, locale);
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
