import { Serializer } from 'survey-core';

/**
 * survey-core names a question that has none when it is added to the survey: `question<N>` with the
 * smallest N not taken by a question added before it (in page order, so a later question may still
 * take the same name). We give the same names before walking, on a copy of the pages.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isQuestion(element: Record<string, unknown>): boolean {
  const type = element.type;
  if (typeof type !== 'string' || type === 'panel') return false;
  return Serializer.findClass(type) !== undefined && Serializer.isDescendantOf(type, 'question');
}

function generatedName(taken: Set<string>): string {
  let index = 1;
  while (taken.has(`question${index}`)) index++;
  return `question${index}`;
}

function named(element: unknown, taken: Set<string>): unknown {
  if (!isObject(element)) return element;
  if (!isQuestion(element)) {
    const elements = element.elements ?? element.questions;
    if (!Array.isArray(elements)) return element;
    const key = element.elements === undefined ? 'questions' : 'elements';
    return { ...element, [key]: elements.map((child) => named(child, taken)) };
  }
  // survey-core keeps any name that is not empty (`!question.name`).
  if (element.name !== undefined && element.name !== null && element.name !== '') {
    taken.add(String(element.name));
    return element;
  }
  const name = generatedName(taken);
  taken.add(name);
  return { ...element, name };
}

/** The pages with every unnamed page or panel question named as survey-core names it. */
export function withGeneratedNames(pages: unknown[]): unknown[] {
  const taken = new Set<string>();
  return pages.map((page) => named(page, taken));
}
