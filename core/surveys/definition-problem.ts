import { InvalidDefinition } from '../errors';

/** One thing wrong with a definition, naming the element (question, panel, page, property) it is in. */
export interface DefinitionProblem {
  element: string;
  message: string;
}

/** The problem an InvalidDefinition reports, without its "source: element: " prefix. */
export function problemOf(error: InvalidDefinition): DefinitionProblem {
  const prefix = `${error.source}: ${error.element}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { element: error.element, message };
}

/** Runs `compile`; a definition error becomes a problem in `problems` (all are collected) and undefined. */
export function attempt<T>(problems: DefinitionProblem[], compile: () => T): T | undefined {
  try {
    return compile();
  } catch (error) {
    if (!(error instanceof InvalidDefinition)) throw error;
    problems.push(problemOf(error));
    return undefined;
  }
}
