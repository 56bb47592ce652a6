import { InvalidDefinition } from '../../core/errors';
import { checkInstrument } from '../../core/surveys/check-instrument';
import { compileValidator } from '../../core/surveys/compile-validator';

/** One thing wrong with an instrument, named by the element it is in. */
export interface InstrumentProblem {
  element: string;
  message: string;
}

/**
 * INTEGRATOR: swap for `listInstrumentProblems` from core/surveys/check-instrument.ts once the
 * compiler helpers' branch is merged (same signature and shape, but listing every problem). Until
 * then this thin adapter reports checkInstrument's first problem only.
 */
export function listInstrumentProblems(
  surveyJson: unknown,
  indicatorsJson: unknown,
  source: string,
): InstrumentProblem[] {
  return problemsOf(() => checkInstrument(surveyJson, indicatorsJson, source));
}

/**
 * The survey's problems alone, when its indicators.json cannot be read. INTEGRATOR: swap for
 * `listDefinitionProblems` from core/surveys/compile-validator.ts (same shape, every problem).
 */
export function listSurveyProblems(surveyJson: unknown, source: string): InstrumentProblem[] {
  return problemsOf(() => compileValidator(surveyJson, source));
}

function problemsOf(check: () => unknown): InstrumentProblem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof InvalidDefinition)) throw error;
    const prefix = `${error.source}: ${error.element}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return [{ element: error.element, message }];
  }
}
